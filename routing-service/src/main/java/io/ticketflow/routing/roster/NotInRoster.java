package io.ticketflow.routing.roster;

/** No agent or team with that id. */
public class NotInRoster extends RuntimeException {

    private final String kind;
    private final String id;

    NotInRoster(String kind, String id) {
        super(kind + " " + id + " not found");
        this.kind = kind;
        this.id = id;
    }

    public static NotInRoster agent(String agentId) {
        return new NotInRoster("agent", agentId);
    }

    public static NotInRoster team(String teamId) {
        return new NotInRoster("team", teamId);
    }

    /** {@code agent} or {@code team}. */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
