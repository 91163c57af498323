package kg.mektep.birikme.command.school;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.school.RegisterSchoolCommand;
import kg.mektep.birikme.api.school.RegisterTeacherCommand;
import kg.mektep.birikme.command.web.Accepted;
import kg.mektep.birikme.command.web.Actor;
import kg.mektep.birikme.command.web.CommandDispatcher;
import org.axonframework.common.IdentifierFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools")
@Tag(name = "Schools and staff (commands)")
class SchoolCommandController {

    private final CommandDispatcher commands;

    SchoolCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record RegisterSchoolRequest(@NotBlank @Size(max = 300) String name,
                                 @NotBlank @Size(max = 300) String district,
                                 @Size(max = 64) String timeZone) {
    }

    record RegisterTeacherRequest(@NotBlank @Size(max = 300) String fullName,
                                  @NotNull @Size(max = 30) List<@NotBlank @Size(max = 100) String> subjects,
                                  @NotNull LocalDate hireDate) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a school (name, district, time zone; Asia/Bishkek by default)")
    ResponseEntity<Accepted> registerSchool(@Valid @RequestBody RegisterSchoolRequest request, Actor actor) {
        String schoolId = IdentifierFactory.getInstance().generateIdentifier();
        return commands.created(
                new RegisterSchoolCommand(schoolId, request.name(), request.district(), request.timeZone()),
                schoolId, schoolId, actor, "/api/schools/" + schoolId);
    }

    @PostMapping("/{schoolId}/teachers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a teacher on the staff of a school")
    ResponseEntity<Accepted> registerTeacher(@PathVariable String schoolId,
                                             @Valid @RequestBody RegisterTeacherRequest request, Actor actor) {
        String teacherId = IdentifierFactory.getInstance().generateIdentifier();
        return commands.created(new RegisterTeacherCommand(teacherId, schoolId, request.fullName(),
                request.subjects(), request.hireDate()), teacherId, schoolId, actor,
                "/api/schools/" + schoolId + "/teachers");
    }
}
