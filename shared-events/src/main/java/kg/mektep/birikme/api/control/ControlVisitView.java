package kg.mektep.birikme.api.control;

import java.time.LocalDate;
import java.util.List;

/** {@code followUpStatus} is DUE (the follow-up date is ahead) or OVERDUE (passed, in the school's time zone). */
public record ControlVisitView(String visitId, ControlTopic topic, LocalDate date, String findings,
                               List<String> recommendations, LocalDate followUp, String followUpStatus, String deputyId) {
}
