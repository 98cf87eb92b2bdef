package io.ticketflow.reporting.report;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AgeBucketTest {

    @Test
    void each_bucket_includes_its_lower_bound_and_excludes_its_upper_one() {
        assertThat(AgeBucket.of(Duration.ZERO)).isEqualTo(AgeBucket.UNDER_1H);
        assertThat(AgeBucket.of(Duration.ofMinutes(59))).isEqualTo(AgeBucket.UNDER_1H);
        assertThat(AgeBucket.of(Duration.ofHours(1))).isEqualTo(AgeBucket.FROM_1H_TO_4H);
        assertThat(AgeBucket.of(Duration.ofHours(4).minusSeconds(1))).isEqualTo(AgeBucket.FROM_1H_TO_4H);
        assertThat(AgeBucket.of(Duration.ofHours(4))).isEqualTo(AgeBucket.FROM_4H_TO_24H);
        assertThat(AgeBucket.of(Duration.ofHours(24))).isEqualTo(AgeBucket.FROM_1D_TO_3D);
        assertThat(AgeBucket.of(Duration.ofDays(3))).isEqualTo(AgeBucket.FROM_3D_TO_7D);
        assertThat(AgeBucket.of(Duration.ofDays(7).minusSeconds(1))).isEqualTo(AgeBucket.FROM_3D_TO_7D);
        assertThat(AgeBucket.of(Duration.ofDays(7))).isEqualTo(AgeBucket.OVER_7D);
        assertThat(AgeBucket.of(Duration.ofDays(400))).isEqualTo(AgeBucket.OVER_7D);
    }

    @Test
    void a_ticket_opened_after_the_instant_asked_about_counts_as_the_youngest() {
        assertThat(AgeBucket.of(Duration.ofMinutes(-5))).isEqualTo(AgeBucket.UNDER_1H);
    }

    @Test
    void the_labels_are_the_ones_a_backlog_chart_shows() {
        assertThat(AgeBucket.values()).extracting(AgeBucket::label)
                .containsExactly("<1h", "1-4h", "4-24h", "1-3d", "3-7d", ">7d");
    }

    @Test
    void the_sql_expression_tests_the_same_bounds_in_the_same_order() {
        assertThat(AgeBucket.caseExpression("age")).isEqualTo("case "
                + "when age < interval '3600 seconds' then 0 "
                + "when age < interval '14400 seconds' then 1 "
                + "when age < interval '86400 seconds' then 2 "
                + "when age < interval '259200 seconds' then 3 "
                + "when age < interval '604800 seconds' then 4 "
                + "else 5 end");
    }
}
