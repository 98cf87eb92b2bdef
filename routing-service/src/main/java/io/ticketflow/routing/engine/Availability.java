package io.ticketflow.routing.engine;

/**
 * Whether an agent takes new tickets; only {@link #ONLINE} agents are picked. The same names as the
 * contract's {@code AgentAvailability}, kept here so the engine depends on nothing but the JDK.
 */
public enum Availability {
    ONLINE, AWAY, OFFLINE
}
