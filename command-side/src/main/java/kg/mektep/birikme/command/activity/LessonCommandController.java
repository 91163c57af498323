package kg.mektep.birikme.command.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.activity.ActivityBooks;
import kg.mektep.birikme.api.activity.RecordLessonAnalysisCommand;
import kg.mektep.birikme.api.activity.RecordLessonVisitCommand;
import kg.mektep.birikme.api.activity.RecordOpenLessonCommand;
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

/** What members record of their lessons: open lessons and their analysis, mutual lesson visits. */
@RestController
@RequestMapping("/api/schools/{schoolId}/associations/{associationId}")
@Tag(name = "Activities of the year (commands)")
class LessonCommandController {

    private final CommandDispatcher commands;

    LessonCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record OpenLessonRequest(@NotBlank @Size(max = 64) String teacherId, @NotBlank @Size(max = 20) String className,
                             @NotBlank @Size(max = 100) String subject, @NotBlank @Size(max = 500) String topic,
                             @NotNull LocalDate date, @Size(max = 50) List<@NotBlank @Size(max = 64) String> observerIds,
                             @Size(max = 64) String seminarId) {
    }

    record OpenLessonAnalysisRequest(@NotNull LocalDate date, @NotBlank @Size(max = 20000) String analysis) {
    }

    record LessonVisitRequest(@NotBlank @Size(max = 64) String visitingTeacherId,
                              @NotBlank @Size(max = 64) String visitedTeacherId,
                              @NotBlank @Size(max = 20) String className, @NotBlank @Size(max = 500) String topic,
                              @NotNull LocalDate date, @NotBlank @Size(max = 20000) String analysis) {
    }

    @PostMapping("/open-lessons")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A member's open lesson on a topic: class, subject, date, observers, its seminar if any (R19, 3.9)")
    ResponseEntity<RecordedActivity> openLesson(@PathVariable String schoolId, @PathVariable String associationId,
                                                @Valid @RequestBody OpenLessonRequest r, Actor actor) {
        return RecordedActivity.send(commands, schoolId, associationId, r.date(), actor, (book, id) ->
                new RecordOpenLessonCommand(book, schoolId, associationId, id, r.teacherId(), r.className(), r.subject(),
                        r.topic(), r.date(), r.observerIds(), r.seminarId()));
    }

    @PostMapping("/activities/{year}/open-lessons/{activityId}/analysis")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The analysis of an open lesson, on or after its day, once (clause 3.9)")
    ResponseEntity<Accepted> analysis(@PathVariable String schoolId, @PathVariable String associationId,
                                      @PathVariable int year, @PathVariable String activityId,
                                      @Valid @RequestBody OpenLessonAnalysisRequest r, Actor actor) {
        String book = ActivityBooks.idOf(associationId, year);
        return commands.accepted(new RecordLessonAnalysisCommand(book, schoolId, activityId, r.date(), r.analysis()),
                book, schoolId, actor);
    }

    @PostMapping("/lesson-visits")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A mutual lesson visit between two members, with their joint analysis (R19, clause 3.7)")
    ResponseEntity<RecordedActivity> visit(@PathVariable String schoolId, @PathVariable String associationId,
                                           @Valid @RequestBody LessonVisitRequest r, Actor actor) {
        return RecordedActivity.send(commands, schoolId, associationId, r.date(), actor, (book, id) ->
                new RecordLessonVisitCommand(book, schoolId, associationId, id, r.visitingTeacherId(),
                        r.visitedTeacherId(), r.className(), r.topic(), r.date(), r.analysis()));
    }
}
