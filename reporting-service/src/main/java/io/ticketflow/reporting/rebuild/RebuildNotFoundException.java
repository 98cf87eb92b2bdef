package io.ticketflow.reporting.rebuild;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.UUID;

/** No rebuild has this id: a 404 problem naming it. */
class RebuildNotFoundException extends ErrorResponseException {

    RebuildNotFoundException(UUID rebuildId) {
        super(HttpStatus.NOT_FOUND, problem(rebuildId), null);
    }

    private static ProblemDetail problem(UUID rebuildId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No rebuild " + rebuildId);
        problem.setTitle("Rebuild not found");
        problem.setInstance(URI.create(RebuildController.PATH + "/" + rebuildId));
        problem.setProperty("rebuildId", rebuildId.toString());
        return problem;
    }
}
