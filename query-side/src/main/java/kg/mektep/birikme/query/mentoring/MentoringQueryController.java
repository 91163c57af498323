package kg.mektep.birikme.query.mentoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kg.mektep.birikme.api.mentoring.FindMentorshipsQuery;
import kg.mektep.birikme.api.mentoring.MentorshipView;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.query.web.Reads;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}/associations/{associationId}/mentorships")
@Tag(name = "Young teachers and mentors (reads)")
class MentoringQueryController {

    private final Reads reads;

    MentoringQueryController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping
    @Operation(summary = "Young teachers of the association, their mentors and the sessions recorded (R17)")
    List<MentorshipView> mentorships(@PathVariable String schoolId, @PathVariable String associationId,
                                     @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        return reads.inAssociation(schoolId, associationId, after).query(new FindMentorshipsQuery(schoolId, associationId),
                ResponseTypes.multipleInstancesOf(MentorshipView.class));
    }
}
