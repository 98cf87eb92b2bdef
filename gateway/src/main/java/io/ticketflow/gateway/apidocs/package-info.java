/**
 * One Swagger UI for the whole platform, at the gateway: each service's OpenAPI document is fetched through a route of
 * its own, {@code /v3/api-docs/<route id>}, derived from that service's API route so that it goes to the same
 * address with the same circuit breaker, retries and timeout, and the UI lists one document per route. Both the UI
 * and the documents answer without a token (they describe the API and hold no data); every operation tried from the
 * UI needs one as usual. Off unless {@code ticketflow.gateway.api-docs.enabled=true}, so that by default nothing but
 * health answers without a token; {@code ./ticketflow up} and docker-compose turn it on for local use.
 */
package io.ticketflow.gateway.apidocs;
