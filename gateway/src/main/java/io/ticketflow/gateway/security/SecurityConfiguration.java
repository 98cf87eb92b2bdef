package io.ticketflow.gateway.security;

import io.ticketflow.gateway.GatewayProperties;
import io.ticketflow.gateway.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authorization.AuthenticatedReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorityReactiveAuthorizationManager;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Spring Security for the gateway: a stateless OAuth2 resource server (no session, no CSRF token: callers send a
 * bearer token with every request), the {@link RouteAccess} table, strict CORS and problem+json refusals.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    /**
     * The subject becomes the actor id in the services' events and on Kafka: an opaque reference, never an email
     * address (personal data, which an event log keeps forever) nor anything a header could not carry.
     */
    private static final Pattern SUBJECT = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$");

    /**
     * Actuator's own port (not published; for the platform's scrapers and probes) answers without a token: the
     * chain for it comes first and lets everything through.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain managementPortSecurity(ServerHttpSecurity http, Environment environment) {
        return http
                .securityMatcher(exchange -> onManagementPort(exchange, environment)
                        ? ServerWebExchangeMatcher.MatchResult.match()
                        : ServerWebExchangeMatcher.MatchResult.notMatch())
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .build();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder, GatewayProperties gateway) {
        BearerProblems refusals = new BearerProblems();
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(cors -> { })
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers("/actuator/health/**").permitAll();
                    // the circuit breakers' fallbacks are reached by forwarding only, never from outside
                    exchanges.pathMatchers("/fallback/**").denyAll();
                    if (gateway.apiDocs().enabled()) {
                        exchanges.matchers(matcher(RouteAccess.API_DOCS)).permitAll();
                    }
                    // the gateway's own document, which springdoc serves for the UI to work at all: it would only
                    // describe the gateway's internals (probes, fallbacks), nothing a caller uses
                    exchanges.pathMatchers("/v3/api-docs", "/v3/api-docs.yaml").denyAll();
                    RouteAccess.RULES.forEach(rule -> exchanges.matchers(matcher(rule)).access(authorization(rule)));
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals)
                        .authenticationFailureHandler(issuerOutageOr(refusals)))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .build();
    }

    private static boolean onManagementPort(ServerWebExchange exchange, Environment environment) {
        InetSocketAddress local = exchange.getRequest().getLocalAddress();
        // the port it got (a test's port 0 becomes a real one), else the one configured
        Integer managementPort = environment.getProperty("local.management.port", Integer.class,
                environment.getProperty("management.server.port", Integer.class, -1));
        Integer serverPort = environment.getProperty("local.server.port", Integer.class,
                environment.getProperty("server.port", Integer.class, 8080));
        return local != null && local.getPort() == managementPort && !managementPort.equals(serverPort);
    }

    /** Keys are fetched on the first token, not at startup: the gateway comes up even while the issuer does not. */
    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties security) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(security.keySetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        JwtTimestampValidator expiry = new JwtTimestampValidator(security.clockSkew());
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                expiry,
                new JwtIssuerValidator(security.issuer()),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(security.audience())),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, subject -> subject != null && SUBJECT.matcher(subject).matches())));
        // Nimbus reports an unreachable key set as an IllegalStateException, which Spring Security would let
        // through as a 500; as a JwtException it becomes an AuthenticationServiceException (see issuerOutageOr)
        return token -> decoder.decode(token).onErrorMap(failure -> !(failure instanceof JwtException),
                failure -> new JwtException("The issuer's keys cannot be fetched", failure));
    }

    /** The same rules for every path: none but the configured origins, none at all by default. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(GatewayProperties gateway) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(gateway.cors().allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "X-Correlation-Id", "Idempotency-Key",
                "If-Match"));
        cors.setExposedHeaders(List.of("Location", "X-Correlation-Id", "Retry-After", "ETag"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    private static ReactiveJwtAuthenticationConverterAdapter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    private static ServerWebExchangeMatcher matcher(RouteAccess.Rule rule) {
        return exchange -> {
            HttpMethod method = exchange.getRequest().getMethod();
            return rule.covers(method, exchange.getRequest().getPath().pathWithinApplication())
                    ? ServerWebExchangeMatcher.MatchResult.match()
                    : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
    }

    private static ReactiveAuthorizationManager<AuthorizationContext> authorization(RouteAccess.Rule rule) {
        return rule.roles().isEmpty()
                ? AuthenticatedReactiveAuthorizationManager.authenticated()
                : AuthorityReactiveAuthorizationManager.hasAnyRole(rule.roles().toArray(String[]::new));
    }

    /**
     * A token that cannot be checked because the issuer's keys cannot be fetched says nothing about the caller:
     * that is the platform's outage (503), not the caller's fault (401).
     */
    private static ServerAuthenticationFailureHandler issuerOutageOr(BearerProblems refusals) {
        return (webFilterExchange, exception) -> exception instanceof AuthenticationServiceException
                ? Problems.write(webFilterExchange.getExchange(), HttpStatus.SERVICE_UNAVAILABLE,
                        "The token issuer's keys cannot be fetched, so no token can be checked; try again later.")
                : refusals.commence(webFilterExchange.getExchange(), exception);
    }
}
