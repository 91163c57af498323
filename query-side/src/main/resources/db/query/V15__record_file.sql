-- R13 (clause 6) and the compliance view: the events that bear out an association's record file
-- and the rules checked from it, each under its global position so that a reader finds it in the
-- event log. One row per event and fact (an association's creation, say, is its opening order and
-- each founding member's joining); the event id keeps a replayed event from counting twice.
-- Whether a document is present, late or missing is judged at read time, on the school's date.
CREATE TABLE rm_record_evidence (
    event_id        VARCHAR(255) NOT NULL,
    fact            VARCHAR(32)  NOT NULL,
    ref             VARCHAR(255) NOT NULL,
    global_position BIGINT       NOT NULL,
    event_type      VARCHAR(255) NOT NULL,
    school_id       VARCHAR(64)  NOT NULL,
    association_id  VARCHAR(64)  NOT NULL,
    -- The school year the fact belongs to; null for facts of the association itself (orders, members, chair).
    school_year     INTEGER,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    -- The day the record names: an order's date, a meeting's, a month's first day, a visit's.
    day             DATE,
    -- A protocol's quorum.
    quorate         BOOLEAN,
    -- A seminar's lessons and events, or the seminar a lesson or event belongs to.
    linked          TEXT[]       NOT NULL DEFAULT '{}',
    PRIMARY KEY (event_id, fact, ref)
);
CREATE INDEX rm_record_evidence_association ON rm_record_evidence (association_id, global_position);

-- Documents kept outside the system (6.3, 6.4) as registered, with the attached file's metadata.
-- The file's bytes stay in the command side's document_file, written with the event.
CREATE TABLE rm_record_document (
    document_id     VARCHAR(64)  PRIMARY KEY,
    school_id       VARCHAR(64)  NOT NULL,
    association_id  VARCHAR(64)  NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    title           TEXT         NOT NULL,
    date            DATE         NOT NULL,
    reference       TEXT         NOT NULL,
    file_name       TEXT,
    content_type    VARCHAR(100),
    size            BIGINT,
    sha256          CHAR(64),
    registered_at   TIMESTAMPTZ  NOT NULL,
    registered_by   VARCHAR(255),
    global_position BIGINT       NOT NULL
);
CREATE INDEX rm_record_document_association ON rm_record_document (association_id, kind, date);
