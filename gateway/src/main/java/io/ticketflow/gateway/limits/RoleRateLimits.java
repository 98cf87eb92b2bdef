package io.ticketflow.gateway.limits;

import io.ticketflow.gateway.GatewayProperties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which limit a principal gets from its roles: the most generous of them, where a role without a limit of its own
 * counts as the default. So an internal system ({@code system}) sending with another role besides keeps its higher
 * limit, and listing a role with a lower limit than the default cannot throttle a principal that also has an unlisted
 * role.
 */
public final class RoleRateLimits {

    private final RateTier fallback;
    private final RateTier anonymous;
    private final Map<String, RateTier> byRole = new TreeMap<>();

    public RoleRateLimits(GatewayProperties.RateLimit limit) {
        this.fallback = new RateTier(RateTier.DEFAULT, limit.requestsPerSecond(), limit.burst());
        this.anonymous = new RateTier(RateTier.ANONYMOUS, limit.anonymous().requestsPerSecond(),
                limit.anonymous().burst());
        limit.roles().forEach((role, roleLimit) -> {
            if (role.equals(RateTier.DEFAULT) || role.equals(RateTier.ANONYMOUS)) {
                throw new IllegalArgumentException("ticketflow.gateway.rate-limit.roles: '" + role
                        + "' is not a role; set rate-limit.requests-per-second and burst for the default,"
                        + " rate-limit.anonymous.* for requests without a token");
            }
            byRole.put(role, new RateTier(role, roleLimit.requestsPerSecond(), roleLimit.burst()));
        });
    }

    public RateTier forRoles(Collection<String> roles) {
        if (roles.isEmpty()) {
            return fallback;
        }
        RateTier chosen = null;
        for (String role : roles) {
            RateTier tier = byRole.getOrDefault(role, fallback);
            if (chosen == null || tier.moreGenerousThan(chosen)) {
                chosen = tier;
            }
        }
        return chosen;
    }

    /** The limit of requests without a token, per client address. */
    public RateTier anonymous() {
        return anonymous;
    }

    /** The default first, then every role's limit, then the anonymous one. */
    public List<RateTier> tiers() {
        List<RateTier> tiers = new ArrayList<>();
        tiers.add(fallback);
        tiers.addAll(byRole.values());
        tiers.add(anonymous);
        return tiers;
    }
}
