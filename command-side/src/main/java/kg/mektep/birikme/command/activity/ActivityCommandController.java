package kg.mektep.birikme.command.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import kg.mektep.birikme.api.activity.ActivityBooks;
import kg.mektep.birikme.api.activity.HearReportCommand;
import kg.mektep.birikme.api.activity.RecordExtracurricularEventCommand;
import kg.mektep.birikme.api.activity.RecordSeminarCommand;
import kg.mektep.birikme.api.activity.RecordSubjectEventCommand;
import kg.mektep.birikme.api.activity.RecordSubjectEventResultsCommand;
import kg.mektep.birikme.api.activity.ReportKind;
import kg.mektep.birikme.api.activity.SubjectEventKind;
import kg.mektep.birikme.api.activity.Winner;
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

/** What the chair (or a deputy) records of the association's year: seminars, subject events, reports, extracurricular work. */
@RestController
@RequestMapping("/api/schools/{schoolId}/associations/{associationId}")
@Tag(name = "Activities of the year (commands)")
class ActivityCommandController {

    private final CommandDispatcher commands;

    ActivityCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record SeminarRequest(@NotBlank @Size(max = 500) String topic, @NotNull LocalDate date,
                          @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 64) String> leaderIds,
                          @Size(max = 100) List<@NotBlank @Size(max = 64) String> openLessonIds,
                          @Size(max = 100) List<@NotBlank @Size(max = 64) String> extracurricularEventIds) {
    }

    record SubjectEventRequest(@NotNull SubjectEventKind kind, @NotBlank @Size(max = 500) String title,
                               @NotBlank @Size(max = 100) String subject, @NotNull LocalDate from, @NotNull LocalDate to) {
    }

    record WinnerRequest(@NotBlank @Size(max = 200) String pupilName, @NotBlank @Size(max = 20) String className,
                         @NotNull @Min(1) @Max(100) Integer place) {
    }

    record ResultsRequest(@NotNull LocalDate date, @NotNull @Min(0) @Max(100000) Integer participants,
                          @Size(max = 500) List<@NotNull @Valid WinnerRequest> winners) {
    }

    record ReportRequest(@NotBlank @Size(max = 64) String teacherId, @NotNull ReportKind kind,
                         @NotBlank @Size(max = 500) String title, @NotNull LocalDate date,
                         @Min(1) @Max(10000) Integer protocolNumber) {
    }

    record ExtracurricularRequest(@NotBlank @Size(max = 500) String title, @NotNull LocalDate date,
                                  @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 64) String> responsibleIds,
                                  @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 20) String> classNames,
                                  @Size(max = 64) String seminarId) {
    }

    @PostMapping("/seminars")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A seminar: topic, date, leaders among the members, its thematic open lessons and events (R10, 5.5, 5.7)")
    ResponseEntity<RecordedActivity> seminar(@PathVariable String schoolId, @PathVariable String associationId,
                                             @Valid @RequestBody SeminarRequest r, Actor actor) {
        return record(schoolId, associationId, r.date(), actor, (book, id) -> new RecordSeminarCommand(book, schoolId,
                associationId, id, r.topic(), r.date(), r.leaderIds(), r.openLessonIds(), r.extracurricularEventIds()));
    }

    @PostMapping("/subject-events")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A subject week, the school stage of an olympiad or a contest, over a period (R19, clause 3.14)")
    ResponseEntity<RecordedActivity> subjectEvent(@PathVariable String schoolId, @PathVariable String associationId,
                                                  @Valid @RequestBody SubjectEventRequest r, Actor actor) {
        return record(schoolId, associationId, r.from(), actor, (book, id) -> new RecordSubjectEventCommand(book,
                schoolId, associationId, id, r.kind(), r.title(), r.subject(), r.from(), r.to()));
    }

    @PostMapping("/activities/{year}/subject-events/{activityId}/results")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The results of a subject week, olympiad or contest once it has ended: participants, winners (3.14)")
    ResponseEntity<Accepted> results(@PathVariable String schoolId, @PathVariable String associationId,
                                     @PathVariable int year, @PathVariable String activityId,
                                     @Valid @RequestBody ResultsRequest r, Actor actor) {
        String book = ActivityBooks.idOf(associationId, year);
        List<Winner> winners = r.winners() == null ? List.of() : r.winners().stream()
                .map(w -> new Winner(w.pupilName(), w.className(), w.place())).toList();
        return commands.accepted(new RecordSubjectEventResultsCommand(book, schoolId, activityId, r.date(),
                r.participants(), winners), book, schoolId, actor);
    }

    @PostMapping("/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A member's report heard: self-education, courses or a creative trip (R19, clause 3.18)")
    ResponseEntity<RecordedActivity> report(@PathVariable String schoolId, @PathVariable String associationId,
                                            @Valid @RequestBody ReportRequest r, Actor actor) {
        return record(schoolId, associationId, r.date(), actor, (book, id) -> new HearReportCommand(book, schoolId,
                associationId, id, r.teacherId(), r.kind(), r.title(), r.date(), r.protocolNumber()));
    }

    @PostMapping("/extracurricular-events")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Extracurricular work in the subjects: title, date, members responsible, classes (R19, 3.15)")
    ResponseEntity<RecordedActivity> extracurricular(@PathVariable String schoolId, @PathVariable String associationId,
                                                     @Valid @RequestBody ExtracurricularRequest r, Actor actor) {
        return record(schoolId, associationId, r.date(), actor, (book, id) -> new RecordExtracurricularEventCommand(
                book, schoolId, associationId, id, r.title(), r.date(), r.responsibleIds(), r.classNames(),
                r.seminarId()));
    }

    private ResponseEntity<RecordedActivity> record(String schoolId, String associationId, LocalDate date, Actor actor,
                                                    BiFunction<String, String, Object> activity) {
        return RecordedActivity.send(commands, schoolId, associationId, date, actor, activity);
    }
}
