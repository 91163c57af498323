-- The positions each day's events span in the event log (days in UTC): the lowest and the highest
-- global position of an event that occurred on the day. A filter by period reads the log only
-- between the lowest and the highest position of its days. The planner cannot know this itself,
-- since it takes time and position to be independent: a page of a period late in a year-long log
-- otherwise read the log from its start up to the period, and a page after the period's last
-- event read it to its end.
--
-- Kept by the database: every statement that inserts into rm_event_log widens the spans of the
-- days of its rows, once per statement. A span only ever widens, so it covers every row there is;
-- a row's position and time never change.
CREATE TABLE rm_event_log_day (
    day            DATE   PRIMARY KEY,
    first_position BIGINT NOT NULL,
    last_position  BIGINT NOT NULL
);

INSERT INTO rm_event_log_day (day, first_position, last_position)
SELECT (occurred_at AT TIME ZONE 'UTC')::date, min(global_position), max(global_position)
FROM rm_event_log GROUP BY 1;

-- The day table is named without its schema: a rebuild's transactions find its own copy first.
CREATE FUNCTION rm_event_log_widen_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO rm_event_log_day AS d (day, first_position, last_position)
    SELECT (occurred_at AT TIME ZONE 'UTC')::date, min(global_position), max(global_position)
    FROM inserted GROUP BY 1 ORDER BY 1
    ON CONFLICT (day) DO UPDATE
    SET first_position = LEAST(d.first_position, excluded.first_position),
        last_position = GREATEST(d.last_position, excluded.last_position)
    WHERE excluded.first_position < d.first_position OR excluded.last_position > d.last_position;
    RETURN NULL;
END
$$;

CREATE TRIGGER rm_event_log_days AFTER INSERT ON rm_event_log
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION rm_event_log_widen_days();
