package io.ticketflow.gateway.limits;

import io.ticketflow.gateway.GatewayProperties;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleRateLimitsTest {

    private final RoleRateLimits limits = new RoleRateLimits(new GatewayProperties.RateLimit(50, 100, false, 1000,
            Map.of("system", new GatewayProperties.RoleLimit(1000, 2000),
                    "analyst", new GatewayProperties.RoleLimit(5, 10),
                    "importer", new GatewayProperties.RoleLimit(1000, 500)),
            new GatewayProperties.AnonymousLimit(20, 40)));

    @Test
    void a_principal_without_roles_or_with_unlisted_ones_gets_the_default() {
        assertThat(limits.forRoles(List.of())).isEqualTo(new RateTier("default", 50, 100));
        assertThat(limits.forRoles(List.of("requester", "agent"))).isEqualTo(new RateTier("default", 50, 100));
    }

    @Test
    void a_listed_role_gets_its_own_limit() {
        assertThat(limits.forRoles(List.of("system"))).isEqualTo(new RateTier("system", 1000, 2000));
        assertThat(limits.forRoles(List.of("analyst"))).isEqualTo(new RateTier("analyst", 5, 10));
    }

    @Test
    void several_roles_get_the_most_generous_limit_and_an_unlisted_role_counts_as_the_default() {
        assertThat(limits.forRoles(List.of("agent", "system"))).extracting(RateTier::name).isEqualTo("system");
        assertThat(limits.forRoles(List.of("analyst", "supervisor"))).extracting(RateTier::name).isEqualTo("default");
        // the same rate: the larger burst decides
        assertThat(limits.forRoles(List.of("importer", "system"))).extracting(RateTier::name).isEqualTo("system");
    }

    @Test
    void every_tier_is_listed_the_default_first_and_the_anonymous_last() {
        assertThat(limits.tiers()).extracting(RateTier::name)
                .containsExactly("default", "analyst", "importer", "system", "anonymous");
        assertThat(limits.anonymous()).isEqualTo(new RateTier("anonymous", 20, 40));
    }

    @Test
    void default_and_anonymous_are_not_role_names() {
        for (String tier : List.of("default", "anonymous")) {
            assertThatThrownBy(() -> new RoleRateLimits(new GatewayProperties.RateLimit(50, 100, false, 1000,
                    Map.of(tier, new GatewayProperties.RoleLimit(1, 1)), null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(tier);
        }
    }

    @Test
    void the_in_memory_buckets_of_each_tier_are_kept_apart_and_sized_by_it() {
        RateTier people = new RateTier("default", 0.001, 1);
        RateTier systems = new RateTier("system", 0.001, 2);
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(List.of(people, systems), 100, () -> 0L);

        assertThat(limiter.tryAcquire("bot", systems).block().allowed()).isTrue();
        assertThat(limiter.tryAcquire("bot", systems).block().allowed()).isTrue();
        assertThat(limiter.tryAcquire("bot", systems).block().allowed()).isFalse();
        assertThat(limiter.tryAcquire("carol", people).block().allowed()).isTrue();
        PrincipalRateLimiter.Decision refused = limiter.tryAcquire("carol", people).block();
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1000);
    }
}
