package kg.mektep.birikme.query.log;

import java.util.List;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * Rows in position order, fetched a page at a time so that a long log is never held in memory
 * whole: the events, the chain's links, the event log's rows. Each page is asked for from a
 * position on, that position included, starting from the lowest a BIGINT can hold: a row put at
 * any position, however low, is read too.
 */
public final class Paged<T> {

    private final LongFunction<List<T>> pageFrom;
    private final ToLongFunction<T> positionOf;
    private List<T> page = List.of();
    private int index;
    private long from = Long.MIN_VALUE;
    /** The highest position there can be was read: nothing can follow it. */
    private boolean atTheTop;
    private boolean done;

    /** {@code pageFrom} answers the rows at the given position and after it, in position order, a page of them. */
    public Paged(LongFunction<List<T>> pageFrom, ToLongFunction<T> positionOf) {
        this.pageFrom = pageFrom;
        this.positionOf = positionOf;
    }

    /** The next row, or null after the last. */
    public T peek() {
        if (index == page.size() && !done) {
            page = atTheTop ? List.of() : pageFrom.apply(from);
            index = 0;
            done = page.isEmpty();
        }
        return index < page.size() ? page.get(index) : null;
    }

    public void advance() {
        long position = positionOf.applyAsLong(page.get(index));
        atTheTop = position == Long.MAX_VALUE;
        from = atTheTop ? position : position + 1;
        index++;
    }
}
