package kg.mektep.birikme.query.control;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kg.mektep.birikme.api.control.ControlVisitView;
import kg.mektep.birikme.api.control.FindControlVisitsQuery;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.query.web.Reads;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}/associations/{associationId}/control-visits")
@Tag(name = "Internal control (reads)")
class ControlQueryController {

    private final Reads reads;

    ControlQueryController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping
    @Operation(summary = "Control visits of the association with findings and follow-ups checked, due or overdue (R18)")
    List<ControlVisitView> visits(@PathVariable String schoolId, @PathVariable String associationId,
                                  @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        return reads.inAssociation(schoolId, associationId, after).query(
                new FindControlVisitsQuery(schoolId, associationId), ResponseTypes.multipleInstancesOf(ControlVisitView.class));
    }
}
