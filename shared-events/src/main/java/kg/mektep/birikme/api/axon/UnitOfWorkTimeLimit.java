package kg.mektep.birikme.api.axon;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The time limit of a whole unit of work: a command with everything it does, a batch of a
 * projection. Past {@code warning} the thread's stack is logged, and again every {@code warning}
 * after; past {@code limit} the thread is interrupted, and the unit of work fails and rolls back at
 * its next wait that heeds interruption.
 *
 * <p>It does what Axon's own limit does (60 s, warnings from 10 s), without its cost: Axon's takes a
 * stack trace of the handling thread at the start of every unit of work, only to name its caller,
 * a tenth of a command's CPU on this service. This one looks at the thread only when it warns.
 * Nested units of work (a subscribing processor within a command) share their root's limit.
 */
public final class UnitOfWorkTimeLimit implements MessageHandlerInterceptor<Message<?>> {

    private static final Logger log = LoggerFactory.getLogger(UnitOfWorkTimeLimit.class);
    private static final String RESOURCE = UnitOfWorkTimeLimit.class.getName();
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int INTERRUPTING = 2;
    private static final int INTERRUPTED = 3;

    private final String component;
    private final long limitMs;
    private final long warningMs;

    /** Axon's defaults: 60 s, warnings from 10 s. */
    public static UnitOfWorkTimeLimit of(String component) {
        return new UnitOfWorkTimeLimit(component, Duration.ofSeconds(60), Duration.ofSeconds(10));
    }

    public UnitOfWorkTimeLimit(String component, Duration limit, Duration warning) {
        if (limit.isNegative() || limit.isZero() || warning.isNegative() || warning.isZero()) {
            throw new IllegalArgumentException("a time limit and its warning interval are positive");
        }
        this.component = component;
        this.limitMs = limit.toMillis();
        this.warningMs = warning.toMillis();
    }

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        UnitOfWork<?> root = unitOfWork.root();
        if (root.resources().containsKey(RESOURCE)) {
            return chain.proceed();
        }
        Watch watch = new Watch(Thread.currentThread(), unitOfWork.getMessage().getPayloadType());
        root.resources().put(RESOURCE, watch);
        root.onCleanup(u -> watch.end());
        watch.start();
        return chain.proceed();
    }

    /** One unit of work watched: its thread, when it began, and the next check. */
    private final class Watch implements Runnable {
        private final Thread thread;
        private final Class<?> what;
        private final long startNanos = System.nanoTime();
        private final AtomicInteger state = new AtomicInteger(RUNNING);
        private volatile ScheduledFuture<?> next;

        Watch(Thread thread, Class<?> what) {
            this.thread = thread;
            this.what = what;
        }

        void start() {
            schedule(Math.min(warningMs, limitMs));
        }

        private void schedule(long delayMs) {
            next = TIMER.schedule(this, delayMs, TimeUnit.MILLISECONDS);
            if (state.get() != RUNNING) {
                next.cancel(false);
            }
        }

        @Override
        public void run() {
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
            if (elapsedMs >= limitMs) {
                if (state.compareAndSet(RUNNING, INTERRUPTING)) {
                    log.warn("{} handling {} has run {} ms, over its limit of {} ms: interrupting {}",
                            component, what.getSimpleName(), elapsedMs, limitMs, thread.getName());
                    thread.interrupt();
                    state.set(INTERRUPTED);
                }
                return;
            }
            if (state.get() != RUNNING) {
                return;
            }
            log.warn("{} handling {} has run {} ms of its {} ms; {} is at:\n{}", component, what.getSimpleName(), elapsedMs,
                    limitMs, thread.getName(), Arrays.stream(thread.getStackTrace())
                            .map(frame -> "\tat " + frame).collect(Collectors.joining("\n")));
            schedule(Math.min(warningMs, limitMs - elapsedMs));
        }

        /** On the unit of work's own thread, when it is over: no interruption reaches it afterwards. */
        void end() {
            if (state.compareAndSet(RUNNING, DONE)) {
                ScheduledFuture<?> pending = next;
                if (pending != null) {
                    pending.cancel(false);
                }
                return;
            }
            while (state.get() == INTERRUPTING) {
                Thread.onSpinWait();
            }
            // The interruption was for this unit of work only; the thread goes on to other work.
            Thread.interrupted();
        }
    }

    /** Checks scheduled and not yet run, of every unit of work watched (for tests). */
    static int pendingChecks() {
        return TIMER.getQueue().size();
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "unit-of-work-time-limit");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
