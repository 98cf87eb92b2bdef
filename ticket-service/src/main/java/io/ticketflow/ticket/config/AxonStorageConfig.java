package io.ticketflow.ticket.config;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.ticketflow.api.wire.JsonCodec;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.util.LinkedHashSet;
import java.util.Set;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon on PostgreSQL through JDBC, declared here rather than left to Axon's auto-configuration: under Boot 4
 * Axon's JDBC and transaction auto-configurations are evaluated before Boot creates the DataSource, so
 * they back off and Axon would silently fall back to no event store and no-op transactions. Declaring the
 * beans makes the storage engine, token store and Spring-managed transactions explicit.
 */
@Configuration(proxyBeanMethods = false)
public class AxonStorageConfig {

    /**
     * Metadata keys carried from a command to the events it causes, and from there onto Kafka headers.
     * Namespaced: Axon's own {@link MessageOriginProvider} writes a "correlationId" of its own.
     */
    public static final String CORRELATION_ID = "ticketflow.correlationId";
    public static final String TENANT = "ticketflow.tenant";
    /** The system that relayed an intake submission, {@code SYSTEM:<client id>}: kept with the events it caused. */
    public static final String RELAYED_BY = "ticketflow.relayedBy";
    /**
     * The W3C trace context of what sent the command (an HTTP request, a consumed command): stored with the
     * events, so the publisher, which runs later on a processor thread, publishes each in the trace that caused it.
     */
    public static final String TRACEPARENT = "ticketflow.traceparent";

    /** Metadata for a command: carried by Axon onto the events it causes, and from there onto Kafka headers. */
    public static MetaData commandMetaData(String correlationId, String tenant) {
        return MetaData.with(CORRELATION_ID, correlationId).and(TENANT, tenant);
    }

    /** As {@link #commandMetaData(String, String)}, with the trace context when there is one. */
    public static MetaData commandMetaData(String correlationId, String tenant, String traceparent) {
        MetaData metaData = commandMetaData(correlationId, tenant);
        return traceparent == null ? metaData : metaData.and(TRACEPARENT, traceparent);
    }

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /** Axon joins Spring's transactions: a projection's rows and its processor token commit together. */
    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    public ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer, ConnectionProvider connections,
            TransactionManager transactions, EventSchema schema) {
        return JdbcEventStorageEngine.builder()
                .eventSerializer(serializer)
                .snapshotSerializer(snapshotSerializer())
                // events stored at an older revision of the contract are read at the current one
                .upcasterChain(new EventUpcasterChain(new ContractUpcaster()))
                // PostgreSQL's unique violation (23505) on (aggregate, sequence) becomes a ConcurrencyException
                // (AggregateStreamCreationException on a stream's first event). By SQL state: Axon's
                // SQLErrorCodesResolver first looks for a JPA exception and, without JPA on the classpath,
                // fails with NoClassDefFoundError, which turned every write conflict into a 500.
                .persistenceExceptionResolver(new SQLStateResolver("23505"))
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .build();
    }

    /**
     * Snapshots hold the aggregate itself, whose state is private fields without getters (it has no reason
     * to expose any). The contract's mapping sees only getters, so it would write an empty object: this copy
     * reads and writes fields instead, and keeps the tag set's order (a plain {@code Set} would come back a
     * {@code HashSet}). Only snapshots use it; events, tokens and messages keep the contract's mapping.
     */
    static Serializer snapshotSerializer() {
        ObjectMapper mapper = JsonCodec.mapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .registerModule(new SimpleModule("snapshots").addAbstractTypeMapping(Set.class, LinkedHashSet.class));
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, TokenSchema schema) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(schema)
                .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * One JSON mapping for stored events, tokens and messages: the contract's own. A stored event's revision
     * is the contract's revision of its message ({@link CatalogRevisionResolver}).
     */
    @Bean
    @Primary
    public Serializer serializer() {
        return JacksonSerializer.builder()
                .objectMapper(JsonCodec.mapper())
                .revisionResolver(new CatalogRevisionResolver())
                .build();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    /**
     * Axon's default handler error policy logs and moves on, which would skip an event for good: the
     * publisher would never publish it and the read model would never show it. Propagating makes the
     * processor retry the batch from its stored token (with back-off) until the handler succeeds.
     */
    @Bean
    public ConfigurerModule handlerErrorsAreRetried() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
    }

    @Bean
    public CorrelationDataProvider ticketflowCorrelation() {
        return new SimpleCorrelationDataProvider(CORRELATION_ID, TENANT, RELAYED_BY, TRACEPARENT);
    }

    /** Axon's own trace/causation ids; declared because a custom provider makes Axon drop its default. */
    @Bean
    public CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }
}
