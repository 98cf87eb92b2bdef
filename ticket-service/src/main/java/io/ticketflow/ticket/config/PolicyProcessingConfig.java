package io.ticketflow.ticket.config;

import io.ticketflow.ticket.policy.MergeNotes;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;

/**
 * The event processors of the policies, which react to events by sending commands.
 *
 * <p>No transaction around a batch: a policy's command commits on its own. Inside the processor's
 * transaction, a refused command would mark the whole transaction rollback-only and the batch would be
 * retried forever, however the policy handled the refusal. Without it, a crash between the command and the
 * token update redelivers the event, and the command is written once anyway: its message id derives from
 * the event's id, and the aggregate writes a message id once.
 *
 * <p>They start at the head of the stream: a policy added to a running system acts on what happens from
 * then on, not on years of history (a note, dated today, on every old merge).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class PolicyProcessingConfig {

    @Bean
    public ConfigurerModule mergeNotesProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(MergeNotes.PROCESSING_GROUP, Configuration::eventStore,
                        config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(10)
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                .registerTransactionManager(MergeNotes.PROCESSING_GROUP, config -> NoTransactionManager.INSTANCE));
    }
}
