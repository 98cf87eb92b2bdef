/**
 * The routing-service: agents, teams, skills and capacity, and the assignment decisions made from them.
 * Today it keeps the roster ({@code roster}, REST in {@code web}), publishes every roster change on
 * {@code ticketflow.agent-events} through a transactional outbox ({@code messaging}), and keeps the one fact
 * assignment will need from the ticket stream: which tickets await assignment. Consumes
 * {@code ticketflow.ticket-events} (group {@code routing-service}).
 */
package io.ticketflow.routing;
