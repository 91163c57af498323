-- R12 (clause 5.9): each retained document's clock, its transfer and disposal acts and its hold. The
-- status on a given day (at school, due for transfer, in the archive, due for disposal, disposed) is
-- computed from these dates when read, in the school's time zone, so nothing has to run for it to change.
CREATE TABLE rm_archive_document (
    document_id         VARCHAR(200) PRIMARY KEY,
    school_id           VARCHAR(64)  NOT NULL,
    association_id      VARCHAR(64)  NOT NULL,
    kind                VARCHAR(32)  NOT NULL,
    school_year         INTEGER      NOT NULL,
    transfer_due_on     DATE         NOT NULL,
    transfer_act_id     VARCHAR(64),
    transfer_act_number TEXT,
    transferred_on      DATE,
    disposal_due_on     DATE,
    disposal_act_id     VARCHAR(64),
    disposal_act_number TEXT,
    disposed_on         DATE,
    hold_reason         TEXT
);
CREATE INDEX rm_archive_document_school ON rm_archive_document (school_id, association_id);
CREATE INDEX rm_archive_document_transfer_due ON rm_archive_document (school_id, transfer_due_on)
    WHERE transferred_on IS NULL;
CREATE INDEX rm_archive_document_disposal_due ON rm_archive_document (school_id, disposal_due_on)
    WHERE transferred_on IS NOT NULL AND disposed_on IS NULL;
