package kg.mektep.birikme.query.archive;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The archive projection, package-private, for tests of other packages to feed through its event handlers. */
public final class ArchiveProjectionAccess {

    private ArchiveProjectionAccess() {
    }

    public static Object projection(JdbcClient jdbc) {
        return new ArchiveProjection(jdbc);
    }
}
