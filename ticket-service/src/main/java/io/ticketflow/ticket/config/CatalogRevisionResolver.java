package io.ticketflow.ticket.config;

import io.ticketflow.api.wire.MessageCatalog;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;

/**
 * The revision Axon stores with an event ({@code payload_revision}) is the contract's, from
 * {@link MessageCatalog}: the same number the {@code ticketflow-schema-revision} header carries, kept in one
 * place. ticket-api cannot carry Axon's {@code @Revision} (it imports no framework), hence this resolver.
 * Anything that is not a contract message (tokens, the aggregate's snapshot) keeps Axon's annotation.
 */
final class CatalogRevisionResolver implements RevisionResolver {

    private final RevisionResolver annotations = new AnnotationRevisionResolver();

    @Override
    public String revisionOf(Class<?> payloadType) {
        return MessageCatalog.isMessage(payloadType)
                ? Integer.toString(MessageCatalog.of(payloadType).revision())
                : annotations.revisionOf(payloadType);
    }
}
