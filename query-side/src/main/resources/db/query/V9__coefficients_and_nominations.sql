-- R15: the association's commission for labour participation coefficients, as last formed.
CREATE TABLE rm_labour_commission (
    association_id  VARCHAR(64)  PRIMARY KEY,
    school_id       VARCHAR(64)  NOT NULL,
    head_id         VARCHAR(64)  NOT NULL,
    protocol_number TEXT,
    protocol_date   DATE,
    formed_at       TIMESTAMPTZ  NOT NULL
);

CREATE TABLE rm_labour_commission_member (
    association_id VARCHAR(64) NOT NULL,
    teacher_id     VARCHAR(64) NOT NULL,
    position       INTEGER     NOT NULL,
    PRIMARY KEY (association_id, teacher_id)
);

-- Every assessment of a member's coefficient for a period; the highest revision is the current one.
CREATE TABLE rm_labour_coefficient (
    association_id VARCHAR(64)  NOT NULL,
    member_id      VARCHAR(64)  NOT NULL,
    period_from    DATE         NOT NULL,
    period_to      DATE         NOT NULL,
    revision       INTEGER      NOT NULL,
    school_id      VARCHAR(64)  NOT NULL,
    school_year    INTEGER      NOT NULL,
    value          NUMERIC(3,2) NOT NULL,
    set_by         VARCHAR(64),
    set_at         TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (association_id, member_id, period_from, period_to, revision)
);
CREATE INDEX rm_labour_coefficient_year ON rm_labour_coefficient (association_id, school_year);

-- R16: nominations and proposals with the steps they went through.
CREATE TABLE rm_nomination (
    nomination_id   VARCHAR(64)  PRIMARY KEY,
    school_id       VARCHAR(64)  NOT NULL,
    association_id  VARCHAR(64)  NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    nominee_id      VARCHAR(64),
    text            TEXT         NOT NULL,
    protocol_number TEXT,
    protocol_date   DATE,
    status          VARCHAR(16)  NOT NULL,
    proposed_at     TIMESTAMPTZ  NOT NULL,
    proposed_by     VARCHAR(255),
    forwarded_at    TIMESTAMPTZ,
    forwarded_by    VARCHAR(255),
    decided_at      TIMESTAMPTZ,
    decided_by      VARCHAR(255),
    outcome         VARCHAR(16),
    note            TEXT
);
CREATE INDEX rm_nomination_school ON rm_nomination (school_id, status, proposed_at);
CREATE INDEX rm_nomination_association ON rm_nomination (association_id, proposed_at);
