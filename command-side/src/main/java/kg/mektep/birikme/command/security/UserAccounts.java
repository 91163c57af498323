package kg.mektep.birikme.command.security;

import static kg.mektep.birikme.command.rules.Rules.require;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.common.RuleViolationException;
import kg.mektep.birikme.api.common.StorableText;
import kg.mektep.birikme.command.web.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may sign in: users with bcrypt-hashed passwords, their roles and school, and the lock that
 * five failed sign-ins within five minutes put on a user for fifteen.
 */
@Component
public class UserAccounts {

    static final int MINIMUM_PASSWORD_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password is refused rather than cut. */
    static final int MAXIMUM_PASSWORD_BYTES = 72;
    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(5);
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Sessions sessions;
    private final TransactionTemplate transactions;
    private final BCryptPasswordEncoder passwords;
    /** Compared against when the user is unknown, so that a wrong name takes as long as a wrong password. */
    private final String decoy;

    UserAccounts(JdbcClient jdbc, Clock clock, Sessions sessions, TransactionTemplate transactions,
                 @Value("${birikme.security.bcrypt-strength:12}") int strength) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sessions = sessions;
        this.transactions = transactions;
        this.passwords = new BCryptPasswordEncoder(strength);
        this.decoy = passwords.encode(UUID.randomUUID().toString());
    }

    record NewUser(String username, String password, Set<Role> roles, String schoolId, List<String> inspectedSchoolIds,
                   String teacherId) {
    }

    private record Stored(String userId, String hash, boolean enabled, int failures, Instant firstFailure,
                          Instant lockedUntil, String timeZone) {
    }

    /** The end of a lock as the user reads it: in their school's time zone, or in UTC for one without a school. */
    static String lockEnd(Instant until, String timeZone) {
        ZoneId zone = ZoneId.of(timeZone == null ? "UTC" : timeZone);
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(until.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** Signs in, or refuses; a failure is counted even though the answer is a refusal. */
    Sessions.Opened signIn(String username, String password) {
        Object outcome = transactions.execute(status -> attempt(username, password));
        if (outcome instanceof RuleViolationException refusal) {
            throw refusal;
        }
        return (Sessions.Opened) outcome;
    }

    private Object attempt(String username, String password) {
        Instant now = clock.instant();
        // A name no user can have (a NUL in it) is answered as an unknown one, without asking the database.
        Stored user = !StorableText.storable(username) ? null : jdbc.sql("""
                SELECT u.user_id, u.password_hash, u.enabled, u.failed_logins, u.first_failed_at, u.locked_until,
                       s.time_zone
                FROM app_user u LEFT JOIN registry_school s ON s.school_id = u.school_id
                WHERE u.username = ? FOR UPDATE OF u""")
                .param(username)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), rs.getString(7)))
                .optional().orElse(null);
        if (user == null) {
            passwords.matches(fits(password) ? password : "", decoy);
            return new RuleViolationException(Refusal.INVALID_CREDENTIALS);
        }
        if (user.lockedUntil() != null && now.isBefore(user.lockedUntil())) {
            return new RuleViolationException(Refusal.ACCOUNT_LOCKED, lockEnd(user.lockedUntil(), user.timeZone()));
        }
        if (user.enabled() && fits(password) && passwordMatches(password, user.hash())) {
            jdbc.sql("UPDATE app_user SET failed_logins = 0, first_failed_at = NULL, locked_until = NULL WHERE user_id = ?")
                    .param(user.userId()).update();
            return sessions.open(user.userId());
        }
        recordFailure(user, username, now);
        return new RuleViolationException(Refusal.INVALID_CREDENTIALS);
    }

    /**
     * A password is kept and compared in Unicode NFC, so that й typed as и and a breve signs in as й
     * does; one stored before passwords were normalised was kept as sent, so that form is tried too.
     */
    private boolean passwordMatches(String password, String hash) {
        String nfc = StorableText.nfc(password);
        return passwords.matches(nfc, hash) || !nfc.equals(password) && passwords.matches(password, hash);
    }

    private void recordFailure(Stored user, String username, Instant now) {
        boolean windowOpen = user.firstFailure() != null && now.isBefore(user.firstFailure().plus(FAILURE_WINDOW));
        int failures = windowOpen ? user.failures() + 1 : 1;
        Instant first = windowOpen ? user.firstFailure() : now;
        if (failures >= FAILURES_BEFORE_LOCK) {
            Instant until = now.plus(LOCK);
            jdbc.sql("UPDATE app_user SET failed_logins = 0, first_failed_at = NULL, locked_until = ? WHERE user_id = ?")
                    .params(Timestamp.from(until), user.userId()).update();
            log.warn("User {} ({}) locked until {} after {} failed sign-ins", username, user.userId(), until, failures);
        } else {
            jdbc.sql("UPDATE app_user SET failed_logins = ?, first_failed_at = ? WHERE user_id = ?")
                    .params(failures, Timestamp.from(first), user.userId()).update();
        }
    }

    String create(NewUser user, Actor admin) {
        requireAdmin(admin);
        require(user.roles() != null && !user.roles().isEmpty(), Refusal.FIELD_REQUIRED, "roles");
        require(!user.roles().contains(Role.CHAIR), Refusal.CHAIR_IS_DERIVED);
        requirePassword(user.password());
        List<String> inspected = user.inspectedSchoolIds() == null ? List.of() : user.inspectedSchoolIds();
        boolean schoolless = user.roles().stream().allMatch(r -> r == Role.ADMIN || r == Role.INSPECTOR);
        require(schoolless || hasText(user.schoolId()), Refusal.SCHOOL_REQUIRED);
        require(!user.roles().contains(Role.INSPECTOR) || !inspected.isEmpty(), Refusal.INSPECTED_SCHOOLS_REQUIRED);
        // A user of a school, or an inspector of schools, that is not registered could do nothing but mislead.
        if (hasText(user.schoolId())) {
            requireSchool(user.schoolId());
        }
        inspected.forEach(this::requireSchool);
        if (user.roles().contains(Role.TEACHER)) {
            boolean onStaff = hasText(user.teacherId()) && jdbc.sql(
                    "SELECT count(*) FROM registry_teacher WHERE teacher_id = ? AND school_id = ?")
                    .params(user.teacherId(), user.schoolId()).query(Integer.class).single() > 0;
            require(onStaff, Refusal.TEACHER_LINK_REQUIRED, String.valueOf(user.teacherId()));
        }
        String userId = UUID.randomUUID().toString();
        // The name's uniqueness is the table's: two administrators giving the same name at once get one user.
        require(insert(userId, user, inspected, admin.userId()), Refusal.USERNAME_TAKEN, user.username());
        log.info("User {} ({}) created by {} with roles {}", user.username(), userId, admin.userId(), user.roles());
        return userId;
    }

    /**
     * Disables a user, and closes their sessions. The last enabled administrator is not disabled: no
     * one could manage the users any more, and the first start's password creates no second one.
     */
    void disable(String userId, Actor admin) {
        requireAdmin(admin);
        requireExists(userId);
        transactions.executeWithoutResult(status -> {
            // The enabled administrators' rows, locked in one order: two disabling each other at once
            // wait for one another, and the second sees the first's change.
            List<String> administrators = jdbc.sql("""
                    SELECT user_id FROM app_user WHERE enabled AND 'ADMIN' = ANY (roles) ORDER BY user_id FOR UPDATE""")
                    .query(String.class).list();
            require(!administrators.equals(List.of(userId)), Refusal.LAST_ADMINISTRATOR, userId);
            jdbc.sql("UPDATE app_user SET enabled = false WHERE user_id = ?").param(userId).update();
        });
        sessions.closeAllOf(userId);
        log.info("User {} disabled by {}", userId, admin.userId());
    }

    void resetPassword(String userId, String password, Actor admin) {
        requireAdmin(admin);
        requireExists(userId);
        setPassword(userId, password);
        log.info("Password of user {} reset by {}", userId, admin.userId());
    }

    void changeOwnPassword(Actor self, String current, String replacement) {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE user_id = ?").param(self.userId())
                .query(String.class).single();
        require(fits(current) && passwordMatches(current, hash), Refusal.INVALID_CREDENTIALS);
        setPassword(self.userId(), replacement);
    }

    /**
     * The first start: an administrator to create everyone else. Returns false when users exist,
     * also when another process starting on the same database created the administrator first.
     */
    boolean createFirstAdmin(String password) {
        if (jdbc.sql("SELECT count(*) FROM app_user").query(Integer.class).single() > 0) {
            return false;
        }
        return insert(UUID.randomUUID().toString(),
                new NewUser("admin", password, Set.of(Role.ADMIN), null, List.of(), null), List.of(), null);
    }

    /** Stores the user; false, storing nothing, when a user of that name exists. */
    private boolean insert(String userId, NewUser user, List<String> inspected, String createdBy) {
        return jdbc.sql("""
                INSERT INTO app_user (user_id, username, password_hash, roles, school_id, inspected_school_ids,
                                      teacher_id, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (username) DO NOTHING""")
                .params(userId, user.username(), passwords.encode(StorableText.nfc(user.password())),
                        user.roles().stream().map(Role::name).sorted().toArray(String[]::new), user.schoolId(),
                        inspected.toArray(String[]::new), user.teacherId(), Timestamp.from(clock.instant()), createdBy)
                .update() == 1;
    }

    private void setPassword(String userId, String password) {
        requirePassword(password);
        jdbc.sql("UPDATE app_user SET password_hash = ?, locked_until = NULL, failed_logins = 0 WHERE user_id = ?")
                .params(passwords.encode(StorableText.nfc(password)), userId).update();
        sessions.closeAllOf(userId);
    }

    private void requireSchool(String schoolId) {
        require(jdbc.sql("SELECT count(*) FROM registry_school WHERE school_id = ?").param(schoolId).query(Integer.class)
                .single() > 0, Refusal.SCHOOL_NOT_FOUND, schoolId);
    }

    private void requireExists(String userId) {
        require(jdbc.sql("SELECT count(*) FROM app_user WHERE user_id = ?").param(userId).query(Integer.class).single() > 0,
                Refusal.NOT_FOUND, userId);
    }

    private static void requireAdmin(Actor actor) {
        require(actor.roles().contains(Role.ADMIN), Refusal.ROLE_NOT_ALLOWED, actor.rolesText(), Role.ADMIN.name());
    }

    private static void requirePassword(String password) {
        require(password != null && password.length() >= MINIMUM_PASSWORD_LENGTH, Refusal.PASSWORD_TOO_SHORT,
                MINIMUM_PASSWORD_LENGTH);
        require(fits(password), Refusal.PASSWORD_TOO_LONG, MAXIMUM_PASSWORD_BYTES);
    }

    private static boolean fits(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAXIMUM_PASSWORD_BYTES;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
