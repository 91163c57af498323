package kg.mektep.birikme.query.timeline;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.mektep.birikme.api.common.SchoolYear;

/**
 * Which rows of the event log a timeline holds: the events of a school, of one of its associations,
 * or of one of its teachers, recorded within a school year in the school's time zone. A teacher's
 * are the events one of the teacher's user accounts made, and those whose payload names the teacher.
 */
record Span(String condition, Map<String, Object> parameters, List<String> actorIds, String namedTeacher) {

    /**
     * Every string of an event's payload, at any depth: the ids of the people it names among them.
     * Migration V14 indexes exactly this expression, so a teacher's events are found through the index.
     */
    static final String NAMES = "jsonb_path_query_array(l.payload, 'strict $.** ? (@.type() == \"string\")')";

    static Span of(String schoolId, SchoolYear year, ZoneId zone) {
        return within("l.school_id = :school", Map.of("school", schoolId), year, zone, List.of(), null);
    }

    static Span ofAssociation(String schoolId, String associationId, SchoolYear year, ZoneId zone) {
        return within("l.school_id = :school AND l.association_id = :association",
                Map.of("school", schoolId, "association", associationId), year, zone, List.of(), null);
    }

    /** {@code actorIds}: the teacher's user accounts; {@code named}: the teacher's id as a JSON array. */
    static Span ofTeacher(String schoolId, List<String> actorIds, String named, SchoolYear year, ZoneId zone) {
        Map<String, Object> parameters = new LinkedHashMap<>(Map.of("school", schoolId, "named", named));
        String actedBy = actorIds.isEmpty() ? "false" : "l.actor_id IN (:actors)";
        if (!actorIds.isEmpty()) {
            parameters.put("actors", actorIds);
        }
        return within("l.school_id = :school AND (" + actedBy + " OR " + NAMES + " @> CAST(:named AS jsonb))",
                parameters, year, zone, actorIds, named);
    }

    private static Span within(String condition, Map<String, Object> parameters, SchoolYear year, ZoneId zone,
                               List<String> actorIds, String named) {
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        all.put("from", at(year.firstDay().atStartOfDay(zone).toInstant()));
        all.put("to", at(year.lastDay().plusDays(1).atStartOfDay(zone).toInstant()));
        return new Span(condition + " AND l.occurred_at >= :from AND l.occurred_at < :to", all, actorIds, named);
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    boolean forTeacher() {
        return namedTeacher != null;
    }
}
