-- The event log for inspectors: one row per stored event, keyed by its global position in the
-- event store. The three summaries are kept for reading; search_text (the three, lower-cased) for
-- word search, which a trigram index serves for any part of a word in any of the languages.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE rm_event_log (
    global_position BIGINT       PRIMARY KEY,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    school_id       VARCHAR(255),
    association_id  VARCHAR(255),
    aggregate_type  VARCHAR(255),
    aggregate_id    VARCHAR(255),
    sequence_number BIGINT,
    event_id        VARCHAR(255) NOT NULL,
    event_type      VARCHAR(255) NOT NULL,
    revision        VARCHAR(255),
    actor_id        VARCHAR(255),
    actor_role      VARCHAR(255),
    correlation_id  VARCHAR(255),
    causation_id    VARCHAR(255),
    summary_ky      TEXT         NOT NULL,
    summary_ru      TEXT         NOT NULL,
    summary_en      TEXT         NOT NULL,
    search_text     TEXT         NOT NULL,
    payload         JSONB        NOT NULL
);

-- Each filter with the position after it, so that a page of one school, type or person is read in
-- cursor order straight from its index.
CREATE INDEX rm_event_log_school ON rm_event_log (school_id, global_position);
CREATE INDEX rm_event_log_association ON rm_event_log (association_id, global_position);
CREATE INDEX rm_event_log_type ON rm_event_log (event_type, global_position);
CREATE INDEX rm_event_log_actor ON rm_event_log (actor_id, global_position);
CREATE INDEX rm_event_log_correlation ON rm_event_log (correlation_id, global_position);
CREATE INDEX rm_event_log_time ON rm_event_log (occurred_at);
CREATE INDEX rm_event_log_words ON rm_event_log USING gin (search_text gin_trgm_ops);
