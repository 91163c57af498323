package kg.mektep.birikme.command.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.plan.AnnualPlanContent;
import kg.mektep.birikme.api.plan.ApproveAnnualPlanCommand;
import kg.mektep.birikme.api.plan.ApproveIndividualPlanCommand;
import kg.mektep.birikme.api.plan.ConfirmMonthlyPlanCommand;
import kg.mektep.birikme.api.plan.DraftAnnualPlanCommand;
import kg.mektep.birikme.api.plan.DraftMonthlyPlanCommand;
import kg.mektep.birikme.api.plan.IndividualPlanContent;
import kg.mektep.birikme.api.plan.ReturnAnnualPlanCommand;
import kg.mektep.birikme.api.plan.ReviseAnnualPlanCommand;
import kg.mektep.birikme.api.plan.ReviseIndividualPlanCommand;
import kg.mektep.birikme.api.plan.SubmitAnnualPlanCommand;
import kg.mektep.birikme.api.plan.SubmitIndividualPlanCommand;
import kg.mektep.birikme.command.web.Accepted;
import kg.mektep.birikme.command.web.Actor;
import kg.mektep.birikme.command.web.CommandDispatcher;
import org.axonframework.common.IdentifierFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Translates HTTP to plan commands; the aggregates judge content, roles and the regulation. */
@RestController
@RequestMapping("/api/schools/{schoolId}")
@Tag(name = "Plans and approvals (commands)")
class PlanCommandController {

    private final CommandDispatcher commands;

    PlanCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record DraftRequest(@NotNull @Min(2000) @Max(2100) Integer schoolYear, @NotNull AnnualPlanContent content) {
    }

    record ContentRequest(@NotNull AnnualPlanContent content) {
    }

    record ReturnRequest(@NotNull Integer version, @NotBlank @Size(max = 5000) String comments) {
    }

    record AnnualPlanApprovalRequest(@NotNull Integer version) {
    }

    record MonthRequest(@NotNull @Size(max = 200) List<@NotBlank @Size(max = 1000) String> items) {
    }

    record IndividualRequest(@NotBlank String teacherId, @NotNull @Min(2000) @Max(2100) Integer schoolYear,
                             @NotNull IndividualPlanContent content) {
    }

    record IndividualContentRequest(@NotNull IndividualPlanContent content) {
    }

    record IndividualApprovalRequest(@NotNull Integer version, DocumentRef protocol) {
    }

    @PostMapping("/associations/{associationId}/annual-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The chair drafts the association's annual work plan for a school year (R6, R7)")
    ResponseEntity<Accepted> draft(@PathVariable String schoolId, @PathVariable String associationId,
                                   @Valid @RequestBody DraftRequest r, Actor actor) {
        String planId = IdentifierFactory.getInstance().generateIdentifier();
        return commands.created(new DraftAnnualPlanCommand(planId, schoolId, associationId, r.schoolYear(),
                r.content()), planId, schoolId, actor,
                "/api/schools/" + schoolId + "/annual-plans/" + planId + "/history");
    }

    @PostMapping("/annual-plans/{planId}/revisions")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "A new version of the plan; an approved version stays in force until the new one is approved")
    ResponseEntity<Accepted> revise(@PathVariable String schoolId, @PathVariable String planId,
                                    @Valid @RequestBody ContentRequest r, Actor actor) {
        return commands.accepted(new ReviseAnnualPlanCommand(planId, schoolId, r.content()), planId, schoolId, actor);
    }

    @PostMapping("/annual-plans/{planId}/submission")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Submit the newest version to the deputy for teaching work")
    ResponseEntity<Accepted> submit(@PathVariable String schoolId, @PathVariable String planId, Actor actor) {
        return commands.accepted(new SubmitAnnualPlanCommand(planId, schoolId), planId, schoolId, actor);
    }

    @PostMapping("/annual-plans/{planId}/return")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The deputy for teaching work returns the submitted version with comments")
    ResponseEntity<Accepted> giveBack(@PathVariable String schoolId, @PathVariable String planId,
                                      @Valid @RequestBody ReturnRequest r, Actor actor) {
        return commands.accepted(new ReturnAnnualPlanCommand(planId, schoolId, r.version(), r.comments()), planId, schoolId, actor);
    }

    @PostMapping("/annual-plans/{planId}/approval")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The deputy for teaching work approves exactly the submitted version (R6, clause 5.4)")
    ResponseEntity<Accepted> approve(@PathVariable String schoolId, @PathVariable String planId,
                                     @Valid @RequestBody AnnualPlanApprovalRequest r, Actor actor) {
        return commands.accepted(new ApproveAnnualPlanCommand(planId, schoolId, r.version()), planId, schoolId, actor);
    }

    @PutMapping("/annual-plans/{planId}/months/{month}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The chair drafts a month's plan, e.g. month 2026-10 (R7, clause 6.8)")
    ResponseEntity<Accepted> draftMonth(@PathVariable String schoolId, @PathVariable String planId,
                                        @PathVariable YearMonth month, @Valid @RequestBody MonthRequest r, Actor actor) {
        return commands.accepted(new DraftMonthlyPlanCommand(planId, schoolId, month, r.items()), planId, schoolId, actor);
    }

    @PostMapping("/annual-plans/{planId}/months/{month}/confirmation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The chair confirms a month's plan")
    ResponseEntity<Accepted> confirmMonth(@PathVariable String schoolId, @PathVariable String planId,
                                          @PathVariable YearMonth month, Actor actor) {
        return commands.accepted(new ConfirmMonthlyPlanCommand(planId, schoolId, month), planId, schoolId, actor);
    }

    @PostMapping("/associations/{associationId}/individual-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A member submits an individual work plan with its self-education plan (R8)")
    ResponseEntity<Accepted> submitIndividual(@PathVariable String schoolId, @PathVariable String associationId,
                                              @Valid @RequestBody IndividualRequest r, Actor actor) {
        String planId = IdentifierFactory.getInstance().generateIdentifier();
        return commands.created(new SubmitIndividualPlanCommand(planId, schoolId, associationId, r.teacherId(),
                r.schoolYear(), r.content()), planId, schoolId, actor,
                "/api/schools/" + schoolId + "/plans", r.schoolYear());
    }

    @PostMapping("/individual-plans/{planId}/revisions")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "A new version of an individual plan, awaiting the association's approval")
    ResponseEntity<Accepted> reviseIndividual(@PathVariable String schoolId, @PathVariable String planId,
                                              @Valid @RequestBody IndividualContentRequest r, Actor actor) {
        return commands.accepted(new ReviseIndividualPlanCommand(planId, schoolId, r.content()), planId, schoolId, actor);
    }

    @PostMapping("/individual-plans/{planId}/approval")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Approval by a resolution of a meeting, cited by protocol number and date (R8, clause 3.4)")
    ResponseEntity<Accepted> approveIndividual(@PathVariable String schoolId, @PathVariable String planId,
                                               @Valid @RequestBody IndividualApprovalRequest r, Actor actor) {
        return commands.accepted(new ApproveIndividualPlanCommand(planId, schoolId, r.version(), r.protocol()), planId, schoolId, actor);
    }

}
