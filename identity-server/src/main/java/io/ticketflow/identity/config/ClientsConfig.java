package io.ticketflow.identity.config;

import io.ticketflow.identity.secrets.GeneratedSecrets;
import io.ticketflow.identity.token.AccessTokenClaims;
import io.ticketflow.identity.users.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import java.util.List;

/**
 * The platform's own clients. The two public ones (a browser app such as Swagger UI, and the command line) use the
 * authorization code with PKCE and never ask for consent: they are first-party, the user logs in to the platform
 * itself. Internal systems use client credentials and get the {@code system} role. Every access token is a JWT with
 * the claims of {@link AccessTokenClaims}.
 */
@Configuration(proxyBeanMethods = false)
class ClientsConfig {
    static final String WEB_CLIENT = "ticketflow-web";
    static final String CLI_CLIENT = "ticketflow-cli";
    static final String SYSTEM_CLIENT = "ticketflow-system";

    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties properties, GeneratedSecrets secrets,
                                                 PasswordEncoder passwordEncoder) {
        TokenSettings tokens = TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(properties.accessTokenTtl())
                .build();
        RegisteredClient system = RegisteredClient.withId(SYSTEM_CLIENT)
                .clientId(SYSTEM_CLIENT)
                .clientSecret(passwordEncoder.encode(secrets.clientSecret(SYSTEM_CLIENT)))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder()
                        .setting(AccessTokenClaims.CLIENT_ROLES_SETTING, List.of(Role.SYSTEM.claimValue()))
                        .build())
                .tokenSettings(tokens)
                .build();
        return new InMemoryRegisteredClientRepository(
                publicClient(WEB_CLIENT, properties.webRedirectUris(), tokens),
                publicClient(CLI_CLIENT, properties.cliRedirectUris(), tokens),
                system);
    }

    /** Spring Authorization Server applies this bean to every JWT it issues. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> accessTokenClaims(IdentityProperties properties) {
        return new AccessTokenClaims(properties.audience());
    }

    private static RegisteredClient publicClient(String clientId, List<String> redirectUris, TokenSettings tokens) {
        return RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(redirectUris))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokens)
                .build();
    }
}
