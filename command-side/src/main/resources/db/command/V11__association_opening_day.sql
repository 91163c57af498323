-- Clause 6.1: an association exists from its opening order; nothing it does (a meeting, an election,
-- an activity) is dated before that day. The registry keeps the order's day; for the associations
-- created so far it is taken from their stored AssociationCreatedEvent (where the events are kept
-- elsewhere, as with Axon Server, it stays unknown and is not checked).
ALTER TABLE registry_association ADD COLUMN opened_on DATE;

UPDATE registry_association r
SET opened_on = (e.p -> 'order' ->> 'date')::date
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p
      FROM domainevententry
      WHERE payloadtype = 'kg.mektep.birikme.api.association.AssociationCreatedEvent') e
WHERE e.p ->> 'associationId' = r.association_id AND e.p -> 'order' ->> 'date' IS NOT NULL;
