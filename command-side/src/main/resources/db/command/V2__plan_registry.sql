-- What plan rules look up: associations and their members, and which plans exist. The unique keys
-- make "one annual plan per association and year" and "one individual plan per teacher" hold even
-- for concurrent commands.
CREATE TABLE registry_association (
    association_id VARCHAR(64) PRIMARY KEY,
    school_id      VARCHAR(64) NOT NULL,
    active         BOOLEAN     NOT NULL
);

CREATE TABLE registry_association_member (
    association_id VARCHAR(64) NOT NULL REFERENCES registry_association (association_id),
    teacher_id     VARCHAR(64) NOT NULL,
    PRIMARY KEY (association_id, teacher_id)
);

CREATE TABLE registry_annual_plan (
    association_id VARCHAR(64) NOT NULL,
    school_year    INTEGER     NOT NULL,
    plan_id        VARCHAR(64) NOT NULL UNIQUE,
    PRIMARY KEY (association_id, school_year)
);

CREATE TABLE registry_individual_plan (
    association_id VARCHAR(64) NOT NULL,
    teacher_id     VARCHAR(64) NOT NULL,
    school_year    INTEGER     NOT NULL,
    plan_id        VARCHAR(64) NOT NULL UNIQUE,
    PRIMARY KEY (association_id, teacher_id, school_year)
);
