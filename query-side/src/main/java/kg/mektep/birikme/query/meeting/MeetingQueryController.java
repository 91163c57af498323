package kg.mektep.birikme.query.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kg.mektep.birikme.api.meeting.FindMeetingsQuery;
import kg.mektep.birikme.api.meeting.ScheduledMeeting;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.query.web.Reads;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}/associations/{associationId}/meetings")
@Tag(name = "Meetings and protocols (reads)")
class MeetingQueryController {

    private final Reads reads;

    MeetingQueryController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping
    @Operation(summary = "The meetings an association scheduled for a school year")
    List<ScheduledMeeting> meetings(@PathVariable String schoolId, @PathVariable String associationId, @RequestParam int year,
                                    @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        return reads.inAssociation(schoolId, associationId, after).query(new FindMeetingsQuery(schoolId, associationId, year),
                ResponseTypes.multipleInstancesOf(ScheduledMeeting.class));
    }
}
