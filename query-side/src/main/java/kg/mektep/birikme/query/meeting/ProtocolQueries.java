package kg.mektep.birikme.query.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.meeting.FindMeetingsQuery;
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

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    ProtocolQueries(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    private record Row(int number, LocalDate date, boolean quorate, int members, String hash, String content,
                       String timeZone) {
    }

    @QueryHandler
    List<ProtocolView> handle(FindProtocolsQuery query) {
        List<Row> rows = jdbc.sql("""
                SELECT p.number, p.date, p.quorate, p.members, p.content_hash, p.content::text, s.time_zone
                FROM rm_protocol p LEFT JOIN rm_school s ON s.school_id = p.school_id
                WHERE p.school_id = ? AND p.association_id = ? AND p.school_year = ? ORDER BY p.number""")
                .params(query.schoolId(), query.associationId(), query.schoolYear())
                .query((rs, n) -> new Row(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
        List<ProtocolView> views = new ArrayList<>();
        for (Row row : rows) {
            ProtocolContent content = read(row.content());
            views.add(new ProtocolView(row.number(), row.date(), row.quorate(), row.members(), row.hash(), content,
                    corrections(query, row.number()), statuses(query, row, content)));
        }
        return views;
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

    private List<ProtocolView.Correction> corrections(FindProtocolsQuery query, int number) {
        return jdbc.sql("""
                SELECT field, correction, reason, at, by_user FROM rm_protocol_correction
                WHERE association_id = ? AND school_year = ? AND number = ? ORDER BY at, event_id""")
                .params(query.associationId(), query.schoolYear(), number)
                .query((rs, n) -> new ProtocolView.Correction(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

    /** Not adopted without quorum; done once marked; overdue when the deadline passed in the school's time zone. */
    private List<ProtocolView.ResolutionStatus> statuses(FindProtocolsQuery query, Row row, ProtocolContent content) {
        Set<Integer> done = jdbc.sql("""
                SELECT resolution FROM rm_resolution_done WHERE association_id = ? AND school_year = ? AND number = ?""")
                .params(query.associationId(), query.schoolYear(), row.number()).query(Integer.class).list()
                .stream().collect(Collectors.toSet());
        LocalDate today = SchoolDay.today(clock, row.timeZone());
        List<ProtocolView.ResolutionStatus> statuses = new ArrayList<>();
        List<Resolution> resolutions = content.resolutions();
        for (int i = 0; i < resolutions.size(); i++) {
            Resolution resolution = resolutions.get(i);
            String status = !row.quorate() ? "NOT_ADOPTED" : done.contains(i + 1) ? "DONE"
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
