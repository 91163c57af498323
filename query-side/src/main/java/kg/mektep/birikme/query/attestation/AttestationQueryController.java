package kg.mektep.birikme.query.attestation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kg.mektep.birikme.api.attestation.AttestationMaterialView;
import kg.mektep.birikme.api.attestation.FindAttestationMaterialsQuery;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.query.web.Reads;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}/associations/{associationId}/attestation-materials")
@Tag(name = "Attestation material (reads)")
class AttestationQueryController {

    private final Reads reads;

    AttestationQueryController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping
    @Operation(summary = "The attestation material of a school year, submitted or approved (R14)")
    List<AttestationMaterialView> materials(@PathVariable String schoolId, @PathVariable String associationId,
                                            @RequestParam int year,
                                            @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        return reads.inAssociation(schoolId, associationId, after).query(new FindAttestationMaterialsQuery(schoolId, associationId, year),
                ResponseTypes.multipleInstancesOf(AttestationMaterialView.class));
    }
}
