-- R18: the deputies' control visits to an association and their follow-ups.
CREATE TABLE rm_control_visit (
    visit_id        VARCHAR(64)  PRIMARY KEY,
    school_id       VARCHAR(64)  NOT NULL,
    association_id  VARCHAR(64)  NOT NULL,
    topic           VARCHAR(64)  NOT NULL,
    date            DATE         NOT NULL,
    findings        TEXT         NOT NULL,
    recommendations JSONB        NOT NULL,
    follow_up       DATE         NOT NULL,
    deputy_id       VARCHAR(255)
);
CREATE INDEX rm_control_visit_association ON rm_control_visit (association_id, date);
