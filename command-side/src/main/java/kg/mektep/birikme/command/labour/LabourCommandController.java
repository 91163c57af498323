package kg.mektep.birikme.command.labour;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.labour.FormLabourCommissionCommand;
import kg.mektep.birikme.api.labour.LabourCommissions;
import kg.mektep.birikme.api.labour.SetLabourCoefficientCommand;
import kg.mektep.birikme.command.web.Accepted;
import kg.mektep.birikme.command.web.Actor;
import kg.mektep.birikme.command.web.CommandDispatcher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}/associations/{associationId}")
@Tag(name = "Labour participation coefficients (commands)")
class LabourCommandController {

    private final CommandDispatcher commands;

    LabourCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record CommissionRequest(@NotNull @Size(max = 100) List<@NotBlank @Size(max = 64) String> memberIds,
                             @NotBlank @Size(max = 64) String headId, DocumentRef protocol) {
    }

    record CoefficientRequest(@NotBlank @Size(max = 64) String memberId, @NotNull LocalDate from, @NotNull LocalDate to,
                              @NotNull BigDecimal value) {
    }

    @PostMapping("/commission")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The chair records the commission a quorate meeting formed: members and head (R15, clause 4.5)")
    ResponseEntity<Accepted> form(@PathVariable String schoolId, @PathVariable String associationId,
                                  @Valid @RequestBody CommissionRequest r, Actor actor) {
        String commissionId = LabourCommissions.idOf(associationId);
        return commands.created(new FormLabourCommissionCommand(commissionId, schoolId, associationId, r.memberIds(),
                r.headId(), r.protocol()), commissionId, schoolId, actor,
                "/api/schools/" + schoolId + "/associations/" + associationId + "/commission");
    }

    @PostMapping("/coefficients")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "A commission member sets a member's labour participation coefficient for a period; "
            + "a new one for the same member and period replaces the earlier (R15)")
    ResponseEntity<Accepted> set(@PathVariable String schoolId, @PathVariable String associationId,
                                 @Valid @RequestBody CoefficientRequest r, Actor actor) {
        String commissionId = LabourCommissions.idOf(associationId);
        return commands.accepted(new SetLabourCoefficientCommand(commissionId, schoolId, associationId, r.memberId(),
                r.from(), r.to(), r.value()), commissionId, schoolId, actor);
    }
}
