package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import kg.mektep.birikme.command.axon.CachedCommandTargets;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An association loaded from a snapshot keeps every rule's memory: its members, chair and school. */
class SnapshotTest {

    @TempDir
    Path data;

    @Test
    void rulesHoldTheSameWhenTheAssociationLoadsFromASnapshot() {
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), "--birikme.snapshots.every=2",
                "--birikme.embedded.durable=false")) {
            School school = School.register(app.admin(), "№9 мектеп").withTeachers("Биология",
                    "Айнура Өмүрова", "Бактыгүл Ңурова", "Гүлсара Үсөнова", "Динара Алиева", "Элмира Жакыпова");
            Api api = school.director;
            String association = school.associations() + "/" + api.post(school.associations(),
                    school.association("Биология", "Биология", school.teachers.subList(0, 4))).id();
            assertThat(api.post(association + "/members", Map.of("teacherId", school.teachers.get(4))).status()).isEqualTo(202);
            assertThat(school.teacher(4).post(association + "/chair/election",
                    Map.of("teacherId", school.teachers.get(4), "meetingDate", "2026-09-02")).status()).isEqualTo(202);
            assertThat(api.delete(association + "/members/" + school.teachers.get(0)).status()).isEqualTo(202);

            // The aggregates find each command's target with the service's resolver, not Axon's default.
            assertThat(app.bean(org.axonframework.config.Configuration.class).getComponent(CommandTargetResolver.class))
                    .isInstanceOf(CachedCommandTargets.class);

            JdbcClient jdbc = JdbcClient.create(app.bean(DataSource.class));
            assertThat(jdbc.sql("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?")
                    .param(id(association)).query(Long.class).single())
                    .isPositive();

            // Four members remain: the snapshot must remember all of them, and the chair.
            Api.Response refused = api.delete(association + "/members/" + school.teachers.get(1));
            assertThat(refused.json().path("code").asText()).isEqualTo("REMOVAL_BELOW_MINIMUM");
            Api.Response again = api.post(association + "/members", Map.of("teacherId", school.teachers.get(4)));
            assertThat(again.json().path("code").asText()).isEqualTo("ALREADY_MEMBER");
            Api.Response confirmed = api.post(association + "/chair/confirmation", Map.of("teacherId",
                    school.teachers.get(4), "order", Map.of("number", "60", "date", "2026-09-01")));
            assertThat(confirmed.json().path("code").asText()).isEqualTo("CHAIR_ORDER_BEFORE_ELECTION");
            Api.Response fromAnotherSchool = api.post("/api/schools/another/associations/" + id(association)
                    + "/members", Map.of("teacherId", school.teachers.get(0)));
            assertThat(fromAnotherSchool.json().path("code").asText()).isEqualTo("NOT_FOUND");
        }
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
