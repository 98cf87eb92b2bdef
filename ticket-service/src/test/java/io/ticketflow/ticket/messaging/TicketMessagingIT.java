package io.ticketflow.ticket.messaging;

import io.ticketflow.ticket.config.AxonStorageConfig;
import io.ticketflow.ticket.web.Callers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketflow.api.command.AddTicketMessage;
import io.ticketflow.api.command.AssignTicket;
import io.ticketflow.api.command.ChangeTicketPriority;
import io.ticketflow.api.command.TicketCommand;
import io.ticketflow.api.command.TicketCommandRejected;
import io.ticketflow.api.command.UnassignTicket;
import io.ticketflow.api.intake.TicketSubmission;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Attachment;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.EnvelopeHeaders;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TestInfrastructure;
import io.ticketflow.testkit.TopicProbe;
import io.ticketflow.testkit.identity.TestIssuer;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Commands over {@code ticketflow.ticket-commands} and submissions over {@code ticketflow.intake}, end to
 * end inside ticket-service on real Kafka and PostgreSQL: each id applied once however often it arrives,
 * refusals answered once on the results topic, unreadable or refused input dead-lettered with a reason, and
 * submissions opened by the system whose token they carry, judged at the time the record was written.
 */
@RealInfrastructure
@SpringBootTest(properties = {"ticketflow.consumers.auto-startup=true",
        // two clients bound to one source: either may carry replies to the other's tickets
        "ticketflow.intake.sources.shop-client=shop", "ticketflow.intake.sources.shop-relay=shop"})
