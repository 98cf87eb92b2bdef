/**
 * Events about support agents, published by routing-service on {@code ticketflow.agent-events} with the agent
 * id as key. Registration and updates carry the agent's full profile, so a consumer's projection is the last
 * event per agent and never needs an earlier one.
 */
package io.ticketflow.api.agent;
