package kg.mektep.birikme.query.compliance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import kg.mektep.birikme.api.recordfile.AssociationCompliance;
import kg.mektep.birikme.api.recordfile.ComplianceReport;
import kg.mektep.birikme.api.recordfile.FindAssociationComplianceQuery;
import kg.mektep.birikme.api.recordfile.FindComplianceQuery;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.query.recordfile.YearParameter;
import kg.mektep.birikme.query.web.NotFoundException;
import kg.mektep.birikme.query.web.Reads;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}")
@Tag(name = "Compliance (reads)")
class ComplianceQueryController {

    private final Reads reads;

    ComplianceQueryController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping("/compliance")
    @Operation(summary = "Each association of the school year against the rules its record can show (R1, R5, R6, R7, "
            + "R9, R10, R11, R13, R17): met, not met or not yet due, with the events that bear it out")
    ComplianceReport school(@PathVariable String schoolId, @RequestParam int year,
                            @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        YearParameter.requireSensible(year);
        return reads.inSchool(schoolId, after).query(new FindComplianceQuery(schoolId, year),
                ResponseTypes.instanceOf(ComplianceReport.class));
    }

    @GetMapping("/associations/{associationId}/compliance")
    @Operation(summary = "One association of the school year against the rules its record can show")
    AssociationCompliance association(@PathVariable String schoolId, @PathVariable String associationId,
                                      @RequestParam int year,
                                      @Parameter(description = ReadPositions.AFTER_DOC)
                                      @RequestParam(required = false) Long after) {
        YearParameter.requireSensible(year);
        Optional<AssociationCompliance> compliance = reads.inSchool(schoolId, after).query(
                new FindAssociationComplianceQuery(schoolId, associationId, year),
                ResponseTypes.optionalInstanceOf(AssociationCompliance.class));
        return compliance.orElseThrow(() -> new NotFoundException(associationId));
    }
}
