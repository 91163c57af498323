package kg.mektep.birikme.api.activity;

import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R19 (clause 3.15): extracurricular work in the subjects with pupils of the classes named, the
 * members responsible; an event of a seminar names the seminar.
 */
public record RecordExtracurricularEventCommand(@TargetAggregateIdentifier String bookId, String schoolId,
                                                String associationId, String activityId, String title, LocalDate date,
                                                List<String> responsibleIds, List<String> classNames, String seminarId)
        implements SchoolScoped {
}
