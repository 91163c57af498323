-- Events a projection could not handle, kept per processing group and sequence (aggregate) in the
-- table Axon's JdbcSequencedDeadLetterQueue uses: DeadLetterSchema.defaultSchema(), its names
-- unquoted so PostgreSQL folds them to lower case; serialized data as bytes, instants as text.
CREATE TABLE deadletterentry (
    deadletteridentifier VARCHAR(255)  NOT NULL,
    processinggroup      VARCHAR(255)  NOT NULL,
    sequenceidentifier   VARCHAR(255)  NOT NULL,
    sequenceindex        BIGINT        NOT NULL,
    messagetype          VARCHAR(255)  NOT NULL,
    eventidentifier      VARCHAR(255)  NOT NULL,
    timestamp            VARCHAR(255)  NOT NULL,
    payloadtype          VARCHAR(255)  NOT NULL,
    payloadrevision      VARCHAR(255),
    payload              BYTEA         NOT NULL,
    metadata             BYTEA,
    type                 VARCHAR(255),
    aggregateidentifier  VARCHAR(255),
    sequencenumber       BIGINT,
    tokentype            VARCHAR(255),
    token                BYTEA,
    enqueuedat           VARCHAR(255)  NOT NULL,
    lasttouched          VARCHAR(255),
    processingstarted    VARCHAR(255),
    causetype            VARCHAR(255),
    causemessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT deadletterentry_pkey PRIMARY KEY (deadletteridentifier),
    -- Also serves the queue's look-ups by group and by group and sequence.
    CONSTRAINT deadletterentry_sequence_index UNIQUE (processinggroup, sequenceidentifier, sequenceindex)
);

-- Dead letters an administrator removed without processing them: what was dropped, by whom, when.
CREATE TABLE dead_letter_eviction (
    dead_letter_id   VARCHAR(255) PRIMARY KEY,
    processing_group VARCHAR(255) NOT NULL,
    sequence_id      VARCHAR(255) NOT NULL,
    event_id         VARCHAR(255) NOT NULL,
    event_type       VARCHAR(255) NOT NULL,
    position         BIGINT,
    cause            VARCHAR(1023),
    evicted_by       VARCHAR(255) NOT NULL,
    evicted_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX dead_letter_eviction_group ON dead_letter_eviction (processing_group, evicted_at);

-- Rebuilds of projections: one open row (ended_at NULL) per projection while it is rebuilt into a
-- schema of its own; a restart finds the open row and resumes from the rebuild's stored tokens.
CREATE TABLE projection_rebuild (
    rebuild_id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    processing_group VARCHAR(255) NOT NULL,
    started_by       VARCHAR(255) NOT NULL,
    started_at       TIMESTAMPTZ  NOT NULL,
    resumed_from     BIGINT,
    resumed_at       TIMESTAMPTZ,
    ended_at         TIMESTAMPTZ,
    ended_by         VARCHAR(255),
    outcome          VARCHAR(16),
    CONSTRAINT projection_rebuild_outcome CHECK ((ended_at IS NULL) = (outcome IS NULL))
);
CREATE UNIQUE INDEX projection_rebuild_open ON projection_rebuild (processing_group) WHERE ended_at IS NULL;
CREATE INDEX projection_rebuild_group ON projection_rebuild (processing_group, started_at);
