package io.ticketflow.routing.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one-line explanation of a decision, at most {@link Decision#MAX_EXPLANATION_LENGTH} characters because it
 * travels in {@code TicketAssigned.reason}. It names the rule, the team and its strategy, the winner with its
 * load, capacity and skill score and why it won, and briefly the runners-up. When it is too long the
 * runners-up go first, then the count of ineligible agents, and only then is the text cut.
 */
final class Explanation {

    static final int RUNNERS_UP_SHOWN = 3;

    private final String prefix;

    Explanation(Rule rule, TeamView team, boolean knownTeam) {
        String teamPart = "team " + team.teamId() + " ("
                + (knownTeam ? "" : "not in the roster, ") + team.strategy() + ")";
        this.prefix = rule == null ? teamPart
                : "rule #" + rule.position() + " \"" + rule.name() + "\" -> " + teamPart;
    }

    static String noMatchingRule(TicketFacts ticket, int rulesTried) {
        return oneLine("no rule matched (type " + ticket.type() + ", priority " + ticket.priority() + ", channel "
                + ticket.channel() + "; " + rulesTried + (rulesTried == 1 ? " rule" : " rules") + " tried); not routed");
    }

    String manual(int couldTake, int members) {
        return fit(prefix + ": queued for assignment by hand (" + couldTake + " of " + members
                + " agents could take it now)", List.of(), "");
    }

    String queued(List<Assessment> ineligible) {
        if (ineligible.isEmpty()) {
            return fit(prefix + ": queued, the team has no agents", List.of(), "");
        }
        return fit(prefix + ": queued, no eligible agent among " + ineligible.size(), List.of(),
                " (" + byFirstReason(ineligible) + ")");
    }

    /** @param ranked the eligible agents, winner first */
    String assigned(List<Assessment> ranked, int ineligible, Strategy strategy) {
        Assessment winner = ranked.get(0);
        String head = prefix + ": assigned " + winner.agent().agentId() + " (load " + load(winner)
                + ", skill score " + winner.skillScore() + "), "
                + (ranked.size() == 1 ? "the only eligible agent" : whyFirst(winner, ranked.get(1), strategy));
        List<String> runnersUp = ranked.subList(1, ranked.size()).stream()
                .map(a -> a.agent().agentId() + " (" + load(a) + ", skill " + a.skillScore() + ")")
                .toList();
        return fit(head, runnersUp, ineligible == 0 ? "" : "; " + ineligible + " not eligible");
    }

    private static String whyFirst(Assessment winner, Assessment next, Strategy strategy) {
        if (strategy == Strategy.SKILLS_LEAST_LOADED) {
            if (winner.agent().load() != next.agent().load()) {
                return "lowest load";
            }
            if (winner.skillScore() != next.skillScore()) {
                return "equal load, higher skill score";
            }
        }
        String tie = strategy == Strategy.SKILLS_LEAST_LOADED ? "equal load and skill score, " : "";
        if (!Objects.equals(winner.agent().lastAssignedAt(), next.agent().lastAssignedAt())) {
            return tie + (winner.agent().lastAssignedAt() == null ? "never assigned before"
                    : "longest since last assignment");
        }
        return tie + "no other difference, first by agent id";
    }

    /** Counts agents by their first reason, most fundamental first: "3 at capacity, 1 offline". */
    private static String byFirstReason(List<Assessment> ineligible) {
        Map<Assessment.Kind, Integer> counts = new EnumMap<>(Assessment.Kind.class);
        ineligible.forEach(a -> counts.merge(a.firstReason(), 1, Integer::sum));
        StringBuilder text = new StringBuilder();
        counts.forEach((kind, count) -> text.append(text.isEmpty() ? "" : ", ").append(count).append(' ')
                .append(kind.summary));
        return text.toString();
    }

    private static String load(Assessment assessment) {
        return assessment.agent().load() + "/" + assessment.agent().capacity();
    }

    /**
     * {@code head}, then as many runners-up as fit (at most {@link #RUNNERS_UP_SHOWN}, the rest counted), then
     * {@code tail}; dropped in that order of dispensability until the line fits.
     */
    private static String fit(String head, List<String> runnersUp, String tail) {
        for (int shown = Math.min(RUNNERS_UP_SHOWN, runnersUp.size()); shown >= 0; shown--) {
            String line = oneLine(head + runnersUp(runnersUp, shown) + tail);
            if (line.length() <= Decision.MAX_EXPLANATION_LENGTH) {
                return line;
            }
        }
        String line = oneLine(head);
        if (line.length() <= Decision.MAX_EXPLANATION_LENGTH) {
            return line;
        }
        int cut = Decision.MAX_EXPLANATION_LENGTH - 1;
        return line.substring(0, Character.isHighSurrogate(line.charAt(cut - 1)) ? cut - 1 : cut) + "…";
    }

    private static String runnersUp(List<String> runnersUp, int shown) {
        if (runnersUp.isEmpty()) {
            return "";
        }
        int more = runnersUp.size() - shown;
        if (shown == 0) {
            return "; " + more + (more == 1 ? " runner-up" : " runners-up");
        }
        return "; runners-up: " + String.join(", ", runnersUp.subList(0, shown)) + (more == 0 ? "" : " and " + more + " more");
    }

    /** Names and ids come from people: no line breaks or control characters may split the line. */
    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> line.appendCodePoint(
                Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c));
        return line.toString();
    }
}
