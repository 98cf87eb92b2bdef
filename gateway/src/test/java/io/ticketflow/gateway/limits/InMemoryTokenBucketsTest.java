package io.ticketflow.gateway.limits;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryTokenBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void a_new_principal_has_the_burst_then_waits_for_the_refill() {
        InMemoryTokenBuckets buckets = new InMemoryTokenBuckets(2, 3, 100, now::get);

        assertThat(buckets.acquire("carol").allowed()).isTrue();
        assertThat(buckets.acquire("carol").allowed()).isTrue();
        assertThat(buckets.acquire("carol").allowed()).isTrue();
        PrincipalRateLimiter.Decision refused = buckets.acquire("carol");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);

        advance(Duration.ofMillis(500));
        assertThat(buckets.acquire("carol").allowed()).isTrue();
        assertThat(buckets.acquire("carol").allowed()).isFalse();
    }

    @Test
    void principals_do_not_share_a_bucket() {
        InMemoryTokenBuckets buckets = new InMemoryTokenBuckets(1, 1, 100, now::get);

        assertThat(buckets.acquire("carol").allowed()).isTrue();
        assertThat(buckets.acquire("carol").allowed()).isFalse();
        assertThat(buckets.acquire("dave").allowed()).isTrue();
    }

    @Test
    void retry_after_is_the_whole_seconds_until_the_next_token() {
        InMemoryTokenBuckets buckets = new InMemoryTokenBuckets(0.1, 1, 100, now::get);
        buckets.acquire("carol");

        assertThat(buckets.acquire("carol").retryAfterSeconds()).isEqualTo(10);
        advance(Duration.ofMillis(2500));
        assertThat(buckets.acquire("carol").retryAfterSeconds()).isEqualTo(8);
    }

    @Test
    void a_bucket_idle_until_full_again_is_forgotten() {
        InMemoryTokenBuckets buckets = new InMemoryTokenBuckets(10, 10, 100, now::get);
        buckets.acquire("carol");
        buckets.acquire("dave");

        advance(Duration.ofMillis(999));
        buckets.acquire("dave");
        assertThat(buckets.size()).isEqualTo(2);

        advance(Duration.ofMillis(1001));
        buckets.acquire("erin");
        assertThat(buckets.size()).as("carol idle 2 s, over the 1 s refill; dave idle 1.001 s").isEqualTo(1);
    }

    @Test
    void at_most_max_principals_are_remembered_and_the_longest_idle_makes_room() {
        InMemoryTokenBuckets buckets = new InMemoryTokenBuckets(1, 100, 2, now::get);
        buckets.acquire("carol");
        advance(Duration.ofMillis(10));
        buckets.acquire("dave");
        advance(Duration.ofMillis(10));
        buckets.acquire("carol");
        advance(Duration.ofMillis(10));

        buckets.acquire("erin");

        assertThat(buckets.size()).isEqualTo(2);
        // dave was forgotten: his bucket starts full again
        for (int i = 0; i < 100; i++) {
            assertThat(buckets.acquire("dave").allowed()).isTrue();
        }
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
