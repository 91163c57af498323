package kg.mektep.birikme.query.timeline;

import java.util.List;

/**
 * One kind of record that can fall overdue, read from the read model that keeps it. The timelines
 * ask every source there is (each a Spring bean) and put their items first.
 *
 * <p>This is where the archive's documents due (R12, clause 5.9: records kept at school for three
 * years, then handed to the archive) join the timelines: the archive has no read model yet, so no
 * source reports them; once it has one, a source reading it adds its kind to {@code OverdueKind}
 * and its text to the query bundles, and nothing else changes.
 */
public interface OverdueSource {

    /** The items of the school's year that were due before the scope's today and are not done. */
    List<Overdue> overdue(OverdueScope scope);
}
