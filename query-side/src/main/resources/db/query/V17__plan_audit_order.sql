-- Steps of one plan recorded within the same instant keep the order of the plan's own events.
ALTER TABLE rm_plan_audit ADD COLUMN sequence_number BIGINT NOT NULL DEFAULT 0;
