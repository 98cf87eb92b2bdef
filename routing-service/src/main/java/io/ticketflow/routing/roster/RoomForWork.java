package io.ticketflow.routing.roster;

/**
 * A roster change after which tickets waiting in a team's queue may find an agent: an agent came online, got
 * more capacity or skills or another team, or a team stopped assigning by hand. Published, as a Spring
 * application event, inside the transaction of the change, so the queues move in that same transaction.
 *
 * @param agentId the agent concerned, or null for a team change
 * @param teamId  the team concerned, or null for an agent change (then the agent's teams)
 */
public record RoomForWork(String agentId, String teamId) {

    static RoomForWork agent(String agentId) {
        return new RoomForWork(agentId, null);
    }

    static RoomForWork team(String teamId) {
        return new RoomForWork(null, teamId);
    }
}
