package kg.mektep.birikme.standalone.benchmark;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Durations in nanoseconds, summarised as percentiles in milliseconds by sorting (no histogram). */
final class Samples {

    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    void addAll(Samples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int size() {
        return size;
    }

    /** count, p50, p95, p99, max (milliseconds, three decimals); empty when nothing was measured. */
    Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", size);
        if (size == 0) {
            return summary;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        summary.put("p50Ms", millis(percentile(sorted, 50)));
        summary.put("p95Ms", millis(percentile(sorted, 95)));
        summary.put("p99Ms", millis(percentile(sorted, 99)));
        summary.put("maxMs", millis(sorted[size - 1]));
        return summary;
    }

    /** Nearest-rank percentile. */
    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    static double millis(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
