package io.ticketflow.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who calls, as the verified token says: its subject, its roles (the {@code roles} claim) and, for people, their
 * email. A controller takes it as an argument. Nothing a client can write besides the signed token counts: the
 * gateway's {@code X-Ticketflow-*} headers are not read.
 *
 * <p>A token may hold several roles; what a caller acts as follows the gateway's order: staff (agent,
 * supervisor, admin) before system before requester, so a requester who is also an agent is treated as staff.
 *
 * @param email personal data: never in logs, absent from {@link #toString()}
 */
public record Caller(String subject, Set<String> roles, String email) {

    /** The roles of the {@code roles} claim. */
    public static final String REQUESTER = "requester", AGENT = "agent", SUPERVISOR = "supervisor", ADMIN = "admin",
            ANALYST = "analyst", SYSTEM = "system";
    static final String ROLES_CLAIM = "roles", EMAIL_CLAIM = "email";
    // a role is a plain word; anything else in the claim is ignored rather than trusted
    private static final Pattern ROLE = Pattern.compile("^[A-Za-z0-9_.-]{1,64}$");

    public Caller {
        roles = Set.copyOf(roles);
    }

    /**
     * The caller of the request being answered on this thread. Only an open path (health) has none, and no
     * controller serves one: a missing token elsewhere was refused with a 401 before any controller ran.
     */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return of(token.getToken());
        }
        throw new AuthenticationCredentialsNotFoundException("no verified bearer token on this request");
    }

    /** The caller a verified token names: also for a token that came on a Kafka record rather than a request. */
    public static Caller of(Jwt token) {
        List<String> claimed = token.getClaimAsStringList(ROLES_CLAIM);
        Set<String> roles = claimed == null ? Set.of()
                : claimed.stream().filter(role -> role != null && ROLE.matcher(role).matches()).collect(Collectors.toSet());
        String email = token.getClaimAsString(EMAIL_CLAIM);
        return new Caller(token.getSubject(), roles, email == null || email.isBlank() ? null : email.strip());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** An agent, a supervisor or an admin: the support organisation's people. */
    public boolean isStaff() {
        return hasRole(AGENT) || hasRole(SUPERVISOR) || hasRole(ADMIN);
    }

    /** An internal system (client credentials), unless the token also names a person of the staff. */
    public boolean isSystem() {
        return !isStaff() && hasRole(SYSTEM);
    }

    /** Someone asking for support, and nothing more: object-level rules narrow what such a caller sees. */
    public boolean isRequester() {
        return !isStaff() && !isSystem() && hasRole(REQUESTER);
    }

    @Override
    public String toString() {
        return "Caller[subject=" + subject + ", roles=" + roles.stream().sorted().toList() + "]";
    }
}
