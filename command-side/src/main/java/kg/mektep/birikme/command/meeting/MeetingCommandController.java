package kg.mektep.birikme.command.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.RuleViolationException;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.meeting.CompleteResolutionCommand;
import kg.mektep.birikme.api.meeting.CorrectProtocolCommand;
import kg.mektep.birikme.api.meeting.ProtocolBooks;
import kg.mektep.birikme.api.meeting.ProtocolContent;
import kg.mektep.birikme.api.meeting.RecordProtocolCommand;
import kg.mektep.birikme.api.meeting.RecordYearAnalysisCommand;
import kg.mektep.birikme.api.meeting.ScheduleMeetingCommand;
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

/** Meetings and protocols of an association; the school year follows from the meeting's date. */
@RestController
@RequestMapping("/api/schools/{schoolId}/associations/{associationId}")
@Tag(name = "Meetings and protocols (commands)")
class MeetingCommandController {

    private final CommandDispatcher commands;

    MeetingCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record ScheduleRequest(@NotNull LocalDate date, @NotNull @Size(max = 100) List<@NotBlank @Size(max = 1000) String> agenda) {
    }

    record CorrectionRequest(@NotBlank @Size(max = 200) String field, @NotBlank @Size(max = 5000) String correction,
                             @NotBlank @Size(max = 2000) String reason) {
    }

    record YearAnalysisRequest(@NotNull Integer number, @NotBlank @Size(max = 20000) String analysis,
                               @Size(max = 100) List<@NotBlank @Size(max = 2000) String> recommendations) {
    }

    /** A recorded protocol: where it is, and the number the book gave it. */
    record Recorded(String id, Long position, int number) {
    }

    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The chair schedules a meeting (date, agenda)")
    ResponseEntity<Accepted> schedule(@PathVariable String schoolId, @PathVariable String associationId,
                                      @Valid @RequestBody ScheduleRequest r, Actor actor) {
        int year = SchoolYear.containing(r.date()).startYear();
        String book = ProtocolBooks.idOf(associationId, year);
        return commands.accepted(
                new ScheduleMeetingCommand(book, schoolId, associationId, year, r.date(), r.agenda()), book, schoolId, actor);
    }

    @PostMapping("/protocols")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The chair records a meeting's protocol; it is numbered next in its school year (R9)")
    ResponseEntity<Recorded> record(@PathVariable String schoolId, @PathVariable String associationId,
                                    @Valid @RequestBody @NotNull ProtocolContent content, Actor actor) {
        if (content.date() == null) {
            throw new RuleViolationException(Refusal.FIELD_REQUIRED, "date");
        }
        int year = SchoolYear.containing(content.date()).startYear();
        String book = ProtocolBooks.idOf(associationId, year);
        CommandDispatcher.Result result = commands.sendForResult(
                new RecordProtocolCommand(book, schoolId, associationId, year, content), book, schoolId, actor);
        int number = (Integer) result.value();
        return ResponseEntity.created(CommandDispatcher.location("/api/schools/" + schoolId + "/associations/"
                        + associationId + "/protocols/" + year + "/" + number))
                .body(new Recorded(book, result.accepted().position(), number));
    }

    @PostMapping("/protocols/{year}/{number}/corrections")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "A correction of a recorded protocol, which itself is never edited (R9)")
    ResponseEntity<Accepted> correct(@PathVariable String schoolId, @PathVariable String associationId,
                                     @PathVariable int year, @PathVariable int number,
                                     @Valid @RequestBody CorrectionRequest r, Actor actor) {
        String book = ProtocolBooks.idOf(associationId, year);
        return commands.accepted(
                new CorrectProtocolCommand(book, schoolId, number, r.field(), r.correction(), r.reason()),
                book, schoolId, actor);
    }

    @PostMapping("/protocols/{year}/analysis")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The deputy for teaching work records the year's analysis at the last meeting (R11, clause 5.8)")
    ResponseEntity<Accepted> analyse(@PathVariable String schoolId, @PathVariable String associationId,
                                     @PathVariable int year, @Valid @RequestBody YearAnalysisRequest r, Actor actor) {
        String book = ProtocolBooks.idOf(associationId, year);
        return commands.accepted(
                new RecordYearAnalysisCommand(book, schoolId, r.number(), r.analysis(), r.recommendations()),
                book, schoolId, actor);
    }

    @PostMapping("/protocols/{year}/{number}/resolutions/{resolution}/completion")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Mark a resolution done (only an adopted one: the meeting was quorate)")
    ResponseEntity<Accepted> complete(@PathVariable String schoolId, @PathVariable String associationId,
                                      @PathVariable int year, @PathVariable int number, @PathVariable int resolution,
                                      Actor actor) {
        String book = ProtocolBooks.idOf(associationId, year);
        return commands.accepted(
                new CompleteResolutionCommand(book, schoolId, number, resolution), book, schoolId, actor);
    }
}
