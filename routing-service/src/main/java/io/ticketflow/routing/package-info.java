/**
 * The routing-service: agents, teams, skills and capacity, and the assignment decisions made from them.
 * It keeps the roster ({@code roster}; every change published on {@code ticketflow.agent-events} through
 * kafka-messaging's transactional outbox), the routing rules ({@code rules}), the pure decision they feed
 * ({@code engine}) and the assignment loop ({@code assignment}): routing's view of every ticket from
 * {@code ticketflow.ticket-events}, agents' loads, team queues and the decision log; its conditional
 * {@code AssignTicket} commands go out through the same outbox. REST in {@code web}.
 */
package io.ticketflow.routing;
