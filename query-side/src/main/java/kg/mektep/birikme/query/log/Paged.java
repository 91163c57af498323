package kg.mektep.birikme.query.log;

import java.util.List;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/** Rows in position order, fetched a page at a time so that a long log is never held in memory whole: the
 * events, the chain's links, the event log's rows. */
public final class Paged<T> {

    private final LongFunction<List<T>> pageAfter;
    private final ToLongFunction<T> positionOf;
    private List<T> page = List.of();
    private int index;
    /** From the lowest position there can be: a row put below the first the store hands out is read too. */
    private long after = Long.MIN_VALUE;
    private boolean done;

    public Paged(LongFunction<List<T>> pageAfter, ToLongFunction<T> positionOf) {
        this.pageAfter = pageAfter;
        this.positionOf = positionOf;
    }

    /** The next row, or null after the last. */
    public T peek() {
        if (index == page.size() && !done) {
            page = pageAfter.apply(after);
            index = 0;
            done = page.isEmpty();
        }
        return index < page.size() ? page.get(index) : null;
    }

    public void advance() {
        after = positionOf.applyAsLong(page.get(index));
        index++;
    }
}
