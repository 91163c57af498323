package kg.mektep.birikme.query.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.meeting.Absence;
import kg.mektep.birikme.api.meeting.Heard;
import kg.mektep.birikme.api.meeting.ProtocolView;
import kg.mektep.birikme.api.meeting.Resolution;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A protocol as a school files it, in Kyrgyz: school and association, number and date, who was
 * present and absent, what was heard and resolved, the corrections, and lines for the signatures.
 */
@Component
class ProtocolPage {

    private static final Locale KYRGYZ = Locale.forLanguageTag("ky");

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ProtocolPage(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    String render(String schoolId, String associationId, ProtocolView protocol) {
        Map<String, String> names = jdbc.sql("SELECT teacher_id, full_name FROM rm_teacher WHERE school_id = ?")
                .param(schoolId).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        String school = jdbc.sql("SELECT name FROM rm_school WHERE school_id = ?").param(schoolId)
                .query(String.class).optional().orElse("");
        String association = jdbc.sql("SELECT name FROM rm_association WHERE association_id = ?").param(associationId)
                .query(String.class).optional().orElse("");
        String chair = jdbc.sql("""
                SELECT t.full_name FROM rm_association a JOIN rm_teacher t ON t.teacher_id = a.chair_id
                WHERE a.association_id = ?""").param(associationId).query(String.class).optional().orElse("");
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="ky"><head><meta charset="utf-8">
                <title>Протокол №%d</title>
                <style>body{font-family:serif;max-width:48em;margin:2em auto;line-height:1.4}
                h1{text-align:center;font-size:1.3em}.head{text-align:center}.sign{margin-top:3em}</style>
                </head><body>
                """.formatted(protocol.number()));
        html.append("<p class=\"head\">").append(e(school)).append("<br>").append(e(association)).append("</p>\n");
        html.append("<h1>№").append(protocol.number()).append(" ПРОТОКОЛ</h1>\n");
        html.append("<p class=\"head\">").append(protocol.date()).append("</p>\n");
        List<String> present = entries(protocol.content().presentIds());
        html.append("<p>Катышкандар (").append(present.size()).append(" / ")
                .append(protocol.members()).append("): ").append(e(join(present, names))).append("</p>\n");
        List<Absence> absences = entries(protocol.content().absences());
        if (!absences.isEmpty()) {
            html.append("<p>Катышкан жок: ").append(e(absences.stream()
                    .map(a -> names.getOrDefault(a.teacherId(), a.teacherId()) + " (" + a.reason() + ")")
                    .collect(Collectors.joining(", ")))).append("</p>\n");
        }
        List<String> guests = entries(protocol.content().guests());
        if (!guests.isEmpty()) {
            html.append("<p>Чакырылгандар: ").append(e(String.join(", ", guests))).append("</p>\n");
        }
        html.append("<h2>Күн тартиби</h2>\n<ol>");
        entries(protocol.content().agenda()).forEach(item -> html.append("<li>").append(e(item)).append("</li>"));
        html.append("</ol>\n<h2>Угулду</h2>\n<ol>");
        List<Heard> heard = entries(protocol.content().heard());
        heard.forEach(h -> html.append("<li>").append(e(names.getOrDefault(h.speaker(), h.speaker()))).append(": ")
                .append(e(h.subject())).append("</li>"));
        html.append("</ol>\n<h2>Токтом кылынды</h2>\n");
        if (!protocol.quorate()) {
            html.append("<p><strong>Кворум болгон жок: токтомдор кабыл алынган жок.</strong></p>\n");
        }
        html.append("<ol>");
        List<Resolution> resolutions = protocol.content().resolutions();
        for (int i = 0; i < resolutions.size(); i++) {
            Resolution resolution = resolutions.get(i);
            if (resolution == null) {
                continue;
            }
            // Numbered as everywhere else (the API, the timelines), should an entry before it have been left out.
            html.append("<li value=\"").append(i + 1).append("\">").append(e(resolution.text()));
            List<String> responsible = entries(resolution.responsibleIds());
            if (!responsible.isEmpty()) {
                html.append(" Жооптуу: ").append(e(join(responsible, names))).append('.');
            }
            if (resolution.deadline() != null) {
                html.append(" Мөөнөтү: ").append(resolution.deadline()).append('.');
            }
            int number = i + 1;
            String status = protocol.resolutions().stream().filter(r -> r.index() == number).findFirst()
                    .map(ProtocolView.ResolutionStatus::status).orElse("OPEN");
            html.append(" <em>(").append(e(messages.getMessage("enum.ResolutionStatus." + status, null, status, KYRGYZ)))
                    .append(")</em></li>");
        }
        html.append("</ol>\n");
        if (!protocol.corrections().isEmpty()) {
            html.append("<h2>Оңдоолор</h2>\n<ol>");
            protocol.corrections().forEach(c -> html.append("<li>").append(e(c.field())).append(": ").append(e(c.correction()))
                    .append(" (").append(e(c.reason())).append(")</li>"));
            html.append("</ol>\n");
        }
        html.append("<p class=\"sign\">Төрага: ____________ ").append(e(chair)).append("</p>\n");
        html.append("<p>Катчы: ____________</p>\n");
        html.append("<p><small>SHA-256: ").append(protocol.contentHash()).append("</small></p>\n</body></html>\n");
        return html.toString();
    }

    /**
     * The entries of a list, none when it is missing. A protocol recorded before null entries were
     * refused may hold some; they are left out rather than failing the page.
     */
    private static <T> List<T> entries(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    private static String join(List<String> ids, Map<String, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(", "));
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
