-- R17: young teachers and their mentors, with the sessions the mentors recorded.
CREATE TABLE rm_mentorship (
    mentorship_id  VARCHAR(64) PRIMARY KEY,
    school_id      VARCHAR(64) NOT NULL,
    association_id VARCHAR(64) NOT NULL,
    mentee_id      VARCHAR(64) NOT NULL,
    mentor_id      VARCHAR(64) NOT NULL,
    since          DATE        NOT NULL
);
CREATE INDEX rm_mentorship_association ON rm_mentorship (association_id);

CREATE TABLE rm_mentoring_session (
    event_id      VARCHAR(255) PRIMARY KEY,
    mentorship_id VARCHAR(64)  NOT NULL,
    date          DATE         NOT NULL,
    subject       TEXT         NOT NULL
);
CREATE INDEX rm_mentoring_session_mentorship ON rm_mentoring_session (mentorship_id);
