/**
 * What every servlet service's OpenAPI document has in common, applied by Spring Boot auto-configuration next to the
 * token checks it describes: the document's title, version and description ({@code ticketflow.api-docs.*}), the
 * bearer JWT every operation needs and the issuer's authorization code flow a browser (Swagger UI behind the gateway)
 * gets one with, and the problem+json refusals every operation may answer. springdoc writes the paths and schemas
 * from each service's controllers; the document itself ({@code /v3/api-docs}) is open, as health is: it describes
 * the API and holds no data.
 */
package io.ticketflow.security.apidocs;
