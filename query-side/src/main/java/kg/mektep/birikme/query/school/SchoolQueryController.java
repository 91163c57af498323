package kg.mektep.birikme.query.school;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kg.mektep.birikme.api.school.FindSchoolsQuery;
import kg.mektep.birikme.api.school.FindTeachersQuery;
import kg.mektep.birikme.api.school.SchoolSummary;
import kg.mektep.birikme.api.school.TeacherSummary;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.query.security.Reader;
import kg.mektep.birikme.query.web.Reads;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools")
@Tag(name = "Schools and staff (reads)")
class SchoolQueryController {

    private final Reads reads;

    SchoolQueryController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping
    @Operation(summary = "The schools the reader may see (the administrator: every school)")
    List<SchoolSummary> schools(@Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        Reader reader = Reads.reader();
        return reads.acrossSchools(after).query(new FindSchoolsQuery(), ResponseTypes.multipleInstancesOf(SchoolSummary.class))
                .stream().filter(school -> reader.seesEverySchoolName() || reader.maySee(school.schoolId())).toList();
    }

    @GetMapping("/{schoolId}")
    @Operation(summary = "One school (the administrator, who registers schools, reads each one's entry too)")
    SchoolSummary school(@PathVariable String schoolId,
                         @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        Reads.Consistent read = reads.acrossSchools(after);
        return Reads.reader().seesEverySchoolName() ? read.listedSchool(schoolId) : read.school(schoolId);
    }

    @GetMapping("/{schoolId}/teachers")
    @Operation(summary = "The staff of a school, with the young-teacher flag (R17) as of today")
    List<TeacherSummary> teachers(@PathVariable String schoolId,
                                  @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        Reads.Consistent read = reads.inSchool(schoolId, after);
        return read.query(new FindTeachersQuery(schoolId), ResponseTypes.multipleInstancesOf(TeacherSummary.class));
    }
}
