-- Names sort as the Kyrgyz alphabet has them: … Н Ң О Ө П … У Ү Ф … (the database's own C.UTF-8
-- order puts Ң, Ө and Ү after Я). The reads order teachers, associations and schools by name with
-- this collation. A PostgreSQL built without ICU gets a collation of the same name in the code-point
-- order, so that the reads work there too.
DO $$
BEGIN
    CREATE COLLATION kyrgyz (provider = icu, locale = 'ky');
EXCEPTION WHEN OTHERS THEN
    CREATE COLLATION kyrgyz FROM "C";
END
$$;
