package kg.mektep.birikme.query.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.meeting.ProtocolContent;
import kg.mektep.birikme.api.meeting.Resolution;
import kg.mektep.birikme.api.timeline.OverdueKind;
import kg.mektep.birikme.api.timeline.OverdueLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Clause 5.6: an adopted resolution with a deadline, not marked done when the deadline passed; the
 * protocol register calls it OVERDUE by the same rule. A resolution of a meeting without quorum was
 * never adopted, so it is never overdue. Its responsible members are the ones the resolution names.
 */
@Component
class OverdueResolutions implements OverdueSource {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    OverdueResolutions(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private record Protocol(String associationId, String associationName, int number, String content) {
    }

    @Override
    public List<Overdue> overdue(OverdueScope scope) {
        List<Protocol> protocols = jdbc.sql("""
                SELECT p.association_id, a.name, p.number, p.content::text FROM rm_protocol p
                JOIN rm_association a ON a.association_id = p.association_id AND a.status = 'ACTIVE'
                WHERE p.school_id = ? AND p.school_year = ? AND p.quorate ORDER BY a.name COLLATE kyrgyz, p.number""")
                .params(scope.schoolId(), scope.year().startYear())
                .query((rs, n) -> new Protocol(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4))).list();
        Set<String> done = jdbc.sql("""
                SELECT d.association_id || '/' || d.number || '/' || d.resolution FROM rm_resolution_done d
                JOIN rm_protocol p ON p.association_id = d.association_id AND p.school_year = d.school_year
                                  AND p.number = d.number
                WHERE p.school_id = ? AND d.school_year = ?""")
                .params(scope.schoolId(), scope.year().startYear()).query(String.class).list().stream()
                .collect(Collectors.toSet());
        List<Overdue> overdue = new ArrayList<>();
        for (Protocol protocol : protocols) {
            List<Resolution> resolutions = read(protocol.content()).resolutions();
            for (int i = 0; resolutions != null && i < resolutions.size(); i++) {
                Resolution resolution = resolutions.get(i);
                int number = i + 1;
                // An entry stored null (before such entries were refused) has nothing to be overdue.
                if (resolution != null && resolution.deadline() != null && resolution.deadline().isBefore(scope.today())
                        && !done.contains(protocol.associationId() + "/" + protocol.number() + "/" + number)) {
                    overdue.add(new Overdue(OverdueKind.RESOLUTION_OVERDUE, resolution.deadline(),
                            protocol.associationId(), protocol.associationName(),
                            new OverdueLinks(null, protocol.number(), number, null, null),
                            resolution.responsibleIds() == null ? List.of() : resolution.responsibleIds(),
                            List.of(String.valueOf(protocol.number()), String.valueOf(number), resolution.text())));
                }
            }
        }
        return overdue;
    }

    private ProtocolContent read(String content) {
        try {
            return json.readValue(content, ProtocolContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored protocols are JSON the projection wrote", e);
        }
    }
}
