package kg.mektep.birikme.query.users;

import java.time.Instant;
import java.util.List;

/**
 * A user as the administrator sees them: name, roles, school (an inspector's schools), the staff
 * record they act as, whether they may sign in, until when failed sign-ins lock them (null when
 * not locked now), and who created them when. Never the password or its hash.
 */
public record UserEntry(String userId, String username, List<String> roles, String schoolId,
                        List<String> inspectedSchoolIds, String teacherId, boolean enabled, Instant lockedUntil,
                        Instant createdAt, String createdBy) {
}
