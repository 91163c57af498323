-- R11: the deputy's analysis of an association's year, given at its last meeting.
CREATE TABLE rm_year_analysis (
    association_id  VARCHAR(64)  NOT NULL,
    school_id       VARCHAR(64)  NOT NULL,
    school_year     INTEGER      NOT NULL,
    number          INTEGER      NOT NULL,
    analysis        TEXT         NOT NULL,
    recommendations JSONB        NOT NULL,
    deputy_id       VARCHAR(255),
    at              TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (association_id, school_year)
);
