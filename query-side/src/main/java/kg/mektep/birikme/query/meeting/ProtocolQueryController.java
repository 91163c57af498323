package kg.mektep.birikme.query.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import kg.mektep.birikme.api.meeting.FindProtocolQuery;
import kg.mektep.birikme.api.meeting.FindProtocolsQuery;
import kg.mektep.birikme.api.meeting.FindYearAnalysisQuery;
import kg.mektep.birikme.api.meeting.ProtocolView;
import kg.mektep.birikme.api.meeting.YearAnalysis;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.query.web.NotFoundException;
import kg.mektep.birikme.query.web.Reads;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}/associations/{associationId}/protocols")
@Tag(name = "Meetings and protocols (reads)")
class ProtocolQueryController {

    private final Reads reads;
    private final ProtocolPage page;

    ProtocolQueryController(Reads reads, ProtocolPage page) {
        this.reads = reads;
        this.page = page;
    }

    @GetMapping
    @Operation(summary = "The protocol register of a school year: numbers, dates, quorum, resolutions with their status")
    List<ProtocolView> register(@PathVariable String schoolId, @PathVariable String associationId, @RequestParam int year,
                                @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        return reads.inAssociation(schoolId, associationId, after).query(new FindProtocolsQuery(schoolId, associationId, year),
                ResponseTypes.multipleInstancesOf(ProtocolView.class));
    }

    @GetMapping("/{year}/analysis")
    @Operation(summary = "The year's analysis by the deputy for teaching work, given at the last meeting (R11)")
    YearAnalysis analysis(@PathVariable String schoolId, @PathVariable String associationId, @PathVariable int year,
                          @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        Optional<YearAnalysis> analysis = reads.inSchool(schoolId, after).query(
                new FindYearAnalysisQuery(schoolId, associationId, year), ResponseTypes.optionalInstanceOf(YearAnalysis.class));
        return analysis.orElseThrow(() -> new NotFoundException(associationId + "/" + year + "/analysis"));
    }

    @GetMapping("/{year}/{number}")
    @Operation(summary = "One protocol with its corrections")
    ProtocolView protocol(@PathVariable String schoolId, @PathVariable String associationId, @PathVariable int year,
                          @PathVariable int number,
                          @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        return find(schoolId, associationId, year, number, after);
    }

    @GetMapping(value = "/{year}/{number}/print", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The protocol as a page to print and sign, in Kyrgyz")
    ResponseEntity<String> print(@PathVariable String schoolId, @PathVariable String associationId, @PathVariable int year,
                                 @PathVariable int number,
                                 @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        Reads.Consistent read = reads.inSchool(schoolId, after);
        ProtocolView protocol = find(read, schoolId, associationId, year, number);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(read.direct(() -> page.render(schoolId, associationId, protocol)));
    }

    private ProtocolView find(String schoolId, String associationId, int year, int number, Long after) {
        return find(reads.inSchool(schoolId, after), schoolId, associationId, year, number);
    }

    private static ProtocolView find(Reads.Consistent read, String schoolId, String associationId, int year, int number) {
        Optional<ProtocolView> protocol = read.query(
                new FindProtocolQuery(schoolId, associationId, year, number), ResponseTypes.optionalInstanceOf(ProtocolView.class));
        return protocol.orElseThrow(() -> new NotFoundException(associationId + "/" + year + "/" + number));
    }
}
