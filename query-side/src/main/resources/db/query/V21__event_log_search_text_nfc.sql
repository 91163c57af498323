-- Text is kept in Unicode normalization form C, and the words searched for in the event log are
-- normalised so; the search text of the events logged before is brought to the same form, so that
-- a word typed either way finds them. normalize() needs a database in UTF-8, as the service's is; a
-- database in another encoding keeps its search text as it is.
DO $$
BEGIN
    IF current_setting('server_encoding') = 'UTF8' THEN
        UPDATE rm_event_log SET search_text = normalize(search_text, NFC) WHERE search_text IS NOT NFC NORMALIZED;
    END IF;
END
$$;
