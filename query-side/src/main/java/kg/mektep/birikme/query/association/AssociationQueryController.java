package kg.mektep.birikme.query.association;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import kg.mektep.birikme.api.association.AssociationSummary;
import kg.mektep.birikme.api.association.FindAssociationQuery;
import kg.mektep.birikme.api.association.FindAssociationsQuery;
import kg.mektep.birikme.api.association.FindMembersQuery;
import kg.mektep.birikme.api.association.MemberList;
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
@RequestMapping("/api/schools/{schoolId}/associations")
@Tag(name = "Associations (reads)")
class AssociationQueryController {

    private final Reads reads;

    AssociationQueryController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping
    @Operation(summary = "The associations of a school: kind, status, chair and member count")
    List<AssociationSummary> associations(@PathVariable String schoolId,
                                          @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        Reads.Consistent read = reads.inSchool(schoolId, after);
        return read.query(new FindAssociationsQuery(schoolId), ResponseTypes.multipleInstancesOf(AssociationSummary.class));
    }

    @GetMapping("/{associationId}")
    @Operation(summary = "One association of a school")
    AssociationSummary association(@PathVariable String schoolId, @PathVariable String associationId,
                                   @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        Optional<AssociationSummary> found = reads.inSchool(schoolId, after).query(new FindAssociationQuery(schoolId, associationId),
                ResponseTypes.optionalInstanceOf(AssociationSummary.class));
        return found.orElseThrow(() -> new NotFoundException(associationId));
    }

    @GetMapping("/{associationId}/members")
    @Operation(summary = "The members of an association, with the young-teacher flag (R17) and their role in it")
    MemberList members(@PathVariable String schoolId, @PathVariable String associationId,
                       @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        Optional<MemberList> found = reads.inSchool(schoolId, after).query(new FindMembersQuery(schoolId, associationId),
                ResponseTypes.optionalInstanceOf(MemberList.class));
        return found.orElseThrow(() -> new NotFoundException(associationId));
    }
}
