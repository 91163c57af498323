-- Plans and their approvals. Lateness is judged at read time against the school's own time zone,
-- so this projection never depends on another projection's progress.
CREATE TABLE rm_annual_plan (
    plan_id          VARCHAR(64) PRIMARY KEY,
    school_id        VARCHAR(64) NOT NULL,
    association_id   VARCHAR(64) NOT NULL,
    school_year      INTEGER     NOT NULL,
    status           VARCHAR(32) NOT NULL,
    current_version  INTEGER     NOT NULL,
    version_in_force INTEGER,
    approver_id      VARCHAR(255),
    approved_at      TIMESTAMPTZ
);
CREATE INDEX rm_annual_plan_school_year ON rm_annual_plan (school_id, school_year);

CREATE TABLE rm_annual_plan_version (
    plan_id      VARCHAR(64) NOT NULL,
    version      INTEGER     NOT NULL,
    content      JSONB       NOT NULL,
    content_hash CHAR(64)    NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (plan_id, version)
);

CREATE TABLE rm_monthly_plan (
    plan_id VARCHAR(64) NOT NULL,
    month   CHAR(7)     NOT NULL,
    items   JSONB       NOT NULL,
    status  VARCHAR(16) NOT NULL,
    PRIMARY KEY (plan_id, month)
);

CREATE TABLE rm_individual_plan (
    plan_id        VARCHAR(64) PRIMARY KEY,
    school_id      VARCHAR(64) NOT NULL,
    association_id VARCHAR(64) NOT NULL,
    teacher_id     VARCHAR(64) NOT NULL,
    school_year    INTEGER     NOT NULL,
    status         VARCHAR(16) NOT NULL,
    version        INTEGER     NOT NULL,
    content        JSONB       NOT NULL,
    content_hash   CHAR(64)    NOT NULL
);
CREATE INDEX rm_individual_plan_association ON rm_individual_plan (association_id, school_year);

-- Every submission, return and approval; the event id keeps a replayed event from counting twice.
CREATE TABLE rm_plan_audit (
    event_id       VARCHAR(255) PRIMARY KEY,
    at             TIMESTAMPTZ  NOT NULL,
    plan_id        VARCHAR(64)  NOT NULL,
    plan_kind      VARCHAR(16)  NOT NULL,
    school_id      VARCHAR(64)  NOT NULL,
    association_id VARCHAR(64)  NOT NULL,
    school_year    INTEGER      NOT NULL,
    action         VARCHAR(16)  NOT NULL,
    version        INTEGER      NOT NULL,
    content_hash   CHAR(64),
    actor_id       VARCHAR(255),
    actor_role     VARCHAR(32),
    comments       TEXT
);
CREATE INDEX rm_plan_audit_school_at ON rm_plan_audit (school_id, at);
CREATE INDEX rm_plan_audit_plan ON rm_plan_audit (plan_id, at);
