package kg.mektep.birikme.command.axon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;

/**
 * Aggregates kept in memory between commands, so that a command does not read and replay its
 * aggregate's events (or its snapshot) each time.
 *
 * <p>Before an entry is used, its version is compared with the aggregate's last sequence number in
 * the event store, one indexed lookup: when another process appended events meanwhile (several
 * command-side processes share one store), the entry is dropped and the aggregate loads from the
 * store, so no decision is taken on stale state. A command that fails drops its aggregate's entry
 * (Axon's caching repository does), so state applied by a rolled-back command is never reused.
 * At most {@code capacity} aggregates are kept, the least recently used leaving first.
 */
public final class CheckedAggregateCache implements Cache {

    private final Map<Object, Object> entries;
    private final LastSequenceNumbers store;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    /** The store's last sequence number of an aggregate, empty when it has no events. */
    @FunctionalInterface
    public interface LastSequenceNumbers {
        Optional<Long> of(String aggregateIdentifier);
    }

    public CheckedAggregateCache(int capacity, LastSequenceNumbers store) {
        if (capacity < 1) {
            throw new IllegalArgumentException("The aggregate cache holds at least one aggregate, not " + capacity);
        }
        this.store = store;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                if (size() > capacity) {
                    listeners.forEach(listener -> listener.onEntryExpired(eldest.getKey()));
                    return true;
                }
                return false;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value;
        synchronized (entries) {
            value = entries.get(key);
        }
        if (value == null) {
            return null;
        }
        if (value instanceof AggregateCacheEntry<?> entry && !current(key, entry)) {
            remove(key);
            return null;
        }
        listeners.forEach(listener -> listener.onEntryRead(key, value));
        return (V) value;
    }

    /** Whether the cached aggregate has every event the store holds for it. */
    private boolean current(Object key, AggregateCacheEntry<?> entry) {
        Long cachedVersion;
        try {
            EventSourcedAggregate<?> aggregate = entry.recreateAggregate(null, null, null, null);
            cachedVersion = aggregate == null ? null : aggregate.version();
        } catch (RuntimeException notInMemory) {
            return false;
        }
        return cachedVersion != null && Objects.equals(store.of(key.toString()).orElse(null), cachedVersion);
    }

    @Override
    public void put(Object key, Object value) {
        Object previous;
        synchronized (entries) {
            previous = entries.put(key, value);
        }
        listeners.forEach(listener -> {
            if (previous == null) {
                listener.onEntryCreated(key, value);
            } else {
                listener.onEntryUpdated(key, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean absent;
        synchronized (entries) {
            absent = entries.putIfAbsent(key, value) == null;
        }
        if (absent) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        }
        return absent;
    }

    @Override
    public boolean remove(Object key) {
        boolean removed;
        synchronized (entries) {
            removed = entries.remove(key) != null;
        }
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        List<Object> keys;
        synchronized (entries) {
            keys = List.copyOf(entries.keySet());
            entries.clear();
        }
        keys.forEach(key -> listeners.forEach(listener -> listener.onEntryRemoved(key)));
    }

    @Override
    public boolean containsKey(Object key) {
        synchronized (entries) {
            return entries.containsKey(key);
        }
    }

    /** How many aggregates are kept now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
