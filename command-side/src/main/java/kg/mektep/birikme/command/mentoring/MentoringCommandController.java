package kg.mektep.birikme.command.mentoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import kg.mektep.birikme.api.mentoring.AssignMentorCommand;
import kg.mektep.birikme.api.mentoring.RecordMentoringSessionCommand;
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
@RequestMapping("/api/schools/{schoolId}")
@Tag(name = "Young teachers and mentors (commands)")
class MentoringCommandController {

    private final CommandDispatcher commands;

    MentoringCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record AssignRequest(@NotBlank String menteeId, @NotBlank String mentorId, @NotNull LocalDate since) {
    }

    record SessionRequest(@NotNull LocalDate date, @NotBlank @Size(max = 2000) String subject) {
    }

    @PostMapping("/associations/{associationId}/mentorships")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The chair assigns a mentor from the members to a young teacher (R17, clause 3.17)")
    ResponseEntity<Accepted> assign(@PathVariable String schoolId, @PathVariable String associationId,
                                    @Valid @RequestBody AssignRequest r, Actor actor) {
        String mentorshipId = IdentifierFactory.getInstance().generateIdentifier();
        return commands.created(new AssignMentorCommand(mentorshipId, schoolId, associationId, r.menteeId(),
                r.mentorId(), r.since()), mentorshipId, schoolId, actor,
                "/api/schools/" + schoolId + "/associations/" + associationId + "/mentorships");
    }

    @PostMapping("/mentorships/{mentorshipId}/sessions")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The mentor records a session with the young teacher (R17)")
    ResponseEntity<Accepted> session(@PathVariable String schoolId, @PathVariable String mentorshipId,
                                     @Valid @RequestBody SessionRequest r, Actor actor) {
        return commands.accepted(
                new RecordMentoringSessionCommand(mentorshipId, schoolId, r.date(), r.subject()), mentorshipId, schoolId, actor);
    }
}
