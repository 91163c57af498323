-- Timelines of a school, an association and a teacher are read from the event log by school year.
-- A year of a school or an association is read in time order straight from these indexes.
CREATE INDEX rm_event_log_school_time ON rm_event_log (school_id, occurred_at, global_position);
CREATE INDEX rm_event_log_association_time ON rm_event_log (association_id, occurred_at, global_position);

-- The events that name a teacher: every string of the payload, at any depth (teacherId, memberIds,
-- presentIds, resolutions' responsibleIds, mentorId, nomineeId and whatever a later event names),
-- so that containment of the teacher's id finds them without a list of field names to keep up.
-- The timeline queries use exactly this expression.
CREATE INDEX rm_event_log_names ON rm_event_log
    USING gin (jsonb_path_query_array(payload, 'strict $.** ? (@.type() == "string")') jsonb_path_ops);
