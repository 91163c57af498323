-- R10, R19: an association's activities of each school year, for its activity log.
CREATE TABLE rm_activity (
    activity_id     VARCHAR(64)  PRIMARY KEY,
    school_id       VARCHAR(64)  NOT NULL,
    association_id  VARCHAR(64)  NOT NULL,
    school_year     INTEGER      NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    date            DATE         NOT NULL,
    end_date        DATE,
    title           TEXT         NOT NULL,
    subject         TEXT,
    class_names     TEXT[]       NOT NULL,
    -- Open lessons and visits have an analysis, weeks, olympiads and contests results; the other kinds neither.
    has_outcome     BOOLEAN      NOT NULL,
    outcome_date    DATE,
    analysis        TEXT,
    participants    INTEGER,
    winners         JSONB,
    protocol_number INTEGER,
    recorded_by     VARCHAR(255)
);
CREATE INDEX rm_activity_year ON rm_activity (association_id, school_year, date);

-- Who took part in an activity and how (leader, teacher, observer, ...), in the order the record names them.
CREATE TABLE rm_activity_person (
    activity_id VARCHAR(64) NOT NULL,
    part        VARCHAR(16) NOT NULL,
    teacher_id  VARCHAR(64) NOT NULL,
    seq         INTEGER     NOT NULL,
    PRIMARY KEY (activity_id, part, teacher_id)
);

-- A seminar's thematic open lessons and extracurricular events, whichever side named the other.
CREATE TABLE rm_seminar_link (
    seminar_id  VARCHAR(64) NOT NULL,
    activity_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (seminar_id, activity_id)
);
