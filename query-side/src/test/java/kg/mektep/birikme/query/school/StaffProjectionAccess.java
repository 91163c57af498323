package kg.mektep.birikme.query.school;

import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Lets projection tests of other packages feed the staff projection, which is package-private. */
public final class StaffProjectionAccess {

    private final StaffProjection projection;

    public StaffProjectionAccess(JdbcClient jdbc) {
        this.projection = new StaffProjection(jdbc);
    }

    public void on(SchoolRegisteredEvent event) {
        projection.on(event);
    }

    public void on(TeacherRegisteredEvent event) {
        projection.on(event);
    }

    /** The projection itself, for tests that feed it through its event handlers. */
    public static Object projection(JdbcClient jdbc) {
        return new StaffProjection(jdbc);
    }
}
