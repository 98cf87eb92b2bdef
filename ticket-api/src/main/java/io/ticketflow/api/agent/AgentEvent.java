package io.ticketflow.api.agent;

/** Every agent event names its agent, which is also the record key. */
public interface AgentEvent {
    String agentId();
}
