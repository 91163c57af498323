package kg.mektep.birikme.api.control;

import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R18 (clause 9): a deputy records a control visit: topic, findings, recommendations and a follow-up date. */
public record RecordControlVisitCommand(@TargetAggregateIdentifier String visitId, String schoolId, String associationId,
                                        ControlTopic topic, LocalDate date, String findings,
                                        List<String> recommendations, LocalDate followUp) implements SchoolScoped {
}
