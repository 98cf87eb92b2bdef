package io.ticketflow.gateway.security;

import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Which roles may use which route: the one place the gateway's access rules are written. The first rule whose
 * methods and paths match a request decides; a request no rule matches needs a valid token and no particular
 * role (it can only end in the gateway's own 404). Object-level rules (a requester sees only their own tickets)
 * are the services' to enforce.
 */
public final class RouteAccess {

    /** The roles of the {@code roles} claim. */
    public static final String REQUESTER = "requester", AGENT = "agent", SUPERVISOR = "supervisor", ADMIN = "admin",
            ANALYST = "analyst", SYSTEM = "system";

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final Set<HttpMethod> ANY = Set.of();
    private static final String[] ROSTER = {"/api/agents/**", "/api/teams/**", "/api/routing/**"};

    public static final List<Rule> RULES = List.of(
            new Rule(Set.of(HttpMethod.POST), paths("/api/reports/admin/**"), Set.of(ADMIN)),
            new Rule(ANY, paths("/api/reports/**"), Set.of(ANALYST, SUPERVISOR, ADMIN)),
            new Rule(ANY, paths("/api/tickets/**"), Set.of(REQUESTER, AGENT, SUPERVISOR, ADMIN, SYSTEM)),
            new Rule(READS, paths(ROSTER), Set.of(AGENT, SUPERVISOR, ADMIN)),
            // agents set their own availability; whose is routing-service's rule
            new Rule(Set.of(HttpMethod.PUT), paths("/api/agents/*/availability"), Set.of(AGENT, SUPERVISOR, ADMIN)),
            new Rule(ANY, paths(ROSTER), Set.of(SUPERVISOR, ADMIN)),
            new Rule(READS, paths("/api/sla/**"), Set.of(AGENT, SUPERVISOR, ADMIN, ANALYST)),
            new Rule(ANY, paths("/api/sla/**"), Set.of(SUPERVISOR, ADMIN)),
            new Rule(ANY, paths("/api/webhooks/**"), Set.of(SUPERVISOR, ADMIN)),
            // each user's own opt-outs; whose preferences one may touch is notification-service's rule
            new Rule(ANY, paths("/api/notifications/preferences/**"), Rule.ANY_AUTHENTICATED),
            new Rule(ANY, paths("/api/notifications/**"), Set.of(AGENT, SUPERVISOR, ADMIN)));

    /**
     * What answers without a token besides health, unless {@code ticketflow.gateway.api-docs.enabled=false}: reads of
     * Swagger UI and of the services' OpenAPI documents (descriptions of the API, no data). Roles do not apply; every
     * operation tried from the UI goes to its own route above and needs a token like any other call.
     */
    public static final Rule API_DOCS = new Rule(READS,
            paths("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/*"), Set.of());

    private RouteAccess() {
    }

    /**
     * @param methods the methods it covers, all when empty
     * @param paths   the paths it covers ({@code /api/tickets/**} covers {@code /api/tickets} too)
     * @param roles   any one of them suffices; {@link #ANY_AUTHENTICATED} admits every valid token
     */
    public record Rule(Set<HttpMethod> methods, List<PathPattern> paths, Set<String> roles) {
        public static final Set<String> ANY_AUTHENTICATED = Set.of();

        public boolean covers(HttpMethod method, org.springframework.http.server.PathContainer path) {
            return (methods.isEmpty() || methods.contains(method)) && paths.stream().anyMatch(p -> p.matches(path));
        }
    }

    private static List<PathPattern> paths(String... patterns) {
        return Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
    }
}
