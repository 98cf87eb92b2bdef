package io.ticketflow.reporting.rebuild;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** A rebuild was asked for while one runs: a 409 problem naming the running one and where to follow it. */
class RebuildAlreadyRunningException extends ErrorResponseException {

    RebuildAlreadyRunningException(RebuildStatus running) {
        super(HttpStatus.CONFLICT, problem(running), null);
    }

    private RebuildAlreadyRunningException(ProblemDetail problem) {
        super(HttpStatus.CONFLICT, problem, null);
    }

    /** This instance's last rebuild has completed but still drops the generation it retired. */
    static RebuildAlreadyRunningException cleaningUp() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The last rebuild on this"
                + " instance is still dropping the generation it retired (it waits for readers of it, up to a"
                + " minute); try again shortly");
        problem.setTitle("A rebuild is running");
        return new RebuildAlreadyRunningException(problem);
    }

    private static ProblemDetail problem(RebuildStatus running) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Rebuild " + running.rebuildId() + " is running (" + running.state() + "); one runs at a time");
        problem.setTitle("A rebuild is running");
        problem.setProperty("rebuildId", running.rebuildId().toString());
        problem.setProperty("state", running.state().name());
        problem.setProperty("rebuild", URI.create(RebuildController.PATH + "/" + running.rebuildId()));
        return problem;
    }
}
