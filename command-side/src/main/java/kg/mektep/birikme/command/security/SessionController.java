package kg.mektep.birikme.command.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.RuleViolationException;
import kg.mektep.birikme.api.common.StorableText;
import kg.mektep.birikme.command.web.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/session")
@Tag(name = "Sign-in")
class SessionController {

    private final UserAccounts accounts;
    private final Sessions sessions;

    SessionController(UserAccounts accounts, Sessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    record Opened(String token, Instant expiresAt) {
    }

    record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @SignIn
    @Operation(summary = "Sign in with HTTP Basic (user name and password); answers a bearer token for every other call")
    ResponseEntity<Opened> signIn(HttpServletRequest request) {
        String[] credentials = basic(request);
        Sessions.Opened opened = accounts.signIn(credentials[0], credentials[1]);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Opened(opened.token(), opened.expiresAt()));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out: the token stops working")
    ResponseEntity<Void> signOut(HttpServletRequest request, Actor actor) {
        Authentication.bearer(request).ifPresent(sessions::close);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change one's own password; every session of the user ends")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange change, Actor actor) {
        accounts.changeOwnPassword(actor, change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }

    private static String[] basic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new RuleViolationException(Refusal.NOT_AUTHENTICATED);
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new RuleViolationException(Refusal.INVALID_CREDENTIALS);
            }
            // The name in normalization form C, as a name given in JSON is kept; the password is compared in
            // that form and as sent (UserAccounts).
            return new String[] {StorableText.nfc(decoded.substring(0, colon)), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(Refusal.INVALID_CREDENTIALS);
        }
    }
}
