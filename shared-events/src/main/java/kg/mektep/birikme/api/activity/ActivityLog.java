package kg.mektep.birikme.api.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An association's activities of one school year in date order (R10, R19), the number of each
 * kind, and whether R10 holds: at least one seminar with a thematic open lesson and an
 * extracurricular event linked to it (clause 5.7).
 */
public record ActivityLog(String associationId, int schoolYear, String schoolYearName, List<Entry> activities,
                          Map<ActivityType, Integer> counts, boolean seminarRuleMet) {

    /**
     * One activity. {@code until} is the last day of a subject week, olympiad or contest;
     * {@code linkedIds} are a seminar's lessons and events, or the seminars a lesson or event
     * belongs to; {@code outcomeRecorded} says whether the analysis (open lessons, visits) or the
     * results (weeks, olympiads, contests) are recorded, and is null for the kinds that have neither.
     * {@code recordedBy} is the user who recorded the activity.
     */
    public record Entry(String activityId, ActivityType kind, LocalDate date, LocalDate until, String title,
                        String subject, List<String> classNames, List<Participant> people, List<String> linkedIds,
                        Boolean outcomeRecorded, LocalDate outcomeDate, String analysis, Results results,
                        Integer protocolNumber, String recordedBy) {
    }

    /** A member or other staff member and the part they had; the name is the staff record's. */
    public record Participant(String teacherId, String fullName, Part part) {
    }

    public enum Part {
        LEADER, TEACHER, OBSERVER, VISITING, VISITED, REPORTER, RESPONSIBLE, ANALYST
    }

    public record Results(int participants, List<Winner> winners) {
    }
}
