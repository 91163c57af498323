package kg.mektep.birikme.query.recordfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import kg.mektep.birikme.query.web.SqlArrays;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The mentors' assignments the record file kept before it named their mentors have them from their logged events. */
class RecordFileMentorsMigrationTest {

    @Test
    void theMentorOfAnAssignmentRecordedEarlierIsTakenFromItsLoggedEvent() {
        DataSource database = ReadModelDatabase.migratedTo("21");
        JdbcClient jdbc = JdbcClient.create(database);
        assignment(jdbc, "event-1", 1, "t5");
        assignment(jdbc, "event-2", 2, "t6");
        jdbc.sql("""
                INSERT INTO rm_record_evidence (event_id, fact, ref, global_position, event_type, school_id, association_id,
                                                recorded_at, linked)
                VALUES ('event-3', 'SEMINAR', 'seminar-1', 3, 'SeminarRecordedEvent', 's-1', 'ma-1', now(), '{lesson-1}')""")
                .update();
        log(jdbc, "event-1", 1, "MentorAssignedEvent", "{\"menteeId\": \"t5\", \"mentorId\": \"t-ңөү\"}");
        log(jdbc, "event-3", 3, "SeminarRecordedEvent", "{\"mentorId\": \"not-a-mentor\"}");

        ReadModelDatabase.migrate(database, "latest");

        Map<String, List<String>> linked = jdbc.sql("SELECT event_id, linked FROM rm_record_evidence")
                .query((rs, n) -> Map.entry(rs.getString(1), SqlArrays.strings(rs.getArray(2)))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(linked).containsEntry("event-1", List.of("t-ңөү"))
                .as("an assignment the log does not hold stays as it was").containsEntry("event-2", List.of())
                .as("only assignments").containsEntry("event-3", List.of("lesson-1"));
    }

    private static void assignment(JdbcClient jdbc, String eventId, long position, String menteeId) {
        jdbc.sql("""
                INSERT INTO rm_record_evidence (event_id, fact, ref, global_position, event_type, school_id, association_id,
                                                recorded_at, day)
                VALUES (?, 'MENTOR_ASSIGNED', ?, ?, 'MentorAssignedEvent', 's-1', 'ma-1', now(), '2026-09-15')""")
                .params(eventId, menteeId, position).update();
    }

    private static void log(JdbcClient jdbc, String eventId, long position, String type, String payload) {
        jdbc.sql("""
                INSERT INTO rm_event_log (global_position, occurred_at, school_id, association_id, event_id, event_type,
                                          summary_ky, summary_ru, summary_en, search_text, payload)
                VALUES (?, now(), 's-1', 'ma-1', ?, ?, '', '', '', '', ?::jsonb)""")
                .params(position, eventId, type, payload).update();
    }
}
