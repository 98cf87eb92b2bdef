package io.ticketflow.routing.engine;

/** A team as routing sees it: who it is and how it picks agents. */
public record TeamView(String teamId, Strategy strategy) {

    public TeamView {
        strategy = strategy == null ? Strategy.DEFAULT : strategy;
    }
}
