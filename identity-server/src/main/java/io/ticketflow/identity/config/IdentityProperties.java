package io.ticketflow.identity.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code ticketflow.identity.*}: what the issuer calls itself, where it keeps its secrets, and what its tokens say.
 *
 * @param issuer the {@code iss} of every token and the base of the discovery documents; resource servers trust this
 * @param home the folder of the generated secrets file and signing key (the launcher passes its run folder)
 * @param audience the {@code aud} of every access token: the platform, not one client
 * @param accessTokenTtl how long an access token is valid
 * @param webRedirectUris where the browser client ({@code ticketflow-web}) may be sent back to, exactly
 * @param cliRedirectUris where the command-line client ({@code ticketflow-cli}) is sent back to; nothing listens there
 */
@ConfigurationProperties("ticketflow.identity")
public record IdentityProperties(URI issuer, Path home, String audience, Duration accessTokenTtl,
                                 List<String> webRedirectUris, List<String> cliRedirectUris) {
    public IdentityProperties {
        require(issuer != null && issuer.isAbsolute(), "issuer", "must be an absolute URL, e.g. http://localhost:9000");
        require(home != null, "home", "must name a folder");
        require(audience != null && !audience.isBlank(), "audience", "must not be blank");
        require(accessTokenTtl != null && !accessTokenTtl.isNegative() && !accessTokenTtl.isZero(),
                "access-token-ttl", "must be positive");
        webRedirectUris = webRedirectUris == null ? List.of() : List.copyOf(webRedirectUris);
        cliRedirectUris = cliRedirectUris == null ? List.of() : List.copyOf(cliRedirectUris);
        require(!cliRedirectUris.isEmpty(), "cli-redirect-uris", "must name at least one URI");
    }

    private static void require(boolean condition, String property, String reason) {
        if (!condition) {
            throw new IllegalArgumentException("ticketflow.identity." + property + " " + reason);
        }
    }
}
