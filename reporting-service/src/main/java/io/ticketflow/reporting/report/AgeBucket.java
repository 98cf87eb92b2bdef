package io.ticketflow.reporting.report;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How long an open ticket has been open, in the buckets a backlog chart shows. The same bounds decide in Java
 * ({@link #of}) and in SQL ({@link #caseExpression}), so the two cannot disagree; each bucket includes its lower
 * bound and excludes its upper one.
 */
public enum AgeBucket {

    UNDER_1H("<1h", Duration.ofHours(1)),
    FROM_1H_TO_4H("1-4h", Duration.ofHours(4)),
    FROM_4H_TO_24H("4-24h", Duration.ofHours(24)),
    FROM_1D_TO_3D("1-3d", Duration.ofDays(3)),
    FROM_3D_TO_7D("3-7d", Duration.ofDays(7)),
    OVER_7D(">7d", null);

    private final String label;
    private final Duration below;

    AgeBucket(String label, Duration below) {
        this.label = label;
        this.below = below;
    }

    public String label() {
        return label;
    }

    /** A negative age (a ticket opened after the instant asked about, by its own clock) counts as the youngest. */
    public static AgeBucket of(Duration age) {
        return Arrays.stream(values()).filter(bucket -> bucket.below == null || age.compareTo(bucket.below) < 0)
                .findFirst().orElseThrow();
    }

    /** A SQL expression giving the bucket's ordinal for an interval-valued {@code age}. */
    static String caseExpression(String age) {
        return Arrays.stream(values()).filter(bucket -> bucket.below != null)
                .map(bucket -> "when " + age + " < interval '" + bucket.below.toSeconds() + " seconds' then "
                        + bucket.ordinal())
                .collect(Collectors.joining(" ", "case ", " else " + OVER_7D.ordinal() + " end"));
    }
}
