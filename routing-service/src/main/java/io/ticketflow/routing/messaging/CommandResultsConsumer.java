package io.ticketflow.routing.messaging;

import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EventBatchProcessor;
import io.ticketflow.messaging.IdempotentConsumer;
import io.ticketflow.routing.assignment.AssignmentLoop;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Rejections of the commands routing sent: a rejected assignment gives its slot back. */
@Configuration(proxyBeanMethods = false)
class CommandResultsConsumer {

    /** Consumer group and inbox name: its own, so ticket events and results keep separate offsets. */
    static final String NAME = "routing-service.command-results";

    @Bean
    IdempotentConsumer commandResults(EventBatchProcessor processor, AssignmentLoop assignment) {
        return new IdempotentConsumer(NAME, Topics.TICKET_COMMAND_RESULTS, processor, assignment::onCommandResults);
    }
}
