/**
 * Events about support agents and their teams, published by routing-service on
 * {@code ticketflow.agent-events}: agent events with the agent id as key, {@link io.ticketflow.api.agent.TeamDefined}
 * with the team id as key. Registration and updates carry the agent's full profile, and a team definition
 * the whole team, so a consumer's projection is the last event per agent or team and never needs an earlier one.
 */
package io.ticketflow.api.agent;
