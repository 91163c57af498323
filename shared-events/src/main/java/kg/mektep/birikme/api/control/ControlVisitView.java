package kg.mektep.birikme.api.control;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code followUpStatus} is CHECKED when a later visit to the association on the same topic was
 * recorded ({@code checkedBy} names the first of them), otherwise CLOSED when the association was
 * dissolved, DUE (the follow-up date is ahead) or OVERDUE (passed, in the school's time zone). The
 * timelines judge a follow-up overdue by the same rule.
 */
public record ControlVisitView(String visitId, ControlTopic topic, LocalDate date, String findings,
                               List<String> recommendations, LocalDate followUp, String followUpStatus, String checkedBy,
                               String deputyId) {
}
