package kg.mektep.birikme.api.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

class UnitOfWorkTimeLimitTest {

    private static Object run(UnitOfWorkTimeLimit limit, MessageHandler<Message<?>> handler) throws Exception {
        UnitOfWork<Message<?>> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>("command"));
        var result = unitOfWork.executeWithResult(
                () -> new DefaultInterceptorChain<>(unitOfWork, List.of(limit), handler).proceed());
        if (result.isExceptional()) {
            throw (Exception) result.exceptionResult();
        }
        return result.getPayload();
    }

    @Test
    void aUnitOfWorkPastItsLimitIsInterruptedAndRolledBack() {
        UnitOfWorkTimeLimit limit = new UnitOfWorkTimeLimit("test", Duration.ofMillis(50), Duration.ofMillis(20));
        assertThatThrownBy(() -> run(limit, message -> {
            Thread.sleep(Duration.ofMinutes(5).toMillis());
            return "never";
        })).isInstanceOf(InterruptedException.class);
        // The interruption ends with its unit of work: the thread goes on uninterrupted.
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aUnitOfWorkWithinItsLimitRunsAsIfUnwatchedAndLeavesNothingScheduled() throws Exception {
        UnitOfWorkTimeLimit limit = UnitOfWorkTimeLimit.of("test");
        assertThat(run(limit, message -> {
            assertThat(UnitOfWorkTimeLimit.pendingChecks()).isEqualTo(1);
            return "done";
        })).isEqualTo("done");
        assertThat(UnitOfWorkTimeLimit.pendingChecks()).isZero();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void nestedUnitsOfWorkShareTheirRootsWatch() throws Exception {
        UnitOfWorkTimeLimit limit = UnitOfWorkTimeLimit.of("test");
        AtomicInteger pendingInside = new AtomicInteger(-1);
        run(limit, outer -> run(limit, inner -> {
            pendingInside.set(UnitOfWorkTimeLimit.pendingChecks());
            return "inner";
        }));
        assertThat(pendingInside).hasValue(1);
        assertThat(UnitOfWorkTimeLimit.pendingChecks()).isZero();
    }

    @Test
    void aLimitIsPositive() {
        assertThatThrownBy(() -> new UnitOfWorkTimeLimit("test", Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
