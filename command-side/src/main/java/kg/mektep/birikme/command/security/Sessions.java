package kg.mektep.birikme.command.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.common.Sha256;
import kg.mektep.birikme.command.web.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sessions of signed-in users: a random token handed out once, kept only as its SHA-256, valid
 * until it expires, the user signs out, is disabled or gets a new password.
 */
@Component
public class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;

    Sessions(JdbcClient jdbc, Clock clock, @Value("${birikme.security.session-lifetime:8h}") Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    record Opened(String token, Instant expiresAt) {
    }

    Opened open(String userId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        jdbc.sql("INSERT INTO app_session (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(hash(token), userId, Timestamp.from(now), Timestamp.from(expires)).update();
        return new Opened(token, expires);
    }

    /** The actor a bearer token stands for, while the session is open and the user enabled. */
    public Optional<Actor> actorOf(String token) {
        return jdbc.sql("""
                SELECT u.user_id, u.roles, u.school_id, u.teacher_id
                FROM app_session s JOIN app_user u ON u.user_id = s.user_id
                WHERE s.token_hash = ? AND s.expires_at > ? AND u.enabled""")
                .params(hash(token), Timestamp.from(clock.instant()))
                .query((rs, n) -> new Actor(rs.getString(1), roles((String[]) rs.getArray(2).getArray()),
                        rs.getString(3), rs.getString(4)))
                .optional();
    }

    void close(String token) {
        jdbc.sql("DELETE FROM app_session WHERE token_hash = ?").param(hash(token)).update();
    }

    void closeAllOf(String userId) {
        jdbc.sql("DELETE FROM app_session WHERE user_id = ?").param(userId).update();
    }

    private static Set<Role> roles(String[] names) {
        return Arrays.stream(names).map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
