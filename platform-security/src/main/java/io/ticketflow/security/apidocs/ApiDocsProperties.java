package io.ticketflow.security.apidocs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service's OpenAPI document says about itself, and where a browser gets a token from.
 *
 * @param title            the document's title; {@code Ticketflow <spring.application.name>} when not set
 * @param description      what the service's API is for, a paragraph
 * @param version          the API's version; each service gives its build's, {@code development} when none is set
 * @param authorizationUri the issuer's authorization endpoint; {@code <issuer>/oauth2/authorize} when not set, as at
 *                         the local identity-server (Spring Authorization Server); Keycloak, Okta or Entra ID name
 *                         theirs in their discovery document
 * @param tokenUri         the issuer's token endpoint; {@code <issuer>/oauth2/token} when not set
 */
@ConfigurationProperties("ticketflow.api-docs")
public record ApiDocsProperties(String title, String description, String version, String authorizationUri,
                                String tokenUri) {
}
