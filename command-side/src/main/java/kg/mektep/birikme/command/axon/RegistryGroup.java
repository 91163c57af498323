package kg.mektep.birikme.command.axon;

/** The processing group of the command side's lookup tables, kept in the command's transaction. */
public final class RegistryGroup {
    public static final String NAME = "command-registry";

    private RegistryGroup() {
    }
}