@AutoConfigureMockMvc
@Import(Callers.DefaultCaller.class)
class TicketMessagingIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Actor ROUTING = Actor.system("routing-service");
    /** The local identity server's client for systems; here only a subject the test issuer signs for. */
    private static final String SYSTEM_CLIENT = "ticketflow-system";
    private static final String OPEN = """
            {"subject":"VPN drops","description":"Every ten minutes","requester":{"email":"carl@example.com",
             "name":"Carl"},"type":"INCIDENT","priority":"NORMAL","channel":"WEB"}""";

    private static KafkaProducer<String, byte[]> producer;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, TicketMessagingIT.class);
        Callers.register(registry);
    }

    @BeforeAll
    static void topicsAndProducer() {
        TestInfrastructure.get().createTopics(Topics.definitions());
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventStore events;

    @Test
    void a_command_delivered_twice_is_applied_once() throws Exception {
        UUID ticketId = openTicket();
        var assign = new AssignTicket(UUID.randomUUID(), ticketId, "agent-7", "team-network", "skills matched",
                null, ROUTING, Instant.now());

        send(Topics.TICKET_COMMANDS, ticketId.toString(), assign);
        send(Topics.TICKET_COMMANDS, ticketId.toString(), assign);
        // the same partition, after both deliveries: once this is applied, the redelivery has been handled
        send(Topics.TICKET_COMMANDS, ticketId.toString(), new ChangeTicketPriority(UUID.randomUUID(), ticketId,
                Priority.HIGH, "customer escalated by phone", ROUTING, Instant.now()));

        await().atMost(WAIT).until(() -> payloads(ticketId).stream()
                .anyMatch(event -> event instanceof io.ticketflow.api.ticket.TicketPriorityChanged));
        assertThat(payloads(ticketId)).filteredOn(TicketAssigned.class::isInstance).hasSize(1);
    }

    @Test
    void a_refused_command_is_answered_once_on_the_results_topic_with_the_reason() throws Exception {
        UUID ticketId = openTicket();
        var refused = new UnassignTicket(UUID.randomUUID(), ticketId, "wrong team", ROUTING, Instant.now());
        var alsoRefused = new UnassignTicket(UUID.randomUUID(), ticketId, "still wrong", ROUTING, Instant.now());

        try (TopicProbe results = TopicProbe.subscribe(Topics.TICKET_COMMAND_RESULTS)) {
            send(Topics.TICKET_COMMANDS, ticketId.toString(), refused);
            send(Topics.TICKET_COMMANDS, ticketId.toString(), refused);
            send(Topics.TICKET_COMMANDS, ticketId.toString(), alsoRefused);

            // answers keep the order of the commands (one key, one partition): after the last one's answer,
            // any second answer to the first would be there too
            results.awaitRecords(record -> commandIdOf(record).equals(alsoRefused.commandId()), 1, WAIT);
            List<ConsumerRecord<String, byte[]>> answers =
                    results.awaitRecords(record -> commandIdOf(record).equals(refused.commandId()), 1, WAIT);
            assertThat(results.awaitRecords(record -> ticketId.toString().equals(record.key()), 2, WAIT))
                    .extracting(TicketMessagingIT::commandIdOf)
                    .containsExactly(refused.commandId(), alsoRefused.commandId());

            ConsumerRecord<String, byte[]> answer = answers.get(0);
            assertThat(header(answer, WireHeaders.EVENT_TYPE)).isEqualTo("TicketCommandRejected");
            TicketCommandRejected rejected = JsonCodec.fromJson(answer.value(), TicketCommandRejected.class);
            assertThat(rejected.ticketId()).isEqualTo(ticketId);
            assertThat(rejected.commandType()).isEqualTo("UnassignTicket");
            assertThat(rejected.reason()).isNotBlank();
        }
    }

    @Test
    void a_command_nobody_can_read_goes_to_the_dead_letter_topic() throws Exception {
        String key = UUID.randomUUID().toString();
        try (TopicProbe deadLetters = TopicProbe.subscribe(Topics.deadLetterOf(Topics.TICKET_COMMANDS))) {
            var headers = EnvelopeHeaders.write(new Envelope<>(UUID.randomUUID(), "AssignTicket", 1, Instant.now(),
                    null, null, key, "unused"));
            producer.send(new ProducerRecord<>(Topics.TICKET_COMMANDS, null, key,
                    "{\"commandId\": not json".getBytes(StandardCharsets.UTF_8), headers));
            producer.flush();

            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(record -> key.equals(record.key()), 1, WAIT).get(0);
            assertThat(header(dead, WireHeaders.DLT_REASON)).startsWith("unreadable value");
        }
    }

    @Test
    void a_submission_opens_one_ticket_and_the_same_reference_later_adds_a_message() throws Exception {
        String reference = "ALERT-" + UUID.randomUUID();
        TicketSubmission first = submission(reference, "Disk full on db-3");
        UUID ticketId = IntakeConsumer.ticketIdOf("default", first);

        send(Topics.INTAKE, first.submissionId().toString(), first);
        send(Topics.INTAKE, first.submissionId().toString(), first); // a redelivery opens nothing and adds nothing
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get("/api/tickets/{id}", ticketId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("Disk full on db-3")));

        TicketSubmission again = submission(reference, "Still full, now db-4 too");
        try (TopicProbe ticketEvents = TopicProbe.subscribe(Topics.TICKET_EVENTS)) {
            send(Topics.INTAKE, again.submissionId().toString(), again);
            await().atMost(WAIT).untilAsserted(() -> mvc.perform(get("/api/tickets/{id}", ticketId))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.conversation.length()").value(1))
                    .andExpect(jsonPath("$.conversation[0].body").value("Still full, now db-4 too"))
                    .andExpect(jsonPath("$.conversation[0].authorKind").value("CUSTOMER"))
                    .andExpect(jsonPath("$.conversation[0].visibility").value("PUBLIC_REPLY")));

            // consumers learn from the published reply which verified system carried it
            ConsumerRecord<String, byte[]> reply = ticketEvents.awaitRecords(record -> ticketId.toString()
                    .equals(record.key()) && "MessageAdded".equals(header(record, WireHeaders.EVENT_TYPE)), 1, WAIT)
                    .get(0);
            assertThat(header(reply, WireHeaders.RELAYED_BY)).isEqualTo("SYSTEM:" + SYSTEM_CLIENT);
        }

        List<Object> stored = payloads(ticketId);
        assertThat(stored).filteredOn(TicketOpened.class::isInstance).hasSize(1);
        assertThat(stored).filteredOn(MessageAdded.class::isInstance).hasSize(1);
        // the reply is the requester's, relayed by the system whose token carried it, which the store keeps
        assertThat(events.readEvents(ticketId.toString()).asStream()
                .filter(event -> event.getPayload() instanceof MessageAdded).findFirst().orElseThrow()
                .getMetaData().get(AxonStorageConfig.RELAYED_BY)).isEqualTo("SYSTEM:" + SYSTEM_CLIENT);
    }

    @Test
    void a_submission_the_rules_refuse_goes_to_the_dead_letter_topic_with_the_reason() throws Exception {
        // the schema takes any string; the ticket's rules want a subject with words in it
        TicketSubmission noSubject = new TicketSubmission(UUID.randomUUID(), "monitoring", "ALERT-" + UUID.randomUUID(),
                "   ", "no subject given", new Requester("ops@example.com", "Ops", null), TicketType.INCIDENT,
                null, Channel.API, List.of(), Map.of(), Instant.now());
        String key = noSubject.submissionId().toString();

        try (TopicProbe deadLetters = TopicProbe.subscribe(Topics.deadLetterOf(Topics.INTAKE))) {
            send(Topics.INTAKE, key, noSubject);

            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(record -> key.equals(record.key()), 1, WAIT).get(0);
            assertThat(header(dead, WireHeaders.DLT_REASON)).contains("refused").contains("subject");
        }
        assertThat(events.lastSequenceNumberFor(IntakeConsumer.ticketIdOf("default", noSubject).toString())).isEmpty();
    }

    @Test
    void a_message_command_takes_its_attachments_by_id_from_the_uploads_and_rejects_an_unknown_one() throws Exception {
        UUID ticketId = openTicket();
        String uploaded = mvc.perform(multipart("/api/tickets/{id}/attachments", ticketId)
                        .file(new MockMultipartFile("file", "heap.txt", "text/plain", UUID.randomUUID().toString()
                                .getBytes(StandardCharsets.UTF_8)))
                        .with(Callers.as("system:monitoring")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        Attachment stored = JsonCodec.fromJson(uploaded.getBytes(StandardCharsets.UTF_8), Attachment.class);
        // the sender's name, type, size and storage reference do not count: the upload's do
        var claimed = new Attachment(stored.attachmentId(), "other.exe", "application/x-msdownload", 1,
                "sha256:" + "0".repeat(64));
        var withFile = new AddTicketMessage(UUID.randomUUID(), ticketId, MessageVisibility.INTERNAL_NOTE,
                "heap dump attached", List.of(claimed), ROUTING, Instant.now());
        var unknownFile = new AddTicketMessage(UUID.randomUUID(), ticketId, MessageVisibility.INTERNAL_NOTE,
                "and another", List.of(stored, new Attachment(UUID.randomUUID(), "x.txt", "text/plain", 1,
                claimed.storageReference())), ROUTING, Instant.now());

        try (TopicProbe results = TopicProbe.subscribe(Topics.TICKET_COMMAND_RESULTS)) {
            send(Topics.TICKET_COMMANDS, ticketId.toString(), withFile);
            send(Topics.TICKET_COMMANDS, ticketId.toString(), unknownFile);

            ConsumerRecord<String, byte[]> answer = results.awaitRecords(
                    record -> commandIdOf(record).equals(unknownFile.commandId()), 1, WAIT).get(0);
            TicketCommandRejected rejected = JsonCodec.fromJson(answer.value(), TicketCommandRejected.class);
            assertThat(rejected.field()).isEqualTo("attachments[1].attachmentId");
        }
        // commands of one ticket are applied in order: the rejection of the second follows the first
        assertThat(payloads(ticketId)).filteredOn(MessageAdded.class::isInstance)
                .singleElement().extracting(event -> ((MessageAdded) event).attachments())
                .isEqualTo(List.of(stored));
    }

    @Test
    void submissions_that_break_the_schema_are_dead_lettered_naming_the_field_and_the_next_one_is_processed()
            throws Exception {
        TicketSubmission valid = submission("ALERT-" + UUID.randomUUID(), "Certificate expires tomorrow");
        ObjectNode noSubject = json(valid);
        noSubject.remove("subject");
        ObjectNode unknownType = json(valid);
        unknownType.put("type", "OUTAGE");
        ObjectNode extraField = json(valid);
        extraField.put("urgency", "now");
        // one key: one partition, so the valid submission queues behind the three invalid ones
        String key = valid.submissionId().toString();

        try (TopicProbe deadLetters = TopicProbe.subscribe(Topics.deadLetterOf(Topics.INTAKE))) {
            for (ObjectNode invalid : List.of(noSubject, unknownType, extraField)) {
                sendSubmission(key, JsonCodec.toJson(invalid));
            }
            sendSubmission(key, JsonCodec.toJson(valid));

            await().atMost(WAIT).untilAsserted(() -> mvc.perform(get("/api/tickets/{id}",
                            IntakeConsumer.ticketIdOf("default", valid)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.subject").value("Certificate expires tomorrow")));
            assertThat(deadLetters.awaitRecords(record -> key.equals(record.key()), 3, WAIT))
                    .extracting(record -> header(record, WireHeaders.DLT_REASON))
                    .satisfiesExactly(
                            reason -> assertThat(reason).contains("TicketSubmission schema").contains("subject"),
                            reason -> assertThat(reason).contains("$.type").contains("enumeration"),
                            reason -> assertThat(reason).contains("urgency"));
        }
    }

    @Test
    void a_submission_is_opened_by_the_system_its_token_names_and_the_published_event_says_so() throws Exception {
        TicketSubmission submission = submission("ALERT-" + UUID.randomUUID(), "Backup failed on fs-2");
        UUID ticketId = IntakeConsumer.ticketIdOf("default", submission);

        try (TopicProbe ticketEvents = TopicProbe.subscribe(Topics.TICKET_EVENTS)) {
            sendSubmission(submission.submissionId().toString(), JsonCodec.toJson(submission),
                    "Bearer " + systemToken(), Instant.now());

            ConsumerRecord<String, byte[]> opened = ticketEvents.awaitRecords(record -> ticketId.toString()
                    .equals(record.key()) && "TicketOpened".equals(header(record, WireHeaders.EVENT_TYPE)), 1, WAIT).get(0);
            assertThat(JsonCodec.fromJson(opened.value(), TicketOpened.class).openedBy())
                    .isEqualTo(Actor.system(SYSTEM_CLIENT));
        }
        // the sender's sourceSystem ("monitoring") names where it came from, not who opened it
        mvc.perform(get("/api/tickets/{id}", ticketId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openedBy").value("SYSTEM:" + SYSTEM_CLIENT));
    }

    @Test
    void a_record_backdated_into_an_expired_tokens_lifetime_is_refused_as_the_broker_stamps_the_time_of_writing()
            throws Exception {
        TicketSubmission submission = submission("ALERT-" + UUID.randomUUID(), "Backdated with an old token");
        String key = submission.submissionId().toString();
        // valid from six minutes ago until one minute ago; the sender claims it wrote the record three minutes ago
        String expiredSince = Callers.ISSUER.jwt(SYSTEM_CLIENT).roles("system").expiredAgo(Duration.ofMinutes(1))
                .sign();
        Instant claimed = Instant.now().minus(Duration.ofMinutes(3));

        try (TopicProbe deadLetters = TopicProbe.subscribe(Topics.deadLetterOf(Topics.INTAKE))) {
            sendSubmission(key, JsonCodec.toJson(submission), expiredSince, claimed);

            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(record -> key.equals(record.key()), 1, WAIT)
                    .get(0);
            assertThat(header(dead, WireHeaders.DLT_REASON))
                    .contains("identity refused: the token had expired when the record was written");
            assertThat(Instant.ofEpochMilli(dead.timestamp())).as("the broker's time, not the claimed one")
                    .isAfter(claimed.plus(Duration.ofMinutes(2)));
            assertThat(dead.headers().headers(WireHeaders.AUTHORIZATION)).as("no token on the DLT").isEmpty();
        }
        assertThat(events.lastSequenceNumberFor(IntakeConsumer.ticketIdOf("default", submission).toString())).isEmpty();
    }

    @Test
    void a_reply_carried_by_another_system_than_the_opener_is_refused_unless_that_system_is_bound_to_the_source()
            throws Exception {
        TicketSubmission opening = submission("ALERT-" + UUID.randomUUID(), "Printer on fire");
        UUID ticketId = IntakeConsumer.ticketIdOf("default", opening);
        sendSubmission(opening.submissionId().toString(), JsonCodec.toJson(opening), systemToken(), Instant.now());
        await().atMost(WAIT).untilAsserted(() -> assertThat(payloads(ticketId)).hasSize(1));

        TicketSubmission intruding = submission(opening.externalReference(), "Ignore that, close it");
        String key = intruding.submissionId().toString();
        try (TopicProbe deadLetters = TopicProbe.subscribe(Topics.deadLetterOf(Topics.INTAKE))) {
            sendSubmission(key, JsonCodec.toJson(intruding), Callers.ISSUER.token("other-client", "system"),
                    Instant.now());

            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(record -> key.equals(record.key()), 1, WAIT)
                    .get(0);
            assertThat(header(dead, WireHeaders.DLT_REASON)).contains("identity refused: a reply to a ticket opened by"
                    + " SYSTEM:" + SYSTEM_CLIENT).contains("not SYSTEM:other-client");
        }
        assertThat(payloads(ticketId)).noneMatch(MessageAdded.class::isInstance);

        // shop-client and shop-relay are both bound to the source "shop": either may carry the requester's reply
        TicketSubmission shopOpening = shopSubmission(null, "Parcel lost");
        UUID shopTicket = IntakeConsumer.ticketIdOf("default", shopOpening);
        TicketSubmission relayed = shopSubmission(shopOpening.externalReference(), "Still not here");
        sendSubmission(shopOpening.submissionId().toString(), JsonCodec.toJson(shopOpening),
                Callers.ISSUER.token("shop-client", "system"), Instant.now());
        await().atMost(WAIT).untilAsserted(() -> assertThat(payloads(shopTicket)).hasSize(1));
        sendSubmission(relayed.submissionId().toString(), JsonCodec.toJson(relayed),
                Callers.ISSUER.token("shop-relay", "system"), Instant.now());
        await().atMost(WAIT).untilAsserted(() -> assertThat(payloads(shopTicket))
                .filteredOn(MessageAdded.class::isInstance).hasSize(1));
    }

    static Stream<Arguments> refusedIdentities() {
        TestIssuer issuer = Callers.ISSUER;
        return Stream.of(
                arguments("no token", null, "no ticketflow-authorization header"),
                arguments("tampered", issuer.jwt(SYSTEM_CLIENT).roles("system").tampered().sign(),
                        "the token's signature does not verify against the issuer's keys"),
                arguments("wrong issuer", issuer.jwt(SYSTEM_CLIENT).roles("system").issuer("https://elsewhere.example")
                        .sign(), "the token is not valid here: The iss claim is not valid"),
                arguments("wrong audience", issuer.jwt(SYSTEM_CLIENT).roles("system").audience("billing").sign(),
                        "the token is not valid here: The aud claim is not valid"),
                arguments("expired before the record was written", issuer.jwt(SYSTEM_CLIENT).roles("system")
                        .expiredAgo(Duration.ofMinutes(5)).sign(),
                        "the token had expired when the record was written"),
                arguments("a requester's", Callers.bearer("customer:c-42"),
                        "the token is not a system's (no role system)"),
                arguments("an empty header", "Bearer ", "empty authorization header"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedIdentities")
    void a_submission_without_a_valid_system_token_is_dead_lettered_with_the_reason_and_opens_nothing(String what,
            String authorization, String reason) throws Exception {
        TicketSubmission submission = submission("ALERT-" + UUID.randomUUID(), "Who sent this?");
        String key = submission.submissionId().toString();

        try (TopicProbe deadLetters = TopicProbe.subscribe(Topics.deadLetterOf(Topics.INTAKE))) {
            sendSubmission(key, JsonCodec.toJson(submission), authorization, Instant.now());

            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(record -> key.equals(record.key()), 1, WAIT)
                    .get(0);
            assertThat(header(dead, WireHeaders.DLT_REASON)).contains("identity refused: " + reason);
            if (authorization != null) {
                assertThat(header(dead, WireHeaders.DLT_REASON))
                        .doesNotContain(authorization.substring(authorization.lastIndexOf('.') + 1));
            }
        }
        assertThat(events.lastSequenceNumberFor(IntakeConsumer.ticketIdOf("default", submission).toString())).isEmpty();
    }

    private static TicketSubmission submission(String reference, String text) {
        return new TicketSubmission(UUID.randomUUID(), "monitoring", reference, text, text,
                new Requester("ops@example.com", "Ops", null), TicketType.INCIDENT, Priority.HIGH, Channel.API,
                List.of("disk"), Map.of(), Instant.now());
    }

    /** A submission from the web shop, whose source two clients are bound to; a new reference when null. */
    private static TicketSubmission shopSubmission(String reference, String text) {
        return new TicketSubmission(UUID.randomUUID(), "shop", reference == null ? "ORDER-" + UUID.randomUUID()
                : reference, text, text, new Requester("buyer@example.com", "Buyer", null), TicketType.INQUIRY,
                Priority.NORMAL, Channel.API, List.of(), Map.of(), Instant.now());
    }

    private static ObjectNode json(TicketSubmission submission) {
        return JsonCodec.mapper().valueToTree(submission);
    }

    /** A submission as raw JSON, for what the contract's records cannot even express, with a system's token. */
    private static void sendSubmission(String key, byte[] json) throws Exception {
        sendSubmission(key, json, "Bearer " + systemToken(), Instant.now());
    }

    /** A submission as a system sends it: {@code authorization} (none when null) and the record's timestamp. */
    private static void sendSubmission(String key, byte[] json, String authorization, Instant writtenAt)
            throws Exception {
        Headers headers = EnvelopeHeaders.write(new Envelope<>(UUID.randomUUID(), "TicketSubmission", 1, Instant.now(),
                null, null, key, json));
        if (authorization != null) {
            headers.add(WireHeaders.AUTHORIZATION, authorization.getBytes(StandardCharsets.UTF_8));
        }
        producer.send(new ProducerRecord<>(Topics.INTAKE, null, writtenAt.toEpochMilli(), key, json, headers)).get();
    }

    /** A token of the platform's system client, as {@code ./ticketflow token system} prints one. */
    private static String systemToken() {
        return Callers.ISSUER.token(SYSTEM_CLIENT, "system");
    }

    private UUID openTicket() throws Exception {
        String body = mvc.perform(post("/api/tickets").contentType(MediaType.APPLICATION_JSON).content(OPEN))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        Matcher id = Pattern.compile("\"ticketId\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(body);
        assertThat(id.find()).as(body).isTrue();
        return UUID.fromString(id.group(1));
    }

    /** A record as another service would send it: the command id (or submission id) in the event-id header. */
    private static void send(String topic, String key, Object message) throws Exception {
        UUID eventId = message instanceof TicketCommand command ? command.commandId()
                : ((TicketSubmission) message).submissionId();
        var type = MessageCatalog.of(message.getClass());
        Headers headers = EnvelopeHeaders.write(new Envelope<>(eventId, type.name(), type.revision(), Instant.now(),
                "it-" + eventId, null, key, message));
        if (message instanceof TicketSubmission) {
            headers.add(WireHeaders.AUTHORIZATION, systemToken().getBytes(StandardCharsets.UTF_8));
        }
        producer.send(new ProducerRecord<>(topic, null, key, JsonCodec.toJson(message), headers)).get();
    }

    private List<Object> payloads(UUID ticketId) {
        return events.readEvents(ticketId.toString()).asStream().map(event -> (Object) event.getPayload()).toList();
    }

    private static UUID commandIdOf(ConsumerRecord<String, byte[]> record) {
        return JsonCodec.fromJson(record.value(), TicketCommandRejected.class).commandId();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return EnvelopeHeaders.value(record.headers(), name);
    }
}
