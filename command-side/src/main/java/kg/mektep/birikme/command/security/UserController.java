package kg.mektep.birikme.command.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.Set;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.command.web.Accepted;
import kg.mektep.birikme.command.web.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User management: the administrator's only business (no domain actions). */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users (administrator)")
class UserController {

    private final UserAccounts accounts;

    UserController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    record CreateUser(@NotBlank @Pattern(regexp = "[\\p{L}\\p{N}._@-]{2,100}") String username,
                      @NotNull String password,
                      @NotEmpty Set<@NotNull Role> roles,
                      String schoolId,
                      @Size(max = 500) List<@NotBlank @Size(max = 64) String> inspectedSchoolIds,
                      String teacherId) {
    }

    record NewPassword(@NotNull String password) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user: roles, school (inspectors: the schools they read), the teacher a TEACHER is")
    ResponseEntity<Accepted> create(@Valid @RequestBody CreateUser user, Actor admin) {
        String userId = accounts.create(new UserAccounts.NewUser(user.username(), user.password(), user.roles(),
                user.schoolId(), user.inspectedSchoolIds(), user.teacherId()), admin);
        return ResponseEntity.created(URI.create("/api/users/" + userId)).body(new Accepted(userId, null));
    }

    @PostMapping("/{userId}/disabling")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Disable a user; their sessions end")
    ResponseEntity<Accepted> disable(@PathVariable String userId, Actor admin) {
        accounts.disable(userId, admin);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Accepted(userId, null));
    }

    @PostMapping("/{userId}/password")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Set a new password for a user; their sessions end and a lock is lifted")
    ResponseEntity<Accepted> resetPassword(@PathVariable String userId, @Valid @RequestBody NewPassword body, Actor admin) {
        accounts.resetPassword(userId, body.password(), admin);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Accepted(userId, null));
    }
}
