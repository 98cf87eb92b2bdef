package io.ticketflow.routing.assignment;

import io.ticketflow.messaging.EventBatch;
import org.springframework.stereotype.Component;

/**
 * The one entry of ticket events into assignment, called in the consumer's transaction: fold them into the
 * view, then decide what they left to decide.
 */
@Component
public class AssignmentLoop {

    private final RoutedTicketProjection projection;

    AssignmentLoop(RoutedTicketProjection projection) {
        this.projection = projection;
    }

    public void onTicketEvents(EventBatch batch) {
        projection.apply(batch);
    }
}
