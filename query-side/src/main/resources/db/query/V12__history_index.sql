-- Which aggregates belong to an association: the association itself, its plans, protocol books and
-- the rest. Only an index: the history is replayed from the event store, never from read models.
CREATE TABLE rm_association_stream (
    association_id VARCHAR(64) NOT NULL,
    aggregate_id   VARCHAR(255) NOT NULL,
    aggregate_type VARCHAR(255) NOT NULL,
    school_id      VARCHAR(64),
    PRIMARY KEY (association_id, aggregate_id)
);
CREATE INDEX rm_association_stream_aggregate ON rm_association_stream (aggregate_id);
