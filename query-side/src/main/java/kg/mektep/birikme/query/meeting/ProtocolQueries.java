package kg.mektep.birikme.query.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.meeting.FindMeetingsQuery;
import kg.mektep.birikme.api.meeting.FindProtocolQuery;
import kg.mektep.birikme.api.meeting.FindProtocolsQuery;
import kg.mektep.birikme.api.meeting.FindYearAnalysisQuery;
import kg.mektep.birikme.api.meeting.ProtocolContent;
import kg.mektep.birikme.api.meeting.ProtocolView;
import kg.mektep.birikme.api.meeting.Resolution;
import kg.mektep.birikme.api.meeting.ScheduledMeeting;
import kg.mektep.birikme.api.meeting.YearAnalysis;
import kg.mektep.birikme.query.school.SchoolDay;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class ProtocolQueries {

    private static final String PROTOCOLS = """
            SELECT p.number, p.date, p.quorate, p.members, p.content_hash, p.content::text, s.time_zone,
                   a.status = 'DISSOLVED' AS dissolved
            FROM rm_protocol p LEFT JOIN rm_school s ON s.school_id = p.school_id
                 LEFT JOIN rm_association a ON a.association_id = p.association_id
            WHERE p.school_id = :school AND p.association_id = :association AND p.school_year = :year""";
    private static final String CORRECTIONS = """
            SELECT number, field, correction, reason, at, by_user FROM rm_protocol_correction
            WHERE association_id = :association AND school_year = :year""";
    private static final String DONE = """
            SELECT number, resolution FROM rm_resolution_done WHERE association_id = :association AND school_year = :year""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    ProtocolQueries(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    private record Row(int number, LocalDate date, boolean quorate, int members, String hash, String content,
                       String timeZone, boolean dissolved) {
    }

    @QueryHandler
    List<ProtocolView> handle(FindProtocolsQuery query) {
        return protocols(query.schoolId(), query.associationId(), query.schoolYear(), null);
    }

    /** One protocol of the register, read on its own: the time does not grow with the year's protocols. */
    @QueryHandler
    Optional<ProtocolView> handle(FindProtocolQuery query) {
        return protocols(query.schoolId(), query.associationId(), query.schoolYear(), query.number()).stream().findFirst();
    }

    /**
     * The year's register, or only the protocol of this number: the protocols, their corrections and
     * the resolutions done, in three statements whatever the number of protocols.
     */
    private List<ProtocolView> protocols(String schoolId, String associationId, int year, Integer number) {
        // The same named parameters serve the three statements.
        Map<String, Object> params = new HashMap<>(Map.of("school", schoolId, "association", associationId, "year", year));
        if (number != null) {
            params.put("number", number);
        }
        String ofNumber = number == null ? "" : " AND number = :number";
        List<Row> rows = jdbc.sql(PROTOCOLS + (number == null ? "" : " AND p.number = :number") + " ORDER BY p.number")
                .params(params)
                .query(ProtocolQueries::row)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<ProtocolView.Correction>> corrections = jdbc.sql(CORRECTIONS + ofNumber + " ORDER BY number, at, event_id")
                .params(params)
                .query(ProtocolQueries::correction).list().stream()
                .collect(Collectors.groupingBy(Numbered::number, Collectors.mapping(Numbered::value, Collectors.toList())));
        Map<Integer, Set<Integer>> done = jdbc.sql(DONE + ofNumber)
                .params(params)
                .query((rs, n) -> new Numbered<>(rs.getInt(1), rs.getInt(2))).list().stream()
                .collect(Collectors.groupingBy(Numbered::number, Collectors.mapping(Numbered::value, Collectors.toSet())));
        List<ProtocolView> views = new ArrayList<>();
        for (Row row : rows) {
            views.add(view(row, corrections.getOrDefault(row.number(), List.of()), done.getOrDefault(row.number(), Set.of())));
        }
        return views;
    }

    /** A value that belongs to the protocol of this number. */
    private record Numbered<T>(int number, T value) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3), rs.getInt(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8));
    }

    private static Numbered<ProtocolView.Correction> correction(ResultSet rs, int n) throws SQLException {
        return new Numbered<>(rs.getInt(1), new ProtocolView.Correction(rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)));
    }

    private ProtocolView view(Row row, List<ProtocolView.Correction> corrections, Set<Integer> done) {
        ProtocolContent content = read(row.content());
        return new ProtocolView(row.number(), row.date(), row.quorate(), row.members(), row.hash(), content,
                corrections, statuses(row, content, done));
    }

    @QueryHandler
    List<ScheduledMeeting> handle(FindMeetingsQuery query) {
        return jdbc.sql("""
                SELECT date, agenda::text FROM rm_meeting WHERE school_id = ? AND association_id = ? AND school_year = ?
                ORDER BY date, event_id""")
                .params(query.schoolId(), query.associationId(), query.schoolYear())
                .query((rs, n) -> new ScheduledMeeting(rs.getObject(1, LocalDate.class), agenda(rs.getString(2))))
                .list();
    }

    @QueryHandler
    Optional<YearAnalysis> handle(FindYearAnalysisQuery query) {
        return jdbc.sql("""
                SELECT number, analysis, recommendations::text, deputy_id, at FROM rm_year_analysis
                WHERE school_id = ? AND association_id = ? AND school_year = ?""")
                .params(query.schoolId(), query.associationId(), query.schoolYear())
                .query((rs, n) -> new YearAnalysis(query.schoolYear(), rs.getInt(1), rs.getString(2), agenda(rs.getString(3)),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .optional();
    }

    private List<String> agenda(String text) {
        try {
            return List.of(json.readValue(text, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored agendas are JSON the projection wrote", e);
        }
    }

    /**
     * Not adopted without quorum; done once marked; closed when the association was dissolved before it
     * was done (nothing can be recorded for it any more, and the timelines count it overdue no longer);
     * otherwise overdue when the deadline passed in the school's time zone.
     */
    private List<ProtocolView.ResolutionStatus> statuses(Row row, ProtocolContent content, Set<Integer> done) {
        LocalDate today = SchoolDay.today(clock, row.timeZone());
        List<ProtocolView.ResolutionStatus> statuses = new ArrayList<>();
        List<Resolution> resolutions = content.resolutions();
        for (int i = 0; i < resolutions.size(); i++) {
            Resolution resolution = resolutions.get(i);
            if (resolution == null) {
                // Stored before null entries were refused; the others keep their numbers.
                continue;
            }
            String status = !row.quorate() ? "NOT_ADOPTED" : done.contains(i + 1) ? "DONE"
                    : row.dissolved() ? "CLOSED"
                    : resolution.deadline() != null && resolution.deadline().isBefore(today) ? "OVERDUE" : "OPEN";
            statuses.add(new ProtocolView.ResolutionStatus(i + 1, resolution.text(), resolution.deadline(), status));
        }
        return statuses;
    }

    private ProtocolContent read(String content) {
        try {
            return json.readValue(content, ProtocolContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored protocols are JSON the projection wrote", e);
        }
    }
}
