package kg.mektep.birikme.query.users;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import kg.mektep.birikme.query.admin.AdminReader;
import kg.mektep.birikme.query.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The users, for the administrator who manages them. They are read from the command side's own
 * table, which each command that changes a user writes before it answers: there is no projection
 * to wait for.
 */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users (administrator)")
class UserQueryController {

    private static final String COLUMNS = """
            SELECT user_id, username, roles, school_id, inspected_school_ids, teacher_id, enabled, locked_until,
                   created_at, created_by
            FROM app_user""";

    private final JdbcClient jdbc;
    private final Clock clock;

    UserQueryController(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Every user by name, or those of one school (`schoolId`): roles, school, enabled, locked until")
    List<UserEntry> users(@RequestParam(required = false) String schoolId) {
        AdminReader.require(); // users are the administrator's to manage, and no one else's to list
        Instant now = clock.instant();
        if (schoolId == null) {
            return jdbc.sql(COLUMNS + " ORDER BY username, user_id").query((rs, n) -> entry(rs, now)).list();
        }
        return jdbc.sql(COLUMNS + " WHERE school_id = ? ORDER BY username, user_id").param(schoolId)
                .query((rs, n) -> entry(rs, now)).list();
    }

    @GetMapping("/{userId}")
    @Operation(summary = "One user")
    UserEntry user(@PathVariable String userId) {
        AdminReader.require(); // users are the administrator's to manage, and no one else's to list
        Instant now = clock.instant();
        return jdbc.sql(COLUMNS + " WHERE user_id = ?").param(userId).query((rs, n) -> entry(rs, now)).optional()
                .orElseThrow(() -> new NotFoundException(userId));
    }

    private static UserEntry entry(ResultSet rs, Instant now) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new UserEntry(rs.getString("user_id"), rs.getString("username"), strings(rs.getArray("roles")),
                rs.getString("school_id"), strings(rs.getArray("inspected_school_ids")), rs.getString("teacher_id"),
                rs.getBoolean("enabled"), locked == null || !locked.toInstant().isAfter(now) ? null : locked.toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((String[]) array.getArray()).sorted().toList();
    }
}
