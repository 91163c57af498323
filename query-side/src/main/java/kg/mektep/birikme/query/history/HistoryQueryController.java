package kg.mektep.birikme.query.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Optional;
import kg.mektep.birikme.api.common.StorableText;
import kg.mektep.birikme.api.history.AssociationState;
import kg.mektep.birikme.api.history.AssociationStateQuery;
import kg.mektep.birikme.api.history.AssociationStepsQuery;
import kg.mektep.birikme.api.history.HistorySteps;
import kg.mektep.birikme.api.history.PlanAsOf;
import kg.mektep.birikme.api.history.PlanStateQuery;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.query.web.NotFoundException;
import kg.mektep.birikme.query.web.ReadRefusedException;
import kg.mektep.birikme.query.web.Reads;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}")
@Tag(name = "History (time travel)")
class HistoryQueryController {

    private final Reads reads;

    HistoryQueryController(Reads reads) {
        this.reads = reads;
    }

    /** A day of the record (1900 to 2100, as every day a body brings), or none: a year past 999,999,999 has no next day. */
    private static LocalDate dayOfTheRecord(LocalDate at) {
        if (at != null && !StorableText.withinTheRecord(at)) {
            throw new ReadRefusedException(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "at", at);
        }
        return at;
    }

    @GetMapping("/associations/{associationId}/state")
    @Operation(summary = "The association as it stood at the end of a day (school time zone) or after a global event"
            + " position, replayed from the event store; without either, as it stands now")
    AssociationState state(@PathVariable String schoolId, @PathVariable String associationId,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                           @RequestParam(required = false) @Min(0) Long position,
                           @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        Optional<AssociationState> state = reads.inSchool(schoolId, after).query(
                new AssociationStateQuery(schoolId, associationId, dayOfTheRecord(at), position),
                ResponseTypes.optionalInstanceOf(AssociationState.class));
        return state.orElseThrow(() -> new NotFoundException(associationId));
    }

    @GetMapping("/associations/{associationId}/steps")
    @Operation(summary = "The association's history step by step: each event in words with the state after it;"
            + " pages follow each other through 'next'")
    HistorySteps steps(@PathVariable String schoolId, @PathVariable String associationId,
                       @RequestParam(defaultValue = "0") @Min(0) long from,
                       @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
                       @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        Optional<HistorySteps> steps = reads.inSchool(schoolId, after).query(
                new AssociationStepsQuery(schoolId, associationId, from, limit,
                        LocaleContextHolder.getLocale().getLanguage()),
                ResponseTypes.optionalInstanceOf(HistorySteps.class));
        return steps.orElseThrow(() -> new NotFoundException(associationId));
    }

    @GetMapping("/annual-plans/{planId}/state")
    @Operation(summary = "An annual plan as it stood on a day or at a position: the text in force then and the"
            + " version being worked on, replayed from the event store")
    PlanAsOf plan(@PathVariable String schoolId, @PathVariable String planId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                  @RequestParam(required = false) @Min(0) Long position,
                  @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        Optional<PlanAsOf> plan = reads.inSchool(schoolId, after).query(new PlanStateQuery(schoolId, planId, dayOfTheRecord(at), position),
                ResponseTypes.optionalInstanceOf(PlanAsOf.class));
        return plan.orElseThrow(() -> new NotFoundException(planId));
    }
}
