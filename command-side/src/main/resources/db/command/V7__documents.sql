-- R13 (clause 6): the files attached to documents of the record file kept outside the system.
-- Written in the transaction that stores the DocumentRegisteredEvent, which carries the file's
-- SHA-256, content type and size but never its bytes. A row is never changed or deleted.
CREATE TABLE document_file (
    document_id    VARCHAR(64)  PRIMARY KEY,
    school_id      VARCHAR(64)  NOT NULL,
    association_id VARCHAR(64)  NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    size           BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    content        BYTEA        NOT NULL
);
-- The kept types (PDF, images, office documents) are compressed already: store them as they are.
ALTER TABLE document_file ALTER COLUMN content SET STORAGE EXTERNAL;
