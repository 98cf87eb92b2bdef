/**
 * The routing decision, as a pure function: {@link io.ticketflow.routing.engine.RoutingEngine} takes a
 * ticket's facts, the ordered rules, the teams and the agents as they are now, and answers which rule and
 * team apply and which agent wins, with every candidate and a one-line explanation. No clock, no
 * randomness, no Spring, JDBC or Kafka (an ArchUnit test keeps it so): the same inputs always give the same
 * decision, so a decision can be replayed, simulated and unit-tested without infrastructure.
 */
package io.ticketflow.routing.engine;
