package kg.mektep.birikme.standalone.benchmark;

import java.util.Map;
import java.util.TreeMap;

/** What one worker measured in one phase; merged with the others' after the phase. */
final class Recorder {

    final Samples all = new Samples();
    final Map<String, Samples> byKind = new TreeMap<>();
    final Map<String, Integer> errors = new TreeMap<>();
    final Samples lag = new Samples();
    int succeeded;
    int lagTimeouts;
    /** Reads with {@code ?after=} whose answer did not show the change (a broken promise: should stay 0). */
    int afterAnswersWithoutTheChange;
    /** How long after it was due the current command was sent (paced load only); counted into its latency. */
    long lateness;

    void answered(String kind, long nanos, boolean success, String errorKind) {
        all.add(lateness + nanos);
        byKind.computeIfAbsent(kind, k -> new Samples()).add(lateness + nanos);
        if (success) {
            succeeded++;
        } else {
            errors.merge(errorKind, 1, Integer::sum);
        }
    }

    void merge(Recorder other) {
        all.addAll(other.all);
        other.byKind.forEach((kind, samples) -> byKind.computeIfAbsent(kind, k -> new Samples()).addAll(samples));
        other.errors.forEach((kind, count) -> errors.merge(kind, count, Integer::sum));
        lag.addAll(other.lag);
        succeeded += other.succeeded;
        lagTimeouts += other.lagTimeouts;
        afterAnswersWithoutTheChange += other.afterAnswersWithoutTheChange;
    }

    int failed() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }
}
