-- The fingerprint (SHA-256 of the public key, hex) of the key that signs this database's log
-- checkpoints. The key itself stays in its file, outside the database; this row lets a start tell
-- a lost or foreign key file from a first start, instead of making a new key unnoticed. Recorded
-- at the first start with a key (for a database older than this table: the first start after the
-- upgrade).
CREATE TABLE log_signing_key (
    singleton   BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    fingerprint VARCHAR(64) NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
