package kg.mektep.birikme.query.recordfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The monthly plans drafted before the record file kept their drafting have it from their logged events. */
class RecordFileMonthlyRedraftsMigrationTest {

    @Test
    void eachLoggedDraftingOfAMonthlyPlanBecomesAFactOfItsSchoolYear() {
        DataSource database = ReadModelDatabase.migratedTo("22");
        JdbcClient jdbc = JdbcClient.create(database);
        log(jdbc, 7, "event-7", "MonthlyPlanDraftedEvent", "2026-11");
        log(jdbc, 8, "event-8", "MonthlyPlanConfirmedEvent", "2026-11");
        log(jdbc, 9, "event-9", "MonthlyPlanDraftedEvent", "2027-03");

        ReadModelDatabase.migrate(database, "latest");

        assertThat(jdbc.sql("""
                        SELECT event_id, fact, ref, global_position, event_type, school_id, association_id, school_year,
                               recorded_at, day
                        FROM rm_record_evidence ORDER BY global_position""")
                .query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getInt(8),
                        rs.getObject(9, OffsetDateTime.class).toInstant().toString(), rs.getObject(10, LocalDate.class)))
                .list())
                .containsExactly(
                        tuple("event-7", "MONTH_DRAFTED", "2026-11", 7L, "MonthlyPlanDraftedEvent", "s-1", "ma-ңөү", 2026,
                                "2026-10-20T04:00:00Z", LocalDate.of(2026, 11, 1)),
                        tuple("event-9", "MONTH_DRAFTED", "2027-03", 9L, "MonthlyPlanDraftedEvent", "s-1", "ma-ңөү", 2026,
                                "2026-10-20T04:00:00Z", LocalDate.of(2027, 3, 1)));
    }

    private static void log(JdbcClient jdbc, long position, String eventId, String type, String month) {
        jdbc.sql("""
                INSERT INTO rm_event_log (global_position, occurred_at, school_id, association_id, event_id, event_type,
                                          summary_ky, summary_ru, summary_en, search_text, payload)
                VALUES (?, '2026-10-20T04:00:00Z', 's-1', 'ma-ңөү', ?, ?, '', '', '', '', ?::jsonb)""")
                .params(position, eventId, type,
                        "{\"planId\": \"plan-1\", \"schoolId\": \"s-1\", \"associationId\": \"ma-ңөү\", \"month\": \"" + month
                                + "\", \"items\": []}")
                .update();
    }
}
