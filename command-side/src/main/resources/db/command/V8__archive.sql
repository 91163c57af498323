-- R12 (clause 5.9): the documents whose retention the archive follows, and whether the archive holds
-- them, for the rules that refuse to change an archived document and the acts that name documents.
CREATE TABLE registry_archive_document (
    document_id    VARCHAR(200) PRIMARY KEY,
    school_id      VARCHAR(64)  NOT NULL,
    kind           VARCHAR(32)  NOT NULL,
    association_id VARCHAR(64)  NOT NULL,
    school_year    INTEGER      NOT NULL,
    in_archive     BOOLEAN      NOT NULL DEFAULT false
);

-- The documents written before this table existed, from their stored events.
INSERT INTO registry_archive_document (document_id, school_id, kind, association_id, school_year)
SELECT DISTINCT
       CASE e.payloadtype
           WHEN 'kg.mektep.birikme.api.meeting.ProtocolRecordedEvent'
               THEN 'protocols:' || (p ->> 'associationId') || ':' || (p ->> 'schoolYear')
           WHEN 'kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent' THEN 'annual-plan:' || (p ->> 'planId')
           ELSE 'year-analysis:' || (p ->> 'associationId') || ':' || (p ->> 'schoolYear')
       END,
       p ->> 'schoolId',
       CASE e.payloadtype
           WHEN 'kg.mektep.birikme.api.meeting.ProtocolRecordedEvent' THEN 'PROTOCOLS'
           WHEN 'kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent' THEN 'ANNUAL_PLAN'
           ELSE 'YEAR_ANALYSIS'
       END,
       p ->> 'associationId',
       (p ->> 'schoolYear')::integer
FROM (SELECT payloadtype, convert_from(payload, 'UTF8')::jsonb AS p
      FROM domainevententry
      WHERE payloadtype IN ('kg.mektep.birikme.api.meeting.ProtocolRecordedEvent',
                            'kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent',
                            'kg.mektep.birikme.api.meeting.YearAnalysisRecordedEvent')) e
ON CONFLICT (document_id) DO NOTHING;
