package kg.mektep.birikme.query.timeline;

import java.util.List;

/**
 * One kind of record that can fall overdue, read from the read model that keeps it. The timelines
 * ask every source there is (each a Spring bean) and put their items first.
 *
 * <p>A new kind of overdue record is one more source: its kind in {@code OverdueKind} and its text in
 * the query bundles; nothing else changes (the archive's documents due came this way).
 */
public interface OverdueSource {

    /** The items of the school's year that were due before the scope's today and are not done. */
    List<Overdue> overdue(OverdueScope scope);
}
