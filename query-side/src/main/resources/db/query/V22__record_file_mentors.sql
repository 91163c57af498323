-- R17 (clauses 3.17, 8.6): a young teacher is mentored only by a mentor who is a member of the
-- association, so the record file's row of a mentor's assignment names the mentor among what it
-- links (its ref is the young teacher); for the assignments recorded so far the mentor is taken
-- from their logged events.
UPDATE rm_record_evidence e
SET linked = ARRAY[l.payload ->> 'mentorId']
FROM rm_event_log l
WHERE e.fact = 'MENTOR_ASSIGNED' AND l.event_type = 'MentorAssignedEvent' AND l.event_id = e.event_id
  AND l.payload ->> 'mentorId' IS NOT NULL;
