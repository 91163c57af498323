package kg.mektep.birikme.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.common.RuleViolationException;
import kg.mektep.birikme.command.security.UserAccounts.NewUser;
import kg.mektep.birikme.command.support.CommandDatabase;
import kg.mektep.birikme.command.web.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The administrator's accounts, on a real database: what a new user must be, and names taken at once. */
class UserAccountsTest {

    private static final String PASSWORD = "Бишкек-2030-пароль";
    private static final Actor ADMIN = new Actor("u-admin", Set.of(Role.ADMIN), null, null);

    private final MovableClock clock = new MovableClock(Instant.parse("2030-10-01T08:00:00Z"));
    /** One database for the class, emptied before each test: quicker than a new one each time. */
    private static DataSource dataSource;
    private JdbcClient jdbc;
    private Sessions sessions;
    private UserAccounts accounts;

    @BeforeEach
    void accounts() {
        if (dataSource == null) {
            dataSource = CommandDatabase.migratedTo("latest");
        }
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("TRUNCATE app_session, app_user, registry_teacher, registry_school CASCADE").update();
        jdbc.sql("INSERT INTO registry_school (school_id, time_zone) VALUES ('s-1', 'Asia/Bishkek'), "
                + "('s-2', 'Asia/Bishkek')").update();
        jdbc.sql("INSERT INTO registry_teacher (teacher_id, school_id, subjects) VALUES ('t-1', 's-1', '{math}'), "
                + "('t-2', 's-2', '{math}')").update();
        sessions = new Sessions(jdbc, clock, Duration.ofHours(8));
        // The lowest bcrypt strength: the rules are the same, the tests quicker.
        accounts = new UserAccounts(jdbc, clock, sessions,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), 4);
    }

    @Test
    void aUserCreatedByTheAdministratorSignsInUnderAKyrgyzNameAndActsInTheirSchool() {
        String userId = accounts.create(new NewUser("Айгүл.Өмүрбекова", PASSWORD, Set.of(Role.TEACHER, Role.DEPUTY_TEACHING),
                "s-1", List.of(), "t-1"), ADMIN);

        Sessions.Opened session = accounts.signIn("Айгүл.Өмүрбекова", PASSWORD);

        assertThat(sessions.actorOf(session.token()))
                .contains(new Actor(userId, Set.of(Role.TEACHER, Role.DEPUTY_TEACHING), "s-1", "t-1"));
        assertThat(jdbc.sql("SELECT created_by FROM app_user WHERE username = 'Айгүл.Өмүрбекова'")
                .query(String.class).single()).isEqualTo("u-admin");
    }

    /**
     * A password is kept in Unicode NFC and compared in that form, so й sent as и and a breve signs in
     * either way; one stored before (its hash of the form sent) still signs in as sent.
     */
    @Test
    void aPasswordSignsInWhicheverWayItsLettersWereSent() {
        String composed = "Май-сырсөз-2030-ж";
        String decomposed = "Ма\u0438\u0306-сырсөз-2030-ж";
        accounts.create(new NewUser("maya", decomposed, Set.of(Role.TEACHER), "s-1", List.of(), "t-1"), ADMIN);

        assertThat(accounts.signIn("maya", composed).token()).isNotBlank();
        assertThat(accounts.signIn("maya", decomposed).token()).isNotBlank();

        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = 'maya'")
                .param(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode(decomposed)).update();
        assertThat(accounts.signIn("maya", decomposed).token()).as("stored as sent before").isNotBlank();
        assertThatThrownBy(() -> accounts.signIn("maya", "Мая-сырсөз-2030-ж")).isInstanceOf(RuleViolationException.class);
    }

    static Stream<Arguments> refusedUsers() {
        String longPassword = "ң".repeat(37);  // 74 bytes in UTF-8: more than bcrypt reads
        return Stream.of(
                Arguments.of(user(Set.of(), "s-1", List.of(), null, PASSWORD), Refusal.FIELD_REQUIRED),
                // Clause 5.1: the chair is elected by the association, not appointed by the administrator.
                Arguments.of(user(Set.of(Role.CHAIR, Role.TEACHER), "s-1", List.of(), "t-1", PASSWORD),
                        Refusal.CHAIR_IS_DERIVED),
                Arguments.of(user(Set.of(Role.DIRECTOR), null, List.of(), null, PASSWORD), Refusal.SCHOOL_REQUIRED),
                Arguments.of(user(Set.of(Role.DEPUTY_TEACHING), " ", List.of(), null, PASSWORD), Refusal.SCHOOL_REQUIRED),
                Arguments.of(user(Set.of(Role.DIRECTOR), "s-unknown", List.of(), null, PASSWORD), Refusal.SCHOOL_NOT_FOUND),
                Arguments.of(user(Set.of(Role.INSPECTOR), null, List.of("s-1", "s-unknown"), null, PASSWORD),
                        Refusal.SCHOOL_NOT_FOUND),
                Arguments.of(user(Set.of(Role.INSPECTOR), null, List.of(), null, PASSWORD),
                        Refusal.INSPECTED_SCHOOLS_REQUIRED),
                Arguments.of(user(Set.of(Role.TEACHER), "s-1", List.of(), null, PASSWORD),
                        Refusal.TEACHER_LINK_REQUIRED),
                Arguments.of(user(Set.of(Role.TEACHER), "s-1", List.of(), "t-unknown", PASSWORD),
                        Refusal.TEACHER_LINK_REQUIRED),
                Arguments.of(user(Set.of(Role.TEACHER), "s-1", List.of(), "t-2", PASSWORD),
                        Refusal.TEACHER_LINK_REQUIRED),
                Arguments.of(user(Set.of(Role.DIRECTOR), "s-1", List.of(), null, "ө".repeat(11)),
                        Refusal.PASSWORD_TOO_SHORT),
                Arguments.of(user(Set.of(Role.DIRECTOR), "s-1", List.of(), null, longPassword),
                        Refusal.PASSWORD_TOO_LONG));
    }

    @ParameterizedTest
    @MethodSource("refusedUsers")
    void aUserTheRulesDoNotAllowIsRefusedAndNothingIsStored(NewUser user, Refusal refusal) {
        assertThatThrownBy(() -> accounts.create(user, ADMIN))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.refusal()).isEqualTo(refusal));
        assertThat(users()).isZero();
    }

    @Test
    void onlyAnAdministratorCreatesUsers() {
        Actor director = new Actor("u-director", Set.of(Role.DIRECTOR), "s-1", null);

        assertThatThrownBy(() -> accounts.create(user(Set.of(Role.DEPUTY_TEACHING), "s-1", List.of(), null, PASSWORD), director))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.ROLE_NOT_ALLOWED));
        assertThat(users()).isZero();
    }

    @Test
    void aSchoollessAdministratorAndAnInspectorOfNamedSchoolsNeedNoSchoolOfTheirOwn() {
        accounts.create(new NewUser("admin-2", PASSWORD, Set.of(Role.ADMIN), null, List.of(), null), ADMIN);
        accounts.create(new NewUser("inspector", PASSWORD, Set.of(Role.INSPECTOR), null, List.of("s-1", "s-2"), null),
                ADMIN);

        assertThat(jdbc.sql("SELECT inspected_school_ids FROM app_user WHERE username = 'inspector'")
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
                .containsExactly("s-1", "s-2");
    }

    @Test
    void aNameIsGivenOnce() {
        accounts.create(user(Set.of(Role.DIRECTOR), "s-1", List.of(), null, PASSWORD), ADMIN);

        assertThatThrownBy(() -> accounts.create(user(Set.of(Role.DEPUTY_TEACHING), "s-2", List.of(), null, PASSWORD), ADMIN))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.USERNAME_TAKEN);
                    assertThat(e.arguments()).containsExactly("Бүбүсара");
                });
        assertThat(jdbc.sql("SELECT roles FROM app_user WHERE username = 'Бүбүсара'")
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
                .containsExactly("DIRECTOR");
    }

    @Test
    void aNameGivenByTwoAdministratorsAtOnceIsRefusedToTheSecond() throws Exception {
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            try (PreparedStatement insert = first.prepareStatement("""
                    INSERT INTO app_user (user_id, username, password_hash, roles, school_id, created_at)
                    VALUES ('u-first', 'Бүбүсара', 'x', '{DIRECTOR}', 's-1', now())""")) {
                insert.executeUpdate();
            }
            // The second creation checks the name while the first is not yet committed.
            CompletableFuture<String> second = CompletableFuture.supplyAsync(
                    () -> accounts.create(user(Set.of(Role.DEPUTY_TEACHING), "s-2", List.of(), null, PASSWORD), ADMIN));
            awaitWaitingOnALock(second);
            first.commit();

            assertRefusedOnceDone(second, Refusal.USERNAME_TAKEN);
        }
        assertThat(users()).isOne();
    }

    @Test
    void theFirstAdministratorIsCreatedOnceAlsoWhenTwoProcessesStartTogether() throws Exception {
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            try (PreparedStatement insert = first.prepareStatement("""
                    INSERT INTO app_user (user_id, username, password_hash, roles, created_at)
                    VALUES ('u-first', 'admin', 'x', '{ADMIN}', now())""")) {
                insert.executeUpdate();
            }
            CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> accounts.createFirstAdmin(PASSWORD));
            awaitWaitingOnALock(second);
            first.commit();

            assertThat(second.get(30, TimeUnit.SECONDS)).as("created by the second process").isFalse();
        }
        assertThat(jdbc.sql("SELECT user_id FROM app_user").query(String.class).list()).containsExactly("u-first");
        assertThat(accounts.createFirstAdmin(PASSWORD)).as("once users exist").isFalse();
    }

    @Test
    void theFirstStartCreatesAnAdministratorWhoSignsIn() {
        assertThat(accounts.createFirstAdmin(PASSWORD)).isTrue();

        Sessions.Opened session = accounts.signIn("admin", PASSWORD);

        assertThat(sessions.actorOf(session.token())).get().satisfies(actor -> {
            assertThat(actor.roles()).containsExactly(Role.ADMIN);
            assertThat(actor.schoolId()).isNull();
        });
        assertThat(session.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(8)));
    }

    @Test
    void passwordsAtTheirBoundsAreAccepted() {
        String shortest = "ө".repeat(UserAccounts.MINIMUM_PASSWORD_LENGTH);
        String longest = "ң".repeat(UserAccounts.MAXIMUM_PASSWORD_BYTES / 2);  // 72 bytes in UTF-8
        accounts.create(new NewUser("shortest", shortest, Set.of(Role.DIRECTOR), "s-1", List.of(), null), ADMIN);
        accounts.create(new NewUser("longest", longest, Set.of(Role.DIRECTOR), "s-2", List.of(), null), ADMIN);

        assertThat(sessions.actorOf(accounts.signIn("shortest", shortest).token())).isPresent();
        assertThat(sessions.actorOf(accounts.signIn("longest", longest).token())).isPresent();
    }

    @Test
    void everySignInOpensASessionOfItsOwn() {
        String director = accounts.create(new NewUser("director", PASSWORD, Set.of(Role.DIRECTOR), "s-1", List.of(),
                null), ADMIN);
        String deputy = accounts.create(new NewUser("deputy", PASSWORD, Set.of(Role.DEPUTY_TEACHING), "s-1", List.of(),
                null), ADMIN);

        Sessions.Opened first = accounts.signIn("director", PASSWORD);
        Sessions.Opened second = accounts.signIn("director", PASSWORD);
        Sessions.Opened deputys = accounts.signIn("deputy", PASSWORD);

        assertThat(List.of(first.token(), second.token(), deputys.token())).doesNotHaveDuplicates();
        assertThat(sessions.actorOf(first.token()).map(Actor::userId)).contains(director);
        assertThat(sessions.actorOf(second.token()).map(Actor::userId)).contains(director);
        assertThat(sessions.actorOf(deputys.token()).map(Actor::userId)).contains(deputy);
        assertThat(jdbc.sql("SELECT token_hash FROM app_session").query(String.class).list())
                .as("kept only as hashes").hasSize(3).doesNotContain(first.token(), second.token(), deputys.token())
                .allSatisfy(hash -> assertThat(hash).hasSize(64));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAQuarterOfAnHour() {
        accounts.create(new NewUser("director", PASSWORD, Set.of(Role.DIRECTOR), "s-1", List.of(), null), ADMIN);
        for (int attempt = 1; attempt < UserAccounts.FAILURES_BEFORE_LOCK; attempt++) {
            String wrong = "wrong password " + attempt;
            assertRefused(() -> accounts.signIn("director", wrong), Refusal.INVALID_CREDENTIALS);
        }
        assertThat(accounts.signIn("director", PASSWORD).token()).as("four failures lock nothing").isNotBlank();
        for (int attempt = 1; attempt <= UserAccounts.FAILURES_BEFORE_LOCK; attempt++) {
            String wrong = "wrong password " + attempt;
            assertRefused(() -> accounts.signIn("director", wrong), Refusal.INVALID_CREDENTIALS);
        }

        assertRefused(() -> accounts.signIn("director", PASSWORD), Refusal.ACCOUNT_LOCKED);
        // The lock's end as the user reads it: in the school's time zone (08:00 UTC and a quarter of an hour).
        assertThatThrownBy(() -> accounts.signIn("director", PASSWORD)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.arguments()).containsExactly("2030-10-01 14:15 (Asia/Bishkek)"));
        assertThat(UserAccounts.lockEnd(Instant.parse("2030-10-01T08:15:00Z"), null)).as("a user without a school")
                .isEqualTo("2030-10-01 08:15 (UTC)");
        clock.advance(UserAccounts.LOCK.minusSeconds(1));
        assertRefused(() -> accounts.signIn("director", PASSWORD), Refusal.ACCOUNT_LOCKED);
        clock.advance(Duration.ofSeconds(1));
        assertThat(accounts.signIn("director", PASSWORD).token()).isNotBlank();
    }

    @Test
    void failuresFurtherApartThanTheirWindowLockNothing() {
        accounts.create(new NewUser("director", PASSWORD, Set.of(Role.DIRECTOR), "s-1", List.of(), null), ADMIN);
        for (int attempt = 1; attempt <= UserAccounts.FAILURES_BEFORE_LOCK; attempt++) {
            assertRefused(() -> accounts.signIn("director", "wrong password"), Refusal.INVALID_CREDENTIALS);
            clock.advance(UserAccounts.FAILURE_WINDOW.dividedBy(2));
        }
        // The first failures have left the window: the count started again and stays under the limit.
        assertThat(accounts.signIn("director", PASSWORD).token()).isNotBlank();
    }

    @Test
    void anUnknownNameAndADisabledUserAreRefusedAlikeAndADisabledUsersSessionsClose() {
        String userId = accounts.create(new NewUser("director", PASSWORD, Set.of(Role.DIRECTOR), "s-1", List.of(), null),
                ADMIN);
        Sessions.Opened session = accounts.signIn("director", PASSWORD);

        accounts.disable(userId, ADMIN);

        assertThat(sessions.actorOf(session.token())).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM app_session WHERE user_id = ?").param(userId).query(Integer.class)
                .single()).as("sessions closed, not only refused").isZero();
        assertRefused(() -> accounts.signIn("director", PASSWORD), Refusal.INVALID_CREDENTIALS);
        assertRefused(() -> accounts.signIn("nobody", PASSWORD), Refusal.INVALID_CREDENTIALS);
        assertRefused(() -> accounts.signIn("nobody", "ң".repeat(40)), Refusal.INVALID_CREDENTIALS);
        assertRefused(() -> accounts.disable("u-unknown", ADMIN), Refusal.NOT_FOUND);
        Actor director = new Actor("u-director", Set.of(Role.DIRECTOR), "s-1", null);
        assertRefused(() -> accounts.disable(userId, director), Refusal.ROLE_NOT_ALLOWED);
    }

    @Test
    void theLastEnabledAdministratorIsNotDisabled() {
        String first = accounts.create(new NewUser("admin", PASSWORD, Set.of(Role.ADMIN), null, List.of(), null), ADMIN);
        String second = accounts.create(new NewUser("admin-2", PASSWORD, Set.of(Role.ADMIN), null, List.of(), null), ADMIN);
        Actor secondAdmin = sessions.actorOf(accounts.signIn("admin-2", PASSWORD).token()).orElseThrow();

        accounts.disable(first, secondAdmin);
        assertRefused(() -> accounts.disable(second, secondAdmin), Refusal.LAST_ADMINISTRATOR);

        assertThat(accounts.signIn("admin-2", PASSWORD).token()).as("still enabled").isNotBlank();
        assertRefused(() -> accounts.signIn("admin", PASSWORD), Refusal.INVALID_CREDENTIALS);
    }

    @Test
    void twoAdministratorsDisablingEachOtherAtOnceLeaveOne() throws Exception {
        String first = accounts.create(new NewUser("admin", PASSWORD, Set.of(Role.ADMIN), null, List.of(), null), ADMIN);
        String second = accounts.create(new NewUser("admin-2", PASSWORD, Set.of(Role.ADMIN), null, List.of(), null), ADMIN);
        try (Connection held = dataSource.getConnection()) {
            held.setAutoCommit(false);
            // The first disabling has locked the administrators' rows and not yet committed.
            try (PreparedStatement lock = held.prepareStatement(
                    "SELECT user_id FROM app_user WHERE 'ADMIN' = ANY (roles) ORDER BY user_id FOR UPDATE");
                 PreparedStatement disable = held.prepareStatement("UPDATE app_user SET enabled = false WHERE user_id = ?")) {
                lock.executeQuery().close();
                disable.setString(1, first);
                disable.executeUpdate();
            }
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> accounts.disable(second, ADMIN));
            awaitWaitingOnALock(other);
            held.commit();

            assertRefusedOnceDone(other, Refusal.LAST_ADMINISTRATOR);
        }
        assertThat(jdbc.sql("SELECT username FROM app_user WHERE enabled AND 'ADMIN' = ANY (roles)").query(String.class)
                .list()).containsExactly("admin-2");
    }

    @Test
    void aNewPasswordClosesTheSessionsOpenedWithTheOldOne() {
        String userId = accounts.create(new NewUser("director", PASSWORD, Set.of(Role.DIRECTOR), "s-1", List.of(), null),
                ADMIN);
        Actor director = sessions.actorOf(accounts.signIn("director", PASSWORD).token()).orElseThrow();
        Sessions.Opened before = accounts.signIn("director", PASSWORD);

        assertRefused(() -> accounts.changeOwnPassword(director, "not the password", "Жаңы-сырсөз-2030"),
                Refusal.INVALID_CREDENTIALS);
        assertRefused(() -> accounts.changeOwnPassword(director, PASSWORD, "short"), Refusal.PASSWORD_TOO_SHORT);
        assertThat(sessions.actorOf(before.token())).as("nothing changed yet").isPresent();
        accounts.changeOwnPassword(director, PASSWORD, "Жаңы-сырсөз-2030");

        assertThat(sessions.actorOf(before.token())).isEmpty();
        assertRefused(() -> accounts.signIn("director", PASSWORD), Refusal.INVALID_CREDENTIALS);
        assertThat(accounts.signIn("director", "Жаңы-сырсөз-2030").token()).isNotBlank();

        accounts.resetPassword(userId, "Администратор-берген-2030", ADMIN);
        assertRefused(() -> accounts.signIn("director", "Жаңы-сырсөз-2030"), Refusal.INVALID_CREDENTIALS);
        assertThat(accounts.signIn("director", "Администратор-берген-2030").token()).isNotBlank();
        assertRefused(() -> accounts.resetPassword(userId, "Директор-өзү-2030", director), Refusal.ROLE_NOT_ALLOWED);
        assertRefused(() -> accounts.resetPassword("u-unknown", "Администратор-берген-2030", ADMIN), Refusal.NOT_FOUND);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Refusal refusal) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static NewUser user(Set<Role> roles, String schoolId, List<String> inspected, String teacherId,
                                String password) {
        return new NewUser("Бүбүсара", password, roles, schoolId, inspected, teacherId);
    }

    /** The call running in the background ends refused as named. */
    private static void assertRefusedOnceDone(CompletableFuture<?> call, Refusal refusal) {
        assertThatThrownBy(() -> call.get(30, TimeUnit.SECONDS))
                .hasCauseInstanceOf(RuleViolationException.class)
                .cause().satisfies(e -> assertThat(((RuleViolationException) e).refusal()).isEqualTo(refusal));
    }

    private int users() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Integer.class).single();
    }

    /** Until a session of this database waits for a lock (the second insert, behind the first's row), or it ended. */
    private void awaitWaitingOnALock(CompletableFuture<?> second) throws InterruptedException {
        while (!second.isDone() && jdbc.sql("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'""").query(Integer.class).single() == 0) {
            Thread.sleep(10);
        }
    }
}
