-- R17: whether a teacher is young (first three years) follows from the hire date, taken for the
-- teachers registered so far from their stored TeacherRegisteredEvent.
ALTER TABLE registry_teacher ADD COLUMN hire_date DATE;

UPDATE registry_teacher r
SET hire_date = (convert_from(e.payload, 'UTF8')::jsonb ->> 'hireDate')::date
FROM domainevententry e
WHERE e.aggregateidentifier = r.teacher_id
  AND e.payloadtype = 'kg.mektep.birikme.api.school.TeacherRegisteredEvent';
