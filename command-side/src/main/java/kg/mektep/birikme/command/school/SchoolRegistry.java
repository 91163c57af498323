package kg.mektep.birikme.command.school;

import java.util.Optional;

/**
 * What the command side knows of schools and their staff when a rule needs it, for example that
 * the members of an association are teachers of its school (R1). Kept up to date in the same
 * transaction as the events that change it.
 */
public interface SchoolRegistry {

    boolean schoolExists(String schoolId);

    Optional<StaffMember> teacher(String teacherId);
}
