package kg.mektep.birikme.query.admin;

import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.query.security.NotAllowedException;
import kg.mektep.birikme.query.security.Reader;
import kg.mektep.birikme.query.web.Reads;

/** The operations on projections and dead letters are the administrator's alone. */
public final class AdminReader {

    private AdminReader() {
    }

    /** The signed-in administrator, or a 403 problem for anyone else. */
    public static Reader require() {
        Reader reader = Reads.reader();
        if (!reader.roles().contains(Role.ADMIN)) {
            throw new NotAllowedException(reader.roles(), Role.ADMIN);
        }
        return reader;
    }
}
