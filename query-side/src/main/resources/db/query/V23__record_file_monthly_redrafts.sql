-- R7 (clause 6.8): a month's plan drafted again after its confirmation has no confirmation until it
-- is confirmed anew, so the record file keeps each drafting of a monthly plan as well as each
-- confirmation; the draftings recorded so far are taken from the log.
INSERT INTO rm_record_evidence (event_id, fact, ref, global_position, event_type, school_id, association_id,
                                school_year, recorded_at, day)
SELECT l.event_id, 'MONTH_DRAFTED', l.payload ->> 'month', l.global_position, l.event_type, l.payload ->> 'schoolId',
       l.payload ->> 'associationId',
       CASE WHEN extract(MONTH FROM m.first) >= 9 THEN extract(YEAR FROM m.first) ELSE extract(YEAR FROM m.first) - 1 END,
       l.occurred_at, m.first
FROM rm_event_log l
CROSS JOIN LATERAL (SELECT to_date(l.payload ->> 'month', 'YYYY-MM') AS first) m
WHERE l.event_type = 'MonthlyPlanDraftedEvent'
ON CONFLICT DO NOTHING;
