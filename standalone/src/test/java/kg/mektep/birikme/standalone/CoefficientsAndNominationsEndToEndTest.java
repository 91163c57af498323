package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R15 and R16 over HTTP: a quorate meeting forms the coefficients commission, whose members set
 * and replace coefficients; the chair's nominations and proposals are forwarded and decided.
 */
class CoefficientsAndNominationsEndToEndTest {

    private static final Map<String, String> PROTOCOL = Map.of("number", "1", "date", "2026-09-25");

    @TempDir
    static Path data;
    static RunningApp app;
    static School school;
    static List<String> t;

    @BeforeAll
    static void start() {
        app = RunningApp.start(data.resolve("postgres"), "--birikme.embedded.durable=false");
        school = School.register(app.admin(), "№61 мектеп").withTeachers("Тарых", "Асылбек Өмүров", "Бурул Үсөнова",
                "Гүлбара Ңазарова", "Дамира Асанова", "Элмира Жаңыбаева");
        t = school.teachers;
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** An association of teachers 0 to 3 chaired by teacher 0, with a quorate first meeting (protocol №1). */
    private static String association(String name) {
        String association = school.associations() + "/" + school.director.post(school.associations(),
                school.association(name, "Тарых", t.subList(0, 4))).id();
        school.teacher(0).post(association + "/chair/election", Map.of("teacherId", t.get(0), "meetingDate", "2026-09-01"));
        Api.Response protocol = school.teacher(0).post(association + "/protocols", Map.of("date", "2026-09-25",
                "presentIds", t.subList(0, 4), "agenda", List.of("Эмгекке катышуу коэффициенти", "Сынактар"),
                "resolutions", List.of(Map.of("text", "Комиссия түзүлсүн, көрсөтүүлөр бекитилсин"))));
        assertThat(protocol.status()).as(protocol.body()).isEqualTo(201);
        return association;
    }

    private static Map<String, Object> coefficient(String member, String from, String to, Object value) {
        return Map.of("memberId", member, "from", from, "to", to, "value", value);
    }

    private static String code(Api.Response response) {
        return response.json().path("code").asText();
    }

    @Test
    void theCommissionSetsAndReplacesCoefficients() {
        String association = association("Тарых бирикмеси");
        Api chair = school.teacher(0);

        Api.Response early = school.teacher(1).post(association + "/coefficients",
                coefficient(t.get(3), "2026-10-01", "2026-10-31", 1.25));
        assertThat(early.status()).isEqualTo(409);
        assertThat(code(early)).isEqualTo("COMMISSION_NOT_FORMED");

        assertThat(code(chair.post(association + "/commission", Map.of("memberIds", List.of(t.get(1), t.get(4)),
                "headId", t.get(1), "protocol", PROTOCOL)))).isEqualTo("COMMISSION_MEMBER_NOT_IN_ASSOCIATION");
        assertThat(code(school.teacher(1).post(association + "/commission", Map.of("memberIds",
                List.of(t.get(1), t.get(2)), "headId", t.get(1), "protocol", PROTOCOL)))).isEqualTo("NOT_THE_CHAIR");
        Api.Response formed = chair.post(association + "/commission", Map.of("memberIds", List.of(t.get(1), t.get(2)),
                "headId", t.get(1), "protocol", PROTOCOL));
        assertThat(formed.status()).as(formed.body()).isEqualTo(201);

        assertThat(code(school.teacher(3).post(association + "/coefficients",
                coefficient(t.get(3), "2026-10-01", "2026-10-31", 1.25)))).isEqualTo("NOT_IN_COMMISSION");
        assertThat(code(school.teacher(1).post(association + "/coefficients",
                coefficient(t.get(3), "2026-10-01", "2026-10-31", 2.5)))).isEqualTo("COEFFICIENT_OUT_OF_RANGE");
        assertThat(code(school.teacher(1).post(association + "/coefficients",
                coefficient(t.get(3), "2026-10-31", "2026-10-01", 1)))).isEqualTo("PERIOD_OUT_OF_ORDER");
        assertThat(code(school.teacher(1).post(association + "/coefficients",
                coefficient(t.get(4), "2026-10-01", "2026-10-31", 1)))).isEqualTo("NOT_A_MEMBER");

        Api.Response first = school.teacher(1).post(association + "/coefficients",
                coefficient(t.get(3), "2026-10-01", "2026-10-31", 1.25));
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        Api.Response replacing = school.teacher(2).post(association + "/coefficients",
                coefficient(t.get(3), "2026-10-01", "2026-10-31", "1.4"));
        assertThat(replacing.status()).as(replacing.body()).isEqualTo(202);

        JsonNode coefficients = school.director.get(association + "/coefficients?year=2026&after="
                + replacing.position()).json();
        assertThat(coefficients).hasSize(1);
        JsonNode damira = coefficients.get(0);
        assertThat(damira.path("memberName").asText()).isEqualTo("Дамира Асанова");
        assertThat(damira.path("from").asText()).isEqualTo("2026-10-01");
        assertThat(damira.path("to").asText()).isEqualTo("2026-10-31");
        assertThat(damira.path("value").decimalValue()).isEqualByComparingTo(new BigDecimal("1.40"));
        assertThat(damira.path("revision").asInt()).isEqualTo(2);
        assertThat(damira.path("setByName").asText()).isEqualTo("Гүлбара Ңазарова");
        assertThat(damira.path("earlier")).hasSize(1);
        assertThat(damira.path("earlier").get(0).path("value").decimalValue()).isEqualByComparingTo(new BigDecimal("1.25"));
        assertThat(damira.path("earlier").get(0).path("setByName").asText()).isEqualTo("Бурул Үсөнова");
        assertThat(Instant.parse(damira.path("earlier").get(0).path("setAt").asText()))
                .isBeforeOrEqualTo(Instant.parse(damira.path("setAt").asText()));
        assertThat(school.director.get(association + "/coefficients?year=2027").json()).isEmpty();

        JsonNode commission = school.teacher(3).get(association + "/commission?after=" + replacing.position()).json();
        assertThat(commission.path("headName").asText()).isEqualTo("Бурул Үсөнова");
        assertThat(commission.path("members").findValuesAsText("fullName"))
                .containsExactly("Бурул Үсөнова", "Гүлбара Ңазарова");
        assertThat(commission.path("protocol").path("number").asText()).isEqualTo("1");
    }

    @Test
    void badCoefficientInputIsAProblemAndStoresNothing() {
        String association = association("Тарых бирикмеси 2");
        school.teacher(0).post(association + "/commission", Map.of("memberIds", List.of(t.get(1), t.get(2)),
                "headId", t.get(1), "protocol", PROTOCOL));
        long before = storedEvents();

        Api.Response notANumber = school.teacher(1).post(association + "/coefficients", "{\"memberId\":\"" + t.get(3)
                + "\",\"from\":\"2026-10-01\",\"to\":\"2026-10-31\",\"value\":\"бир жарым\"}");
        Api.Response noPeriod = school.teacher(1).post(association + "/coefficients", Map.of("memberId", t.get(3),
                "value", 1));
        Api.Response noMembers = school.teacher(0).post(association + "/commission", Map.of("headId", t.get(1)));
        Api.Response unknownKind = school.teacher(0).post(association + "/nominations", Map.of("kind", "BEST_SINGER",
                "nomineeId", t.get(1), "text", "Ыр", "protocol", PROTOCOL));

        for (Api.Response bad : List.of(notANumber, noPeriod, noMembers, unknownKind)) {
            assertThat(bad.status()).as(bad.body()).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("application/problem+json");
        }
        assertThat(code(notANumber)).isEqualTo("MALFORMED_REQUEST");
        assertThat(code(noPeriod)).isEqualTo("INVALID_FIELDS");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void nominationsAreProposedForwardedAndDecidedInOrder() {
        String association = association("Класс жетекчилердин бирикмеси");
        Api chair = school.teacher(0);
        String text = "Ата-энелер менен иштөөдөгү тажрыйбасы үчүн «Мыкты класс жетекчи» сынагына көрсөтүлсүн";

        Api.Response nominated = chair.post(association + "/nominations", Map.of("kind", "BEST_CLASS_TEACHER",
                "nomineeId", t.get(2), "text", text, "protocol", PROTOCOL));
        assertThat(nominated.status()).as(nominated.body()).isEqualTo(201);
        assertThat(code(chair.post(association + "/nominations", Map.of("kind", "AWARD", "nomineeId", t.get(4),
                "text", "Сыйлык", "protocol", PROTOCOL)))).isEqualTo("NOT_A_MEMBER");
        assertThat(code(chair.post(association + "/nominations", Map.of("kind", "AWARD", "nomineeId", t.get(2),
                "text", "Сыйлык", "protocol", Map.of("number", "9", "date", "2026-09-25")))))
                .isEqualTo("PROTOCOL_NOT_RECORDED");
        Api.Response proposal = chair.post(association + "/nominations", Map.of("kind", "TEACHING_IMPROVEMENT",
                "text", "Өңүттүү окутууга көбүрөөк көңүл бурулсун", "protocol", PROTOCOL));
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(201);

        String nomination = "/api/schools/" + school.id + "/nominations/" + nominated.id();
        assertThat(code(school.director.post(nomination + "/decision", Map.of("outcome", "GRANTED", "note", "Макул"))))
                .isEqualTo("NOMINATION_NOT_FORWARDED");
        assertThat(code(school.teacher(1).post(nomination + "/forwarding", Map.of()))).isEqualTo("NOT_THE_CHAIR");
        assertThat(chair.post(nomination + "/forwarding", Map.of()).status()).isEqualTo(202);
        Api.Response again = chair.inLanguage("ru").post(nomination + "/forwarding", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(code(again)).isEqualTo("NOMINATION_ALREADY_FORWARDED");
        assertThat(again.json().path("title").asText()).isEqualTo("Предложение уже передано");
        assertThat(code(school.teacher(1).post(nomination + "/decision", Map.of("outcome", "GRANTED", "note", "Макул"))))
                .isEqualTo("ROLE_NOT_ALLOWED");
        Api.Response decided = school.director.post(nomination + "/decision", Map.of("outcome", "GRANTED",
                "note", "Райондук сынакка жиберилсин, ийгилик!"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(202);
        assertThat(code(school.deputy.post(nomination + "/decision", Map.of("outcome", "DECLINED", "note", "Жок"))))
                .isEqualTo("NOMINATION_ALREADY_DECIDED");
        Api.Response forwardedByDeputy = school.methodist.post("/api/schools/" + school.id + "/nominations/"
                + proposal.id() + "/forwarding", Map.of());
        assertThat(forwardedByDeputy.status()).as(forwardedByDeputy.body()).isEqualTo(202);

        JsonNode nominations = school.teacher(3).get(association + "/nominations?after="
                + forwardedByDeputy.position()).json();
        assertThat(nominations).hasSize(2);
        JsonNode best = nominations.get(0);
        assertThat(best.path("kind").asText()).isEqualTo("BEST_CLASS_TEACHER");
        assertThat(best.path("clause").asText()).isEqualTo("7.8");
        assertThat(best.path("nomineeName").asText()).isEqualTo("Гүлбара Ңазарова");
        assertThat(best.path("text").asText()).isEqualTo(text);
        assertThat(best.path("status").asText()).isEqualTo("DECIDED");
        assertThat(best.path("outcome").asText()).isEqualTo("GRANTED");
        assertThat(best.path("note").asText()).isEqualTo("Райондук сынакка жиберилсин, ийгилик!");
        Instant proposedAt = Instant.parse(best.path("proposedAt").asText());
        Instant forwardedAt = Instant.parse(best.path("forwardedAt").asText());
        assertThat(forwardedAt).isAfterOrEqualTo(proposedAt);
        assertThat(Instant.parse(best.path("decidedAt").asText())).isAfterOrEqualTo(forwardedAt);
        JsonNode teaching = nominations.get(1);
        assertThat(teaching.path("status").asText()).isEqualTo("FORWARDED");
        assertThat(teaching.path("nomineeId").isNull()).isTrue();
        assertThat(teaching.path("decidedAt").isNull()).isTrue();

        JsonNode forwarded = school.director.get("/api/schools/" + school.id + "/nominations?status=FORWARDED&after="
                + forwardedByDeputy.position()).json();
        assertThat(forwarded.findValuesAsText("nominationId")).contains(proposal.id()).doesNotContain(nominated.id());
        assertThat(forwarded.get(0).path("associationName").asText()).isEqualTo("Класс жетекчилердин бирикмеси");
    }

    private static long storedEvents() {
        return JdbcClient.create(app.bean(DataSource.class)).sql("SELECT count(*) FROM domainevententry")
                .query(Long.class).single();
    }
}
