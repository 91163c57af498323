-- R6 (clause 5.4): an association opened during the school year owes its first annual plan by its
-- opening order's date and the days of grace, not by the start-of-year deadline. The plan register,
-- the approval audit and the timelines judge it by that term, as the record file and compliance do,
-- so the associations' read model keeps the order's date; for the associations opened so far it is
-- taken from their logged creation.
ALTER TABLE rm_association ADD COLUMN opened_on DATE;

UPDATE rm_association a
SET opened_on = o.day
FROM (SELECT DISTINCT ON (association_id) association_id, (payload -> 'order' ->> 'date')::date AS day
      FROM rm_event_log
      WHERE event_type = 'AssociationCreatedEvent' AND association_id IS NOT NULL
      ORDER BY association_id, global_position) o
WHERE o.association_id = a.association_id;
