package kg.mektep.birikme.query.timeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import kg.mektep.birikme.api.timeline.FindTimelineQuery;
import kg.mektep.birikme.api.timeline.Timeline;
import kg.mektep.birikme.api.timeline.TimelineScope;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.query.web.NotFoundException;
import kg.mektep.birikme.query.web.ReadRefusedException;
import kg.mektep.birikme.query.web.Reads;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}")
@Tag(name = "Timelines (reads)")
class TimelineQueryController {

    private static final String YEAR_DOC = "School year by the year it starts in (2026: 1 September 2026 to 31 August"
            + " 2027); the current one unless given";
    private static final String CURSOR_DOC = "Position of the last entry of the page before ('next' of that page)";
    private static final String LIMIT_DOC = "Entries per page, 1 to 500; 100 unless given";
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2100;
    private static final int MAX_LIMIT = 500;
    private static final int DEFAULT_LIMIT = 100;

    private final Reads reads;

    TimelineQueryController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping("/timeline")
    @Operation(summary = "The school's year: overdue items of every association first, each association's activity,"
            + " then every entry in time order with counts per month")
    Timeline school(@PathVariable String schoolId,
                    @Parameter(description = YEAR_DOC) @RequestParam(required = false) Integer year,
                    @Parameter(description = CURSOR_DOC) @RequestParam(required = false) Long cursor,
                    @Parameter(description = LIMIT_DOC) @RequestParam(required = false) Integer limit,
                    @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        return timeline(schoolId, TimelineScope.SCHOOL, schoolId, year, cursor, limit, after);
    }

    @GetMapping("/associations/{associationId}/timeline")
    @Operation(summary = "An association's year: its overdue items first, then what was done, by whom and when,"
            + " with counts per month")
    Timeline association(@PathVariable String schoolId, @PathVariable String associationId,
                         @Parameter(description = YEAR_DOC) @RequestParam(required = false) Integer year,
                         @Parameter(description = CURSOR_DOC) @RequestParam(required = false) Long cursor,
                         @Parameter(description = LIMIT_DOC) @RequestParam(required = false) Integer limit,
                         @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        return timeline(schoolId, TimelineScope.ASSOCIATION, associationId, year, cursor, limit, after);
    }

    @GetMapping("/teachers/{teacherId}/timeline")
    @Operation(summary = "A teacher's year: the overdue items naming them responsible first, then what they did and"
            + " what named them, with counts per month")
    Timeline teacher(@PathVariable String schoolId, @PathVariable String teacherId,
                     @Parameter(description = YEAR_DOC) @RequestParam(required = false) Integer year,
                     @Parameter(description = CURSOR_DOC) @RequestParam(required = false) Long cursor,
                     @Parameter(description = LIMIT_DOC) @RequestParam(required = false) Integer limit,
                     @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        return timeline(schoolId, TimelineScope.TEACHER, teacherId, year, cursor, limit, after);
    }

    private Timeline timeline(String schoolId, TimelineScope scope, String id, Integer year, Long cursor, Integer limit,
                              Long after) {
        check("year", year, year == null || (year >= MIN_YEAR && year <= MAX_YEAR));
        check("cursor", cursor, cursor == null || cursor >= 0);
        check("limit", limit, limit == null || (limit >= 1 && limit <= MAX_LIMIT));
        FindTimelineQuery query = new FindTimelineQuery(schoolId, scope, id, year, cursor,
                limit == null ? DEFAULT_LIMIT : limit, LocaleContextHolder.getLocale().getLanguage());
        Optional<Timeline> timeline = reads.inSchool(schoolId, after).query(query,
                ResponseTypes.optionalInstanceOf(Timeline.class));
        return timeline.orElseThrow(() -> new NotFoundException(id));
    }

    private static void check(String parameter, Object value, boolean valid) {
        if (!valid) {
            throw new ReadRefusedException(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", parameter, value);
        }
    }
}
