package kg.mektep.birikme.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorableTextTest {

    record Teacher(String fullName, List<String> subjects) {
    }

    record Hire(String fullName, LocalDate hireDate, List<LocalDate> reviews) {
    }

    private final ObjectMapper reader = StorableText.strictReaderOf(new ObjectMapper());

    @Test
    void kyrgyzLettersEmojiAndLineBreaksAreStorable() {
        assertThat(StorableText.storable("Ңөү ңөү \uD83D\uDCDA\n\tАсел")).isTrue();
        assertThat(StorableText.storable(null)).isTrue();
        assertThat(StorableText.storable("")).isTrue();
    }

    /** Text is kept in normalization form C: и + combining breve is й, е + combining diaeresis is ё. */
    @Test
    void aLetterSentAsABaseAndACombiningMarkIsKeptAsOneCharacter() throws Exception {
        assertThat(reader.readValue("{\"fullName\":\"Ай\u0438\u0306ша Ё\u0435\u0308\",\"subjects\":[\"Ма\u0438\u0306\"]}",
                Teacher.class)).isEqualTo(new Teacher("Аййша Ёё", List.of("Май")));
        assertThat(StorableText.nfc("Ңөү ңөү")).isEqualTo("Ңөү ңөү");
        assertThat(StorableText.nfc("\u0438\u0306")).isEqualTo("\u0439");
        assertThat(StorableText.nfc(null)).isNull();
    }

    @Test
    void aNulOrHalfASurrogatePairIsNot() {
        assertThat(StorableText.firstUnstorable("Асел\u0000")).isEqualTo(4);
        assertThat(StorableText.firstUnstorable("a\uD800")).isEqualTo(1);
        assertThat(StorableText.firstUnstorable("a\uD800b")).isEqualTo(1);
        assertThat(StorableText.firstUnstorable("\uDC00a")).isEqualTo(0);
        assertThat(StorableText.firstUnstorable("\uD83D\uDCDA\uDCDA")).isEqualTo(2);
    }

    @Test
    void aRequestBodyWithSuchTextIsRefusedNamingTheField() throws Exception {
        assertThat(reader.readValue("{\"fullName\":\"Ңөү\",\"subjects\":[\"\uD83D\uDCDA\"]}", Teacher.class))
                .isEqualTo(new Teacher("Ңөү", List.of("\uD83D\uDCDA")));
        assertThatThrownBy(() -> reader.readValue("{\"fullName\":\"a\\u0000\",\"subjects\":[]}", Teacher.class))
                .isInstanceOfSatisfying(StorableText.UnstorableTextException.class,
                        e -> assertThat(e.field()).isEqualTo("fullName"));
        assertThatThrownBy(() -> reader.readValue("{\"fullName\":\"a\",\"subjects\":[\"b\",\"\\ud800\"]}", Teacher.class))
                .isInstanceOfSatisfying(StorableText.UnstorableTextException.class,
                        e -> assertThat(e.field()).isEqualTo("subjects[1]"));
        assertThatThrownBy(() -> reader.readValue("{\"fullName\":\"a\",\"subjects\":[\"\\u0000\"]}", Teacher.class))
                .isInstanceOfSatisfying(StorableText.UnstorableTextException.class,
                        e -> assertThat(e.field()).isEqualTo("subjects[0]"));
        assertThatThrownBy(() -> reader.readValue("{\"m\":{\"k\":\"\\u0000\"}}", Map.class))
                .isInstanceOf(StorableText.UnstorableTextException.class);
    }

    @Test
    void aDayIsAnIsoStringWithinTheDaysARequestMayName() throws Exception {
        assertThat(reader.readValue("{\"hireDate\":\"1900-01-01\",\"reviews\":[\"2100-12-31\"]}", Hire.class))
                .isEqualTo(new Hire(null, LocalDate.of(1900, 1, 1), List.of(LocalDate.of(2100, 12, 31))));
        assertThat(reader.readValue("{\"hireDate\":null}", Hire.class).hireDate()).isNull();
        for (String outside : List.of("1899-12-31", "2101-01-01", "+999999999-12-31", "-999999999-01-01", "0000-01-01")) {
            assertThatThrownBy(() -> reader.readValue("{\"fullName\":\"a\",\"hireDate\":\"" + outside + "\"}", Hire.class))
                    .as(outside).isInstanceOfSatisfying(StorableText.DayOutOfRangeException.class,
                            e -> assertThat(e.field()).isEqualTo("hireDate"));
        }
        assertThatThrownBy(() -> reader.readValue("{\"reviews\":[\"2026-09-01\",\"2101-01-01\"]}", Hire.class))
                .isInstanceOfSatisfying(StorableText.DayOutOfRangeException.class,
                        e -> assertThat(e.field()).isEqualTo("reviews[1]"));
        // A number of days since 1970, or anything that is not a day as ISO writes it, is no day at all.
        for (String notADay : List.of("-1", "20000", "[\"2026-09-01\"]", "{}", "true", "\"2026-02-30\"", "\"01.09.2026\"",
                "\" 2026-09-01\"")) {
            assertThatThrownBy(() -> reader.readValue("{\"hireDate\":" + notADay + "}", Hire.class)).as(notADay)
                    .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class)
                    .isNotInstanceOf(StorableText.DayOutOfRangeException.class);
        }
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertThatThrownBy(() -> reader.readValue("{\"fullName\":\"a\",\"subjects\":[],\"fullName\":null}", Teacher.class))
                .isInstanceOf(JsonParseException.class);
    }

    /** A field the request does not have is refused with its path, not dropped, also by a mapper that ignores such fields (Spring Boot's). */
    @Test
    void aFieldTheRequestDoesNotHaveIsRefusedNamingIt() {
        ObjectMapper reader = StorableText.strictReaderOf(new ObjectMapper()
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        Throwable misspelt = catchThrowable(() -> reader.readValue(
                "{\"fullName\":\"Асел\",\"hireDate\":\"2020-01-01\",\"reviews\":[],\"hireDat\":\"2020-01-02\"}", Hire.class));
        assertThat(StorableText.unknownField(misspelt)).isEqualTo("hireDat");
        Throwable nested = catchThrowable(() -> reader.readValue(
                "{\"teachers\":[{\"fullName\":\"Асел\",\"subjects\":[]},{\"fullName\":\"Өмүр\",\"subject\":[]}]}",
                Staff.class));
        assertThat(StorableText.unknownField(new IllegalStateException(nested))).isEqualTo("teachers[1].subject");
        assertThat(StorableText.unknownField(new IllegalStateException("another failure"))).isNull();
    }

    record Staff(List<Teacher> teachers) {
    }

    /**
     * A null entry of a list, of strings or of records, at any depth, is refused naming it; a list
     * itself may be null or empty, and the original mapper still reads such entries (stored events hold some).
     */
    @Test
    void aNullEntryOfAListIsRefusedNamingIt() throws Exception {
        Throwable inStrings = catchThrowable(() -> reader.readValue("{\"fullName\":\"Асел\",\"subjects\":[\"Химия\",null]}",
                Teacher.class));
        assertThat(StorableText.nullEntry(new IllegalStateException(inStrings))).isEqualTo("subjects[1]");
        Throwable inRecords = catchThrowable(() -> reader.readValue("{\"teachers\":[null]}", Staff.class));
        assertThat(StorableText.nullEntry(inRecords)).isEqualTo("teachers[0]");
        Throwable nested = catchThrowable(() -> reader.readValue(
                "{\"teachers\":[{\"fullName\":\"Асел\",\"subjects\":[]},{\"fullName\":\"Өмүр\",\"subjects\":[null]}]}",
                Staff.class));
        assertThat(StorableText.nullEntry(nested)).isEqualTo("teachers[1].subjects[0]");
        Throwable days = catchThrowable(() -> reader.readValue(
                "{\"fullName\":\"Асел\",\"hireDate\":\"2020-01-01\",\"reviews\":[null]}", Hire.class));
        assertThat(StorableText.nullEntry(days)).isEqualTo("reviews[0]");
        assertThat(StorableText.nullEntry(new IllegalStateException("another failure"))).isNull();

        assertThat(reader.readValue("{\"fullName\":\"Асел\",\"subjects\":null}", Teacher.class).subjects()).isNull();
        assertThat(reader.readValue("{\"teachers\":[]}", Staff.class).teachers()).isEmpty();
        assertThat(new ObjectMapper().readValue("{\"fullName\":\"Асел\",\"subjects\":[null]}", Teacher.class).subjects())
                .containsExactly((String) null);
    }

    @Test
    void aBodyOverTheLimitIsNotRead() throws Exception {
        String within = "{\"fullName\":\"" + "ө".repeat(400_000) + "\",\"subjects\":[]}";
        assertThat(reader.readValue(within, Teacher.class).fullName()).hasSize(400_000);
        String beyond = "{\"fullName\":\"a\",\"subjects\":[" + "\"ү\",".repeat(300_000) + "\"ү\"]}";
        // As a request body comes: a stream, read in steps.
        assertThatThrownBy(() -> reader.readValue(new java.io.ByteArrayInputStream(
                beyond.getBytes(java.nio.charset.StandardCharsets.UTF_8)), Teacher.class))
                .satisfies(e -> assertThat(StorableText.overTheLimit(e)).isTrue());
        assertThat(StorableText.overTheLimit(new IllegalStateException(new RuntimeException()))).isFalse();
        assertThat(StorableText.overTheLimit(new IllegalStateException("from getMaxDocumentLength()"))).isFalse();
        // A number too long for Jackson fails alike, and is no body over the limit.
        assertThatThrownBy(() -> reader.readValue("{\"fullName\":\"a\",\"subjects\":[],\"x\":" + "9".repeat(5000) + "}",
                Teacher.class)).isInstanceOf(com.fasterxml.jackson.core.exc.StreamConstraintsException.class)
                .satisfies(e -> assertThat(StorableText.overTheLimit(e)).isFalse());
    }

    @Test
    void aNumberOrTrueWhereTextIsDueAndAnythingAfterTheBodyAreRefused() throws Exception {
        for (String body : List.of("{\"fullName\":1,\"subjects\":[]}", "{\"fullName\":1e400,\"subjects\":[]}",
                "{\"fullName\":true,\"subjects\":[]}", "{\"fullName\":\"Асел\",\"subjects\":[5]}",
                "{\"fullName\":\"Асел\",\"subjects\":[]} {\"x\":1}", "{\"fullName\":\"Асел\",\"subjects\":[]}]")) {
            assertThatThrownBy(() -> reader.readValue(body, Teacher.class)).as(body)
                    .isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
        }
        assertThat(reader.readValue(" {\"fullName\":\"Асел\",\"subjects\":[\"5\"]} \n", Teacher.class).subjects())
                .containsExactly("5");
    }

    @Test
    void theOriginalMapperIsLeftAsItWas() throws Exception {
        ObjectMapper original = new ObjectMapper();
        StorableText.strictReaderOf(original);
        assertThat(original.readValue("{\"fullName\":\"a\\u0000\",\"subjects\":[]}", Teacher.class).fullName())
                .isEqualTo("a\u0000");
    }

    @Test
    void onlyUtf8BodiesAreRead() {
        assertThat(StorableText.utf8Body(null)).isTrue();
        assertThat(StorableText.utf8Body("application/json")).isTrue();
        assertThat(StorableText.utf8Body("application/json; charset=UTF-8")).isTrue();
        assertThat(StorableText.utf8Body("application/json;charset=\"utf-8\"")).isTrue();
        assertThat(StorableText.utf8Body("application/json; charset=ISO-8859-1")).isFalse();
        assertThat(StorableText.utf8Body("application/json; charset=windows-1251")).isFalse();
        // Named twice, every value counts: a reader taking the last would not read UTF-8.
        assertThat(StorableText.utf8Body("application/json; charset=utf-8; charset=latin1")).isFalse();
        assertThat(StorableText.utf8Body("application/json; charset=utf-8; charset=UTF-8")).isTrue();
    }

    @Test
    void aContentTypeWithAWildcardIsRefusedWithOrWithoutABody() {
        for (String wildcard : List.of("*/*", "application/*", "*/json; charset=utf-8")) {
            assertThatThrownBy(() -> StorableText.checkRequest(wildcard, 10, true, Map.of())).as(wildcard)
                    .isInstanceOf(StorableText.RefusedCharsetException.class);
            assertThatThrownBy(() -> StorableText.checkRequest(wildcard, 0, false, Map.of())).as(wildcard)
                    .isInstanceOf(StorableText.RefusedCharsetException.class);
        }
        StorableText.checkRequest("application/json; charset=utf-8", 10, true, Map.of());
        StorableText.checkRequest(null, 0, false, Map.of());
    }

    @Test
    void aRequestIsJudgedByItsDeclaredCharsetOnlyWhenItHasABody() {
        StorableText.checkRequest("text/plain; charset=ISO-8859-1", 0, false, Map.of());
        assertThatThrownBy(() -> StorableText.checkRequest("application/json; charset=ISO-8859-1", 10, true, Map.of()))
                .isInstanceOf(StorableText.RefusedCharsetException.class);
    }

    @Test
    void aJsonBodyDeclaredLongerThanTheLimitIsRefusedBeforeItIsRead() {
        StorableText.checkRequest("application/json", StorableText.MAXIMUM_BODY_BYTES, true, Map.of());
        assertThatThrownBy(() -> StorableText.checkRequest("application/json; charset=utf-8",
                StorableText.MAXIMUM_BODY_BYTES + 1, true, Map.of())).isInstanceOf(StorableText.BodyTooLargeException.class);
        assertThatThrownBy(() -> StorableText.checkRequest("application/merge-patch+json",
                StorableText.MAXIMUM_BODY_BYTES + 1, true, Map.of())).isInstanceOf(StorableText.BodyTooLargeException.class);
        // A file comes as multipart, with a limit of its own.
        StorableText.checkRequest("multipart/form-data; boundary=x", 3_000_000, true, Map.of());
    }

    @Test
    void theFirstParameterWithSuchTextIsNamed() {
        assertThat(StorableText.firstUnstorableParameter(Map.of("q", new String[] {"ok", "a\u0000"}))).isEqualTo("q");
        assertThat(StorableText.firstUnstorableParameter(Map.of("q", new String[] {"Ңөү"}))).isNull();
    }
}
