-- The protocol register: each protocol as recorded, its corrections beside it (never applied to
-- it), and which resolutions were done. Overdue is judged at read time against the school's date.
CREATE TABLE rm_protocol (
    association_id VARCHAR(64) NOT NULL,
    school_id      VARCHAR(64) NOT NULL,
    school_year    INTEGER     NOT NULL,
    number         INTEGER     NOT NULL,
    date           DATE        NOT NULL,
    quorate        BOOLEAN     NOT NULL,
    members        INTEGER     NOT NULL,
    content        JSONB       NOT NULL,
    content_hash   CHAR(64)    NOT NULL,
    PRIMARY KEY (association_id, school_year, number)
);

CREATE TABLE rm_protocol_correction (
    event_id       VARCHAR(255) PRIMARY KEY,
    association_id VARCHAR(64)  NOT NULL,
    school_year    INTEGER      NOT NULL,
    number         INTEGER      NOT NULL,
    field          TEXT         NOT NULL,
    correction     TEXT         NOT NULL,
    reason         TEXT         NOT NULL,
    at             TIMESTAMPTZ  NOT NULL,
    by_user        VARCHAR(255)
);
CREATE INDEX rm_protocol_correction_protocol ON rm_protocol_correction (association_id, school_year, number);

CREATE TABLE rm_resolution_done (
    association_id VARCHAR(64) NOT NULL,
    school_year    INTEGER     NOT NULL,
    number         INTEGER     NOT NULL,
    resolution     INTEGER     NOT NULL,
    done_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (association_id, school_year, number, resolution)
);

CREATE TABLE rm_meeting (
    event_id       VARCHAR(255) PRIMARY KEY,
    association_id VARCHAR(64)  NOT NULL,
    school_id      VARCHAR(64)  NOT NULL,
    school_year    INTEGER      NOT NULL,
    date           DATE         NOT NULL,
    agenda         JSONB        NOT NULL
);
CREATE INDEX rm_meeting_association ON rm_meeting (association_id, school_year, date);
