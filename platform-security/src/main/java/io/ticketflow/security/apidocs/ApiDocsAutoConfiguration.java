package io.ticketflow.security.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.ticketflow.security.Caller;
import io.ticketflow.security.SecurityProperties;
import org.springdoc.core.utils.SpringDocUtils;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.util.MultiValueMap;

/**
 * The part of each service's OpenAPI document that is the platform's rather than the service's. Every operation
 * needs a token, so the security requirement is the document's, not each operation's: a bearer JWT pasted in, or one
 * Swagger UI gets from the issuer itself (authorization code with PKCE, client {@code ticketflow-web}).
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({ApiDocsProperties.class, SecurityProperties.class})
public class ApiDocsAutoConfiguration {

    /** The names the document's security schemes go by. */
    public static final String BEARER = "bearer", OAUTH2 = "oauth2";

    static {
        // who calls is the verified token (a resolved argument), never a parameter a client could send
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class)
                // a controller that reads its filters as a map: any name, each repeatable (not the map's own fields)
                .replaceWithSchema(MultiValueMap.class, new ObjectSchema()
                        .additionalProperties(new ArraySchema().items(new StringSchema())));
    }

    @Bean
    @ConditionalOnMissingBean(OpenAPI.class)
    OpenAPI platformOpenApi(ApiDocsProperties docs, SecurityProperties security, Environment environment) {
        String issuer = security.issuer().replaceAll("/+$", "");
        String title = docs.title() != null ? docs.title()
                : "Ticketflow " + environment.getProperty("spring.application.name", "service");
        return new OpenAPI()
                .info(new Info().title(title).version(orElse(docs.version(), "development")).description(docs.description()))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("An access token of the platform's issuer (" + issuer + "), its roles in"
                                        + " the `roles` claim; locally `./ticketflow token USER` prints one."))
                        .addSecuritySchemes(OAUTH2, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                                .description("Sign in at the issuer; Swagger UI uses the public client ticketflow-web"
                                        + " with PKCE.")
                                .flows(new OAuthFlows().authorizationCode(new OAuthFlow()
                                        .authorizationUrl(orElse(docs.authorizationUri(), issuer + "/oauth2/authorize"))
                                        .tokenUrl(orElse(docs.tokenUri(), issuer + "/oauth2/token"))
                                        .scopes(new Scopes().addString("openid", "sign in"))))))
                // either one: separate requirements are alternatives
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(OAUTH2));
    }

    @Bean
    OpenApiCustomizer platformRefusalResponses() {
        return new RefusalResponses();
    }

    @Bean
    OpenApiCustomizer platformJsonByDefault() {
        return new JsonByDefault();
    }

    private static String orElse(String value, String fallback) {
        return value != null && !value.isBlank() ? value : fallback;
    }
}
