-- Tokens of the streaming processors, in Axon's default JdbcTokenStore schema names. They live in
-- the same database as the read models and are committed in the same transaction.
CREATE TABLE tokenentry (
    processorname VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokentype     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorname, segment)
);

CREATE TABLE rm_school (
    school_id VARCHAR(64) PRIMARY KEY,
    name      TEXT        NOT NULL,
    district  TEXT        NOT NULL,
    time_zone VARCHAR(64) NOT NULL
);

CREATE TABLE rm_teacher (
    teacher_id VARCHAR(64) PRIMARY KEY,
    school_id  VARCHAR(64) NOT NULL,
    full_name  TEXT        NOT NULL,
    subjects   TEXT[]      NOT NULL,
    hire_date  DATE        NOT NULL
);
CREATE INDEX rm_teacher_school ON rm_teacher (school_id);

CREATE TABLE rm_association (
    association_id    VARCHAR(64) PRIMARY KEY,
    school_id         VARCHAR(64) NOT NULL,
    name              TEXT        NOT NULL,
    kind              VARCHAR(32) NOT NULL,
    educational_areas TEXT[]      NOT NULL,
    subjects          TEXT[]      NOT NULL,
    status            VARCHAR(16) NOT NULL,
    chair_id          VARCHAR(64),
    chair_elected_on  DATE,
    chair_confirmed   BOOLEAN     NOT NULL DEFAULT false
);
CREATE INDEX rm_association_school ON rm_association (school_id, name);

CREATE TABLE rm_association_member (
    association_id VARCHAR(64) NOT NULL,
    teacher_id     VARCHAR(64) NOT NULL,
    PRIMARY KEY (association_id, teacher_id)
);
