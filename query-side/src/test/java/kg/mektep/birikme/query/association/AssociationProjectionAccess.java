package kg.mektep.birikme.query.association;

import kg.mektep.birikme.api.association.AssociationCreatedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Lets projection tests of other packages put an association in place; the projection is package-private. */
public final class AssociationProjectionAccess {

    private final AssociationProjection projection;

    public AssociationProjectionAccess(JdbcClient jdbc) {
        this.projection = new AssociationProjection(jdbc);
    }

    public void on(AssociationCreatedEvent event) {
        projection.on(event);
    }

    /** The projection itself, for tests that feed it through its event handlers. */
    public static Object projection(JdbcClient jdbc) {
        return new AssociationProjection(jdbc);
    }
}
