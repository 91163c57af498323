package kg.mektep.birikme.query.nomination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kg.mektep.birikme.api.nomination.FindNominationsQuery;
import kg.mektep.birikme.api.nomination.NominationStatus;
import kg.mektep.birikme.api.nomination.NominationView;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.query.web.Reads;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}")
@Tag(name = "Nominations and proposals (reads)")
class NominationQueryController {

    private final Reads reads;

    NominationQueryController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping("/associations/{associationId}/nominations")
    @Operation(summary = "The association's nominations and proposals with their status and the dates of each step (R16)")
    List<NominationView> ofAssociation(@PathVariable String schoolId, @PathVariable String associationId,
                                       @RequestParam(required = false) NominationStatus status,
                                       @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        return reads.inAssociation(schoolId, associationId, after).query(
                new FindNominationsQuery(schoolId, associationId, status), ResponseTypes.multipleInstancesOf(NominationView.class));
    }

    @GetMapping("/nominations")
    @Operation(summary = "Every association's nominations and proposals in the school, optionally in one status (R16)")
    List<NominationView> ofSchool(@PathVariable String schoolId,
                                  @RequestParam(required = false) NominationStatus status,
                                  @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        return reads.inSchool(schoolId, after).query(new FindNominationsQuery(schoolId, null, status),
                ResponseTypes.multipleInstancesOf(NominationView.class));
    }
}
