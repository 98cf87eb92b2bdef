package io.ticketflow.reporting.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;

/**
 * Query parameters a report cannot run with. Answered as a 400 problem detail whose {@code errors} list
 * names each parameter and what is wrong with it, so a client can show every mistake at once.
 */
class InvalidReportParametersException extends ErrorResponseException {

    /** One thing wrong with one parameter; the value itself is not echoed back. */
    record ParameterError(String field, String reason) {
    }

    InvalidReportParametersException(List<ParameterError> errors) {
        super(HttpStatus.BAD_REQUEST, problem(errors), null);
    }

    private static ProblemDetail problem(List<ParameterError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The report parameters are invalid; see errors");
        problem.setTitle("Invalid report parameters");
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }
}
