-- R14: attestation material and the meeting that approved it.
CREATE TABLE rm_attestation_material (
    material_id       VARCHAR(64)  PRIMARY KEY,
    school_id         VARCHAR(64)  NOT NULL,
    association_id    VARCHAR(64)  NOT NULL,
    school_year       INTEGER      NOT NULL,
    kind              VARCHAR(32)  NOT NULL,
    subject           TEXT         NOT NULL,
    class_name        TEXT         NOT NULL,
    title             TEXT         NOT NULL,
    author_teacher_id VARCHAR(64),
    status            VARCHAR(16)  NOT NULL,
    protocol_number   TEXT,
    protocol_date     DATE
);
CREATE INDEX rm_attestation_material_association ON rm_attestation_material (association_id, school_year);
