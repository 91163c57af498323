-- The receipt of each export of the event log that went out whole: the SHA-256 of the answer's
-- bytes as sent and the rows in it, signed with the key that signs the log's checkpoints, so that
-- whoever holds the file can show, with the published key alone, that the service sent it so.
CREATE TABLE log_export_receipt (
    export_id   VARCHAR(36)   PRIMARY KEY,
    school_ids  TEXT[]        NOT NULL,
    format      VARCHAR(8)    NOT NULL,
    through     BIGINT        NOT NULL,
    row_count   BIGINT        NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    issued_at   TIMESTAMPTZ   NOT NULL,
    signature   TEXT          NOT NULL
);
