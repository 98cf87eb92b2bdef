/**
 * The assignment loop: routing's own view of every ticket (what rules match on, who owns it, whether it needs
 * an agent), the load each agent carries, the decisions and their explanations, and the team queues. Ticket
 * events change the view and create needs; needs are decided by the engine; a decision takes a slot of the
 * agent's capacity and becomes a conditional {@code AssignTicket} command.
 */
package io.ticketflow.routing.assignment;
