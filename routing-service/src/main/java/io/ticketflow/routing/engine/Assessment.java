package io.ticketflow.routing.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One agent of the team weighed for one ticket: its skill score and every reason it cannot take the ticket, in a fixed
 * order (the most fundamental first), so the decision log says all that stood in the way, not only the first.
 */
record Assessment(AgentView agent, int skillScore, List<Reason> reasons) {

    /** Why an agent is not eligible; the order is the order reasons are listed and counted in. */
    enum Kind {
        EXCLUDED("excluded"), OFFLINE("offline"), AWAY("away"),
        MISSING_SKILL("missing a skill"), SKILL_TOO_LOW("skill level too low"), LANGUAGE("language"),
        AT_CAPACITY("at capacity"), MANUAL("manual");

        final String summary;

        Kind(String summary) {
            this.summary = summary;
        }
    }

    record Reason(Kind kind, String text) {
    }

    /**
     * @param checkSkills false for round-robin, which ignores skills (the score is still worked out, for the log)
     */
    static Assessment of(AgentView agent, List<SkillRequirement> skills, boolean checkSkills,
            String language, Set<String> excluded) {
        List<Reason> reasons = new ArrayList<>(2);
        if (excluded.contains(agent.agentId())) {
            reasons.add(new Reason(Kind.EXCLUDED, "excluded: the ticket is moving away from this agent"));
        }
        if (agent.availability() == Availability.OFFLINE) {
            reasons.add(new Reason(Kind.OFFLINE, "offline"));
        } else if (agent.availability() == Availability.AWAY) {
            reasons.add(new Reason(Kind.AWAY, "away"));
        }
        int score = 0;
        for (SkillRequirement required : skills) {
            int level = agent.level(required.skill());
            score += level;
            if (!checkSkills) {
                continue;
            }
            if (level == 0) {
                reasons.add(new Reason(Kind.MISSING_SKILL, "missing skill " + required.skill()));
            } else if (level < required.minLevel()) {
                reasons.add(new Reason(Kind.SKILL_TOO_LOW,
                        "skill " + required.skill() + " at level " + level + ", needs " + required.minLevel()));
            }
        }
        if (language != null && !speaks(agent, language)) {
            reasons.add(new Reason(Kind.LANGUAGE, "does not speak " + language));
        }
        if (agent.load() >= agent.capacity()) {
            reasons.add(new Reason(Kind.AT_CAPACITY, "at capacity " + agent.load() + "/" + agent.capacity()));
        }
        return new Assessment(agent, score, reasons);
    }

    private static boolean speaks(AgentView agent, String language) {
        for (String spoken : agent.languages()) {
            if (Languages.speaks(spoken, language)) {
                return true;
            }
        }
        return false;
    }

    boolean eligible() {
        return reasons.isEmpty();
    }

    Kind firstReason() {
        return reasons.get(0).kind();
    }

    Candidate candidate() {
        return new Candidate(agent.agentId(), agent.load(), agent.capacity(), skillScore, eligible(), note(reasons));
    }

    /** The same agent as seen by a team that assigns by hand: nobody is eligible, the reasons still show. */
    Candidate manualCandidate() {
        List<Reason> all = new ArrayList<>(reasons.size() + 1);
        all.add(new Reason(Kind.MANUAL, "the team assigns by hand"));
        all.addAll(reasons);
        return new Candidate(agent.agentId(), agent.load(), agent.capacity(), skillScore, false, note(all));
    }

    private static String note(List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return null;
        }
        StringBuilder note = new StringBuilder();
        for (Reason reason : reasons) {
            if (!note.isEmpty()) {
                note.append("; ");
            }
            note.append(reason.text());
        }
        return note.toString();
    }
}
