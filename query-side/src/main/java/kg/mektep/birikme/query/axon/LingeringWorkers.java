package kg.mektep.birikme.query.axon;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.AxonThreadFactory;

/**
 * The workers of a projection's processor. A work package submits itself once when the coordinator
 * queues an event for it and not again until it has run. Submitted by the coordinator, that is after
 * the package was idle, its batch starts {@code linger} later instead of at once, so that the events
 * of the next moments join it and share its transaction, token update and commit. Submitted again by
 * the package itself, from one of these threads, because events were left after a batch, it runs at
 * once: under load the batches fill by themselves and nothing is delayed.
 */
final class LingeringWorkers extends ScheduledThreadPoolExecutor {

    private final WorkerThreads threads;
    private final long lingerNanos;

    private LingeringWorkers(WorkerThreads threads, int count, Duration linger) {
        super(count, threads);
        this.threads = threads;
        this.lingerNanos = linger.toNanos();
    }

    static LingeringWorkers of(String processorName, int count, Duration linger) {
        return new LingeringWorkers(new WorkerThreads("WorkPackage[" + processorName + "]"), count, checked(linger));
    }

    private static Duration checked(Duration linger) {
        if (linger.isNegative()) {
            throw new IllegalArgumentException("birikme.projections.linger cannot be negative: " + linger);
        }
        return linger;
    }

    @Override
    public Future<?> submit(Runnable task) {
        return threads.created.contains(Thread.currentThread())
                ? super.submit(task) : schedule(task, lingerNanos, TimeUnit.NANOSECONDS);
    }

    private static final class WorkerThreads implements ThreadFactory {
        private final ThreadFactory named;
        private final Set<Thread> created = ConcurrentHashMap.newKeySet();

        WorkerThreads(String name) {
            this.named = new AxonThreadFactory(name);
        }

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = named.newThread(() -> {
                try {
                    work.run();
                } finally {
                    created.remove(Thread.currentThread());
                }
            });
            created.add(thread);
            return thread;
        }
    }
}
