/**
 * What every Ticketflow REST service shares, applied by Spring Boot auto-configuration: the
 * {@link io.ticketflow.web.CorrelationId} filter, which carries the gateway's {@code X-Correlation-Id} (or a
 * new one) into the logging context for the request, where logs and the outbox take it, and back on the
 * response; W3C trace context ({@code traceparent}) through Micrometer Tracing's OpenTelemetry bridge, with
 * {@link io.ticketflow.web.LogCorrelationPattern} putting correlation id, trace id and span id on every log line;
 * and {@link io.ticketflow.web.InvalidParameter}, the refusal of a parameter by name that each
 * service's problem handler answers as a 400. Problem bodies themselves stay with each service, whose JSON
 * mapping differs.
 */
package io.ticketflow.web;
