package kg.mektep.birikme.command.axon;

/** The processing group of the command side's registry of schools and staff. */
public final class SchoolRegistryGroup {
    public static final String NAME = "school-registry";

    private SchoolRegistryGroup() {
    }
}
