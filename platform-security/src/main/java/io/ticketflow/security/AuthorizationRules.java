package io.ticketflow.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own roles per path, as a bean: applied after the open health paths and before "everything else
 * needs a valid token", so a service can narrow a path to the roles that may use it (defence in depth behind the
 * gateway's table) without writing a security chain of its own.
 */
@FunctionalInterface
public interface AuthorizationRules {

    void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests);
}
