package io.ticketflow.identity.token;

import io.ticketflow.identity.users.DemoUser;
import io.ticketflow.identity.users.DemoUsers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import java.util.List;

/**
 * Adds to every access token what resource servers authorise on: {@code aud} = the platform (one audience for every
 * client, so a token from the browser client and one from the command line are accepted alike), {@code client_id},
 * {@code roles}, and for a person their {@code email}. A person's {@code sub} stays their username, which is also
 * their agent id in routing; a client's {@code sub} is its client id.
 */
public final class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {
    /** A client setting: the roles its client-credentials tokens carry. */
    public static final String CLIENT_ROLES_SETTING = "ticketflow.roles";
    public static final String ROLES = "roles";
    public static final String EMAIL = "email";
    public static final String CLIENT_ID = "client_id";

    private final String audience;

    public AccessTokenClaims(String audience) {
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        RegisteredClient client = context.getRegisteredClient();
        JwtClaimsSet.Builder claims = context.getClaims();
        claims.audience(List.of(audience));
        claims.claim(CLIENT_ID, client.getClientId());
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            claims.claim(ROLES, clientRoles(client));
            return;
        }
        String username = context.getPrincipal().getName();
        DemoUser user = DemoUsers.named(username).orElseThrow(() -> new IllegalStateException(
                "A token for '" + username + "', who is no demo user"));
        claims.claim(ROLES, user.roleNames());
        claims.claim(EMAIL, user.email());
    }

    private static List<String> clientRoles(RegisteredClient client) {
        List<String> roles = client.getClientSettings().getSetting(CLIENT_ROLES_SETTING);
        return roles == null ? List.of() : roles;
    }
}
