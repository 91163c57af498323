package kg.mektep.birikme.query.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import kg.mektep.birikme.api.activity.ActivityLog;
import kg.mektep.birikme.api.activity.FindActivityLogQuery;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.query.web.NotFoundException;
import kg.mektep.birikme.query.web.Reads;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}/associations/{associationId}/activities")
@Tag(name = "Activities of the year (reads)")
class ActivityQueryController {

    private final Reads reads;

    ActivityQueryController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping
    @Operation(summary = "The year's activity log: every activity by date, who took part, analysis or results, "
            + "counts per kind and whether R10 holds (year = the year the school year starts in)")
    ActivityLog log(@PathVariable String schoolId, @PathVariable String associationId, @RequestParam int year,
                    @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        Optional<ActivityLog> log = reads.inSchool(schoolId, after).query(
                new FindActivityLogQuery(schoolId, associationId, year), ResponseTypes.optionalInstanceOf(ActivityLog.class));
        return log.orElseThrow(() -> new NotFoundException(associationId));
    }
}
