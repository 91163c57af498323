package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read with {@code ?after=} waits for the projections whose tables it reads, and only for them:
 * with the associations' projection stopped, a teacher just hired is seen at once in the staff list
 * and in the event log, while a read of members, which needs the stopped projection, answers
 * READ_MODEL_BEHIND once its wait is over. So does a read of the mentorships of an association just
 * created: it looks the association up first, and waits for it rather than calling it unknown.
 */
class ReadYourWritesEndToEndTest {

    @TempDir
    Path data;

    @Test
    void aReadWaitsOnlyForTheProjectionsItReads() {
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), "--birikme.embedded.durable=false",
                "--birikme.read.await-timeout=2s")) {
            School school = School.register(app.admin(), "Окуу мектеби").withTeachers("Физика",
                    "Айгүл Төлөнова", "Бакыт Үсөнов", "Жаңыл Өмүрова", "Нурлан Ыдырысов");
            Api.Response created = school.director.post(school.associations(),
                    school.association("Физиктер", "Физика", school.teachers));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String members = school.associations() + "/" + created.id() + "/members";
            assertThat(school.director.get(members + "?after=" + created.position()).json().path("members"))
                    .hasSize(4);

            app.bean(EventProcessingConfiguration.class).eventProcessor("associations", StreamingEventProcessor.class)
                    .orElseThrow().shutDown();
            school.withTeacherHired("Физика", "Ңурай Бөкөнбаева", "2026-09-01");
            long hired = school.position;

            Api.Response teachers = school.director.get("/api/schools/" + school.id + "/teachers?after=" + hired);
            assertThat(teachers.status()).as(teachers.body()).isEqualTo(200);
            assertThat(teachers.json()).extracting(teacher -> teacher.path("fullName").asText()).contains("Ңурай Бөкөнбаева");
            Api.Response log = school.director.get("/api/log/events?school=" + school.id + "&after=" + hired);
            assertThat(log.status()).as(log.body()).isEqualTo(200);
            assertThat(log.body()).contains("Ңурай Бөкөнбаева");

            Api.Response behind = school.director.get(members + "?after=" + hired);
            assertThat(behind.status()).as(behind.body()).isEqualTo(503);
            assertThat(behind.json().path("code").asText()).isEqualTo("READ_MODEL_BEHIND");
            assertThat(school.director.get(members).json().path("members")).hasSize(4);

            school.withTeachers("Химия", "Айпери Бекова", "Бекзат Ңурланов", "Гүлзат Өмүрова", "Жылдыз Үсөнова");
            Api.Response chemists = school.director.post(school.associations(),
                    school.association("Химиктер", "Химия", school.teachers.subList(5, 9)));
            assertThat(chemists.status()).as(chemists.body()).isEqualTo(201);
            Api.Response mentorships = school.director.get(school.associations() + "/" + chemists.id()
                    + "/mentorships?after=" + chemists.position());
            assertThat(mentorships.status()).as(mentorships.body()).isEqualTo(503);
            assertThat(mentorships.json().path("code").asText()).isEqualTo("READ_MODEL_BEHIND");
        }
    }
}
