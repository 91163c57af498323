package kg.mektep.birikme.query.log;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.query.security.Reader;
import kg.mektep.birikme.query.web.NotFoundException;

/**
 * Whose log a reader may search: the director and the deputies that of their own school, an
 * inspector that of the schools assigned to the inspector. Teachers and the administrator do not
 * read the log (the administrator sees which schools exist, not what happens in them).
 */
public final class LogScope {

    static final Set<Role> READERS = EnumSet.of(Role.DIRECTOR, Role.DEPUTY_TEACHING, Role.DEPUTY_METHODOLOGY,
            Role.INSPECTOR);
    private static final Set<Role> STAFF_READERS = EnumSet.of(Role.DIRECTOR, Role.DEPUTY_TEACHING,
            Role.DEPUTY_METHODOLOGY);

    private LogScope() {
    }

    /**
     * The schools a read covers: those asked for, or without any, all the reader may see. A school
     * outside the reader's scope answers as an unknown one.
     */
    public static List<String> schools(Reader reader, List<String> asked) {
        Set<String> visible = new TreeSet<>();
        if (reader.schoolId() != null && reader.roles().stream().anyMatch(STAFF_READERS::contains)) {
            visible.add(reader.schoolId());
        }
        if (reader.roles().contains(Role.INSPECTOR)) {
            visible.addAll(reader.inspectedSchoolIds());
        }
        if (visible.isEmpty()) {
            throw new LogNotAllowedException(reader.roles());
        }
        if (asked == null || asked.isEmpty()) {
            return List.copyOf(visible);
        }
        Set<String> schools = new TreeSet<>();
        for (String school : asked) {
            if (!visible.contains(school)) {
                throw new NotFoundException(school);
            }
            schools.add(school);
        }
        return List.copyOf(schools);
    }
}
