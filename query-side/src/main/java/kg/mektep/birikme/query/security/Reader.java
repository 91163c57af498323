package kg.mektep.birikme.query.security;

import java.util.Set;
import kg.mektep.birikme.api.common.Role;

/** The signed-in user who reads: staff see their own school, inspectors the schools assigned to them. */
public record Reader(String userId, Set<Role> roles, String schoolId, Set<String> inspectedSchoolIds) {

    public boolean maySee(String school) {
        return school.equals(schoolId) || (roles.contains(Role.INSPECTOR) && inspectedSchoolIds.contains(school));
    }

    /** The administrator manages users and so sees which schools exist, but not what is inside them. */
    public boolean seesEverySchoolName() {
        return roles.contains(Role.ADMIN);
    }
}
