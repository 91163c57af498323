-- R8 (clause 3.4) and R14 (clause 3.5): what an approval checks of the protocol it cites, beyond its
-- number, date and quorum. A protocol approves an individual plan by a resolution that names it, and
-- only a version submitted before the protocol was recorded can have been before its meeting; so the
-- registry keeps when each protocol was recorded and the plans its resolutions approve. Both are
-- taken for the protocols recorded so far from their stored ProtocolRecordedEvent.
ALTER TABLE registry_protocol ADD COLUMN recorded_at TIMESTAMPTZ;

CREATE TABLE registry_protocol_plan (
    association_id VARCHAR(64) NOT NULL,
    school_year    INTEGER     NOT NULL,
    number         INTEGER     NOT NULL,
    plan_id        VARCHAR(64) NOT NULL,
    PRIMARY KEY (association_id, school_year, number, plan_id)
);

CREATE TEMPORARY TABLE recorded_protocol ON COMMIT DROP AS
SELECT convert_from(payload, 'UTF8')::jsonb AS p, timestamp::timestamptz AS recorded_at
FROM domainevententry
WHERE payloadtype = 'kg.mektep.birikme.api.meeting.ProtocolRecordedEvent';

UPDATE registry_protocol r
SET recorded_at = e.recorded_at
FROM recorded_protocol e
WHERE e.p ->> 'associationId' = r.association_id AND (e.p ->> 'schoolYear')::int = r.school_year
  AND (e.p ->> 'number')::int = r.number;

INSERT INTO registry_protocol_plan (association_id, school_year, number, plan_id)
SELECT DISTINCT e.p ->> 'associationId', (e.p ->> 'schoolYear')::int, (e.p ->> 'number')::int,
       resolution ->> 'approvesIndividualPlanId'
FROM recorded_protocol e
CROSS JOIN LATERAL jsonb_array_elements(coalesce(e.p -> 'content' -> 'resolutions', '[]'::jsonb)) resolution
WHERE resolution ->> 'approvesIndividualPlanId' IS NOT NULL;
