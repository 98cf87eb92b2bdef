/**
 * Events of sla-service, published on {@code ticketflow.sla-events} with the ticket id as key so they stay in
 * order with the ticket they time. Durations are business time (the policy's calendar), written as ISO-8601
 * durations such as {@code PT4H}; deadlines and warning instants are wall-clock instants.
 */
package io.ticketflow.api.sla;
