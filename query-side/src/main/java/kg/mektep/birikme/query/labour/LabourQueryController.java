package kg.mektep.birikme.query.labour;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import kg.mektep.birikme.api.labour.FindLabourCoefficientsQuery;
import kg.mektep.birikme.api.labour.FindLabourCommissionQuery;
import kg.mektep.birikme.api.labour.LabourCoefficientView;
import kg.mektep.birikme.api.labour.LabourCommissionView;
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
@RequestMapping("/api/schools/{schoolId}/associations/{associationId}")
@Tag(name = "Labour participation coefficients (reads)")
class LabourQueryController {

    private final Reads reads;

    LabourQueryController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping("/commission")
    @Operation(summary = "The coefficients commission as last formed: members, head, the protocol that formed it (R15)")
    LabourCommissionView commission(@PathVariable String schoolId, @PathVariable String associationId,
                                    @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        Optional<LabourCommissionView> found = reads.inSchool(schoolId, after).query(
                new FindLabourCommissionQuery(schoolId, associationId),
                ResponseTypes.optionalInstanceOf(LabourCommissionView.class));
        return found.orElseThrow(() -> new NotFoundException(associationId));
    }

    @GetMapping("/coefficients")
    @Operation(summary = "Members' coefficients for the periods of a school year (named by its first year): "
            + "the value in force, who set it and when, and the values it replaced (R15)")
    List<LabourCoefficientView> coefficients(@PathVariable String schoolId, @PathVariable String associationId,
                                             @RequestParam int year,
                                             @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        return reads.inAssociation(schoolId, associationId, after).query(new FindLabourCoefficientsQuery(schoolId, associationId, year),
                ResponseTypes.multipleInstancesOf(LabourCoefficientView.class));
    }
}
