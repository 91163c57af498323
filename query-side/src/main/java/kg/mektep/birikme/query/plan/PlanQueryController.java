package kg.mektep.birikme.query.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kg.mektep.birikme.api.plan.AssociationPlans;
import kg.mektep.birikme.api.plan.FindCurrentPlansQuery;
import kg.mektep.birikme.api.plan.FindPlanApprovalsQuery;
import kg.mektep.birikme.api.plan.FindPlanHistoryQuery;
import kg.mektep.birikme.api.plan.PlanApprovalEntry;
import kg.mektep.birikme.api.plan.PlanHistory;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.query.recordfile.YearParameter;
import kg.mektep.birikme.query.web.NotFoundException;
import kg.mektep.birikme.query.web.ReadRefusedException;
import kg.mektep.birikme.query.web.Reads;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}")
@Tag(name = "Plans and approvals (reads)")
class PlanQueryController {

    private final Reads reads;

    PlanQueryController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping("/plans")
    @Operation(summary = "Current plans of every association for a school year (named by its first year)")
    List<AssociationPlans> currentPlans(@PathVariable String schoolId, @RequestParam int year,
                                        @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        // The plans' terms are dates in the year: a year no date can have answers 400, not a failed query.
        YearParameter.requireSensible(year);
        Reads.Consistent read = reads.inSchool(schoolId, after);
        return read.query(new FindCurrentPlansQuery(schoolId, year), ResponseTypes.multipleInstancesOf(AssociationPlans.class));
    }

    @GetMapping("/annual-plans/{planId}/history")
    @Operation(summary = "Every version of an annual plan, its content hash and what changed from the version before")
    PlanHistory history(@PathVariable String schoolId, @PathVariable String planId,
                        @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        Optional<PlanHistory> history = reads.inSchool(schoolId, after).query(new FindPlanHistoryQuery(schoolId, planId),
                ResponseTypes.optionalInstanceOf(PlanHistory.class));
        return history.orElseThrow(() -> new NotFoundException(planId));
    }

    /** The first and last instants the database stores; a number of milliseconds is read as an instant too. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    @GetMapping("/plan-approvals")
    @Operation(summary = "Approval audit: every submission, return and approval, in time order; all filters optional")
    List<PlanApprovalEntry> approvals(@PathVariable String schoolId,
                                      @RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) String associationId,
                                      @RequestParam(required = false) String actorId,
                                      @RequestParam(required = false) Instant from,
                                      @RequestParam(required = false) Instant to,
                                      @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        Reads.Consistent read = reads.inSchool(schoolId, after);
        return read.query(new FindPlanApprovalsQuery(schoolId, year, associationId, actorId,
                        inCalendar("from", from), inCalendar("to", to)),
                ResponseTypes.multipleInstancesOf(PlanApprovalEntry.class));
    }

    private static Instant inCalendar(String parameter, Instant given) {
        if (given != null && (given.isBefore(EARLIEST) || given.isAfter(LATEST))) {
            throw new ReadRefusedException(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", parameter, given);
        }
        return given;
    }
}
