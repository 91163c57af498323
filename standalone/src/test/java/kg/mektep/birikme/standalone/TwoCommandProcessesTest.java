package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kg.mektep.birikme.command.axon.CheckedAggregateCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes of the service on one database, as in a split deployment: each keeps the
 * aggregates it used in memory, and neither decides on a copy the other has outdated.
 */
class TwoCommandProcessesTest {

    @TempDir
    Path data;

    @Test
    void aProcessDecidesOnTheEventsTheOtherAppended() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
            String url = "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres");
            try (RunningApp first = RunningApp.start(data.resolve("first"), url);
                 RunningApp second = RunningApp.start(data.resolve("second"), url)) {
                School school = School.register(first.admin(), "Эки процесстеги мектеп")
                        .withTeachers("Физика", "Айгүл", "Бакыт", "Гүлнара", "Данияр", "Өмүрбек");
                Api inFirst = school.director;
                Api inSecond = school.director.at(second.port());
                String association = school.associations() + "/" + inFirst.post(school.associations(),
                        school.association("Физика бирикмеси", "Физика", school.teachers.subList(0, 4))).id();
                String fifth = school.teachers.get(4);

                // The first process adds the fifth teacher and keeps the association in memory.
                assertThat(inFirst.post(association + "/members", Map.of("teacherId", fifth)).status()).isEqualTo(202);
                assertThat(first.bean(CheckedAggregateCache.class).containsKey(association.substring(
                        association.lastIndexOf('/') + 1))).isTrue();

                // The second process removes the teacher: the first one's copy is now behind the store.
                assertThat(inSecond.delete(association + "/members/" + fifth + "?reason=transfer").status())
                        .isEqualTo(202);

                // The first process sees the removal: the teacher joins again instead of being refused
                // as a member already, and leaves again through the second process.
                Api.Response rejoined = inFirst.post(association + "/members", Map.of("teacherId", fifth));
                assertThat(rejoined.status()).as(rejoined.body()).isEqualTo(202);
                Api.Response leftAgain = inSecond.delete(association + "/members/" + fifth + "?reason=transfer");
                assertThat(leftAgain.status()).as(leftAgain.body()).isEqualTo(202);

                List<String> members = inFirst.get(association + "/members?after=" + leftAgain.position()).json()
                        .path("members").findValuesAsText("teacherId");
                assertThat(members).containsExactlyInAnyOrderElementsOf(school.teachers.subList(0, 4));
            }
        }
    }
}
