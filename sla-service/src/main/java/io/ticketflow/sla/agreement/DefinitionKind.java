package io.ticketflow.sla.agreement;

/** The kinds of definition this package stores, for messages and problem details. */
public enum DefinitionKind {
    CALENDAR("calendar", "calendarId"), POLICY("policy", "policyId"), TEAM_CALENDAR("team calendar", "teamId");

    private final String noun;
    private final String idField;

    DefinitionKind(String noun, String idField) {
        this.noun = noun;
        this.idField = idField;
    }

    public String noun() {
        return noun;
    }

    /** The name of the id in the API: a problem about one definition carries its id under this name. */
    public String idField() {
        return idField;
    }

    /** The definition with this id, as a sentence names it ({@code policy standard}). */
    public String named(String id) {
        // a team calendar is keyed by its team: "team calendar tier-1" would read as a calendar called tier-1
        return this == TEAM_CALENDAR ? "calendar of team " + id : noun + " " + id;
    }
}
