package kg.mektep.birikme.command.control;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.control.ControlTopic;
import kg.mektep.birikme.api.control.RecordControlVisitCommand;
import kg.mektep.birikme.command.web.Accepted;
import kg.mektep.birikme.command.web.Actor;
import kg.mektep.birikme.command.web.CommandDispatcher;
import org.axonframework.common.IdentifierFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}/associations/{associationId}/control-visits")
@Tag(name = "Internal control (commands)")
class ControlCommandController {

    private final CommandDispatcher commands;

    ControlCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record ControlVisitRequest(@NotNull ControlTopic topic, @NotNull LocalDate date,
                               @NotBlank @Size(max = 20000) String findings,
                               @Size(max = 100) List<@NotBlank @Size(max = 2000) String> recommendations, @NotNull LocalDate followUp) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A deputy records a control visit: topic of clause 9, findings, recommendations, follow-up (R18)")
    ResponseEntity<Accepted> record(@PathVariable String schoolId, @PathVariable String associationId,
                                    @Valid @RequestBody ControlVisitRequest r, Actor actor) {
        String visitId = IdentifierFactory.getInstance().generateIdentifier();
        return commands.created(new RecordControlVisitCommand(visitId, schoolId, associationId, r.topic(),
                r.date(), r.findings(), r.recommendations(), r.followUp()), visitId, schoolId, actor,
                "/api/schools/" + schoolId + "/associations/" + associationId
                + "/control-visits");
    }
}
