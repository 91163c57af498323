package kg.mektep.birikme.query.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The writers take the bytes the database sent: what JSON and CSV require is still escaped or quoted. */
class ExportWritersTest {

    private static final String AWKWARD = "Мүчө \"Өмүр\", жаң\\ы\nсап\tң ө ү";

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void jsonLinesEscapeWhatJsonRequiresAndKeepTheLettersAndThePayloadAsTheyAre() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.LogRowWriter writer = ExportFormat.JSONL.open(out, mapper);
        writer.write(row(7, null, AWKWARD, "{\"note\": \"ң\\\"ө\", \"n\": [1, 2]}"));
        writer.write(row(8, 3L, "экинчи", "{}"));
        writer.flush();

        String text = out.toString(StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        assertThat(text).contains("ң ө ү").doesNotContain("\\u04");
        JsonNode first = mapper.readTree(lines[0]);
        assertThat(first.path("position").asLong()).isEqualTo(7);
        assertThat(first.path("time").asText()).isEqualTo("2026-11-27T04:05:06.789Z");
        assertThat(first.path("sequence").isNull()).isTrue();
        assertThat(first.path("actorId").isNull()).isTrue();
        assertThat(first.path("summary").path("ky").asText()).isEqualTo(AWKWARD);
        assertThat(first.path("payload").path("note").asText()).isEqualTo("ң\"ө");
        assertThat(lines[0]).contains("\"payload\":{\"note\": \"ң\\\"ө\", \"n\": [1, 2]}}");
        JsonNode second = mapper.readTree(lines[1]);
        assertThat(second.path("sequence").asLong()).isEqualTo(3);
        assertThat(second.path("summary").path("ky").asText()).isEqualTo("экинчи");
    }

    @Test
    void csvQuotesTheFieldsThatNeedItAndDoublesTheirQuotes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.LogRowWriter writer = ExportFormat.CSV.open(out, mapper);
        writer.write(row(7, null, AWKWARD, "{\"n\":1}"));
        writer.flush();

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("\uFEFF" + CsvLogWriter.HEADER);
        assertThat(lines[1]).isEqualTo("7,2026-11-27T04:05:06.789Z,school-ң,,Association,ma-1,,event-1,"
                + "MemberAddedEvent,1,,DIRECTOR,,,\"Мүчө \"\"Өмүр\"\", жаң\\ы\nсап\tң ө ү\",Добавлен,Added,\"{\"\"n\"\":1}\"");
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
    }

    private static ExportRow row(long position, Long sequence, String summaryKy, String payload) {
        return new ExportRow(position, Instant.parse("2026-11-27T04:05:06.789Z"), bytes("school-ң"), null,
                bytes("Association"), bytes("ma-1"), sequence, bytes("event-" + (position - 6)),
                bytes("MemberAddedEvent"), bytes("1"), null, bytes("DIRECTOR"), null, null, bytes(summaryKy),
                bytes(position == 7 ? "Добавлен" : "второй"), bytes(position == 7 ? "Added" : "second"), bytes(payload));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
