package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event whose transaction commits after a later event's (a slow command) leaves a gap that the
 * read side must fill, not skip: nothing acknowledged may be lost.
 */
class SlowTransactionTest {

    @TempDir
    Path data;

    @Test
    void anEventCommittedAfterALaterOneStillReachesTheReadModels() throws Exception {
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), "--birikme.embedded.durable=false")) {
            Api admin = app.admin();
            String slowSchool = UUID.randomUUID().toString();
            try (Connection slow = app.bean(DataSource.class).getConnection()) {
                slow.setAutoCommit(false);
                long slowPosition = appendSchoolRegistered(slow, slowSchool);

                // Meanwhile another command commits with a later position, and the read side moves past it.
                School later = School.register(admin, "Кийинки мектеп");
                assertThat(later.position).isGreaterThan(slowPosition);
                assertThat(admin.get("/api/schools?after=" + later.position).json().findValuesAsText("schoolId"))
                        .contains(later.id).doesNotContain(slowSchool);

                slow.commit();
                Api.Response afterSlow = admin.get("/api/schools?after=" + slowPosition);
                assertThat(afterSlow.status()).as(afterSlow.body()).isEqualTo(200);
                assertThat(afterSlow.json().findValuesAsText("schoolId")).contains(slowSchool, later.id);
            }
        }
    }

    /** A well-formed SchoolRegisteredEvent, appended in a transaction left open; answers its global position. */
    private static long appendSchoolRegistered(Connection connection, String schoolId) throws Exception {
        String payload = "{\"schoolId\":\"" + schoolId + "\",\"name\":\"Жай транзакциядагы мектеп\","
                + "\"district\":\"Ош\",\"timeZone\":\"Asia/Bishkek\"}";
        String metaData = "{\"schoolId\":\"" + schoolId + "\",\"actorId\":\"test\",\"actorRole\":\"ADMIN\"}";
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                              payload, payloadrevision, payloadtype, timestamp)
                VALUES (?, 0, 'School', ?, ?, ?, '1', 'kg.mektep.birikme.api.school.SchoolRegisteredEvent', ?)
                RETURNING globalindex""")) {
            insert.setString(1, schoolId);
            insert.setString(2, UUID.randomUUID().toString());
            insert.setBytes(3, metaData.getBytes(StandardCharsets.UTF_8));
            insert.setBytes(4, payload.getBytes(StandardCharsets.UTF_8));
            insert.setString(5, Instant.now().toString());
            try (ResultSet position = insert.executeQuery()) {
                position.next();
                return position.getLong(1);
            }
        }
    }
}
