/**
 * The routing-service: agents, teams, skills and capacity, and the assignment decisions made from them.
 * Assignment itself comes later; for now it keeps the one fact that work needs from the ticket stream
 * (which tickets await assignment), the routing rules ({@code rules}, REST in {@code web}) and the pure
 * decision they feed ({@code engine}). Consumes {@code ticketflow.ticket-events} (group {@code routing-service});
 * emits nothing yet.
 */
package io.ticketflow.routing;
