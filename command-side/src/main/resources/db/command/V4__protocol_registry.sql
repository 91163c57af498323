-- Recorded protocols, for the rules that cite one: an individual plan is approved only by a
-- resolution of a recorded, quorate meeting of its own association (clause 3.4).
CREATE TABLE registry_protocol (
    association_id VARCHAR(64) NOT NULL,
    school_year    INTEGER     NOT NULL,
    number         INTEGER     NOT NULL,
    date           DATE        NOT NULL,
    quorate        BOOLEAN     NOT NULL,
    PRIMARY KEY (association_id, school_year, number)
);
