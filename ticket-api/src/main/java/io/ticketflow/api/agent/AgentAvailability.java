package io.ticketflow.api.agent;

/** Whether an agent takes new tickets: only {@code ONLINE} agents are assigned work. */
public enum AgentAvailability {
    ONLINE, AWAY, OFFLINE
}
