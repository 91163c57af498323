package kg.mektep.birikme.query.association;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The associations opened before their read model kept the opening order's date have it from their logged creation. */
class AssociationOpeningDayMigrationTest {

    @Test
    void theOpeningDayOfAnAssociationOpenedEarlierIsTakenFromItsLoggedCreation() {
        DataSource database = ReadModelDatabase.migratedTo("19");
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("""
                INSERT INTO rm_association (association_id, school_id, name, kind, educational_areas, subjects, status)
                VALUES ('ma-ңөү', 's-1', 'Математика', 'SUBJECT_AREA', '{}', '{}', 'ACTIVE'),
                       ('ma-2', 's-1', 'Тарых', 'SUBJECT_AREA', '{}', '{}', 'ACTIVE'),
                       ('ma-3', 's-1', 'Музыка', 'SUBJECT_AREA', '{}', '{}', 'ACTIVE')""").update();
        logCreation(jdbc, 1, "ma-ңөү", "{\"order\": {\"number\": \"45\", \"date\": \"2026-11-02\"}}");
        logCreation(jdbc, 2, "ma-2", "{\"order\": {\"number\": \"7\", \"date\": \"2025-08-28\"}}");

        ReadModelDatabase.migrate(database, "latest");

        Map<String, Object> opened = jdbc.sql("SELECT association_id, opened_on FROM rm_association")
                .query((rs, n) -> Map.entry(rs.getString(1), String.valueOf(rs.getObject(2, LocalDate.class)))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(opened).containsEntry("ma-ңөү", "2026-11-02").containsEntry("ma-2", "2025-08-28")
                .containsEntry("ma-3", "null");
    }

    private static void logCreation(JdbcClient jdbc, long position, String associationId, String payload) {
        jdbc.sql("""
                INSERT INTO rm_event_log (global_position, occurred_at, school_id, association_id, event_id, event_type,
                                          summary_ky, summary_ru, summary_en, search_text, payload)
                VALUES (?, now(), 's-1', ?, ?, 'AssociationCreatedEvent', '', '', '', '', ?::jsonb)""")
                .params(position, associationId, "event-" + position, payload).update();
    }
}
