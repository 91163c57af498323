-- The hash chain over the event log (kg.mektep.birikme.query.integrity.EventChain): one link per
-- event of domainevententry in ascending global position, and the head that says how far it reaches.
CREATE TABLE event_chain (
    position       BIGINT       PRIMARY KEY,
    event_id       VARCHAR(255) NOT NULL,
    -- SHA-256 of the payload alone: names a payload moved to another position (REORDERED).
    payload_digest BYTEA        NOT NULL,
    link           BYTEA        NOT NULL,
    CONSTRAINT event_chain_event UNIQUE (event_id)
);

CREATE TABLE event_chain_head (
    one_row  BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one_row),
    position BIGINT  NOT NULL,
    link     BYTEA   NOT NULL,
    -- Every position up to here is final: one without a row never gets one.
    settled  BIGINT  NOT NULL
);
INSERT INTO event_chain_head (position, link, settled) VALUES (0, decode(repeat('00', 32), 'hex'), 0);
