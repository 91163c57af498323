-- Users who sign in, and their sessions. Passwords are bcrypt hashes; a session is known only by
-- the SHA-256 of its token, so a copy of this table lets no one act as anyone.
CREATE TABLE app_user (
    user_id              VARCHAR(64)  PRIMARY KEY,
    username             VARCHAR(100) NOT NULL UNIQUE,
    password_hash        VARCHAR(100) NOT NULL,
    roles                TEXT[]       NOT NULL,
    school_id            VARCHAR(64),
    inspected_school_ids TEXT[]       NOT NULL DEFAULT '{}',
    teacher_id           VARCHAR(64),
    enabled              BOOLEAN      NOT NULL DEFAULT true,
    failed_logins        INTEGER      NOT NULL DEFAULT 0,
    first_failed_at      TIMESTAMPTZ,
    locked_until         TIMESTAMPTZ,
    created_at           TIMESTAMPTZ  NOT NULL,
    created_by           VARCHAR(64)
);

CREATE TABLE app_session (
    token_hash CHAR(64)    PRIMARY KEY,
    user_id    VARCHAR(64) NOT NULL REFERENCES app_user (user_id),
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX app_session_user ON app_session (user_id);

-- The elected chair, for the rules that only the chair may act on.
ALTER TABLE registry_association ADD COLUMN chair_id VARCHAR(64);
