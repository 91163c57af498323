package kg.mektep.birikme.query.log;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The search text of events logged before text was kept in NFC is brought to that form, so words typed either way find them. */
class SearchTextNormalisationMigrationTest {

    @Test
    void aDecomposedLetterInTheSearchTextOfAnEarlierEventIsComposed() {
        DataSource database = ReadModelDatabase.migratedTo("20");
        JdbcClient jdbc = JdbcClient.create(database);
        log(jdbc, 1, "мугалим ма\u0438\u0306ра бе\u0438\u0306шеева катталды");
        log(jdbc, 2, "мугалим ңөү катталды");

        ReadModelDatabase.migrate(database, "latest");

        assertThat(jdbc.sql("SELECT search_text FROM rm_event_log ORDER BY global_position").query(String.class).list())
                .containsExactly("мугалим майра бейшеева катталды", "мугалим ңөү катталды");
    }

    private static void log(JdbcClient jdbc, long position, String searchText) {
        jdbc.sql("""
                INSERT INTO rm_event_log (global_position, occurred_at, school_id, event_id, event_type,
                                          summary_ky, summary_ru, summary_en, search_text, payload)
                VALUES (?, now(), 's-1', ?, 'TeacherRegisteredEvent', '', '', '', ?, '{}'::jsonb)""")
                .params(position, "event-" + position, searchText).update();
    }
}
