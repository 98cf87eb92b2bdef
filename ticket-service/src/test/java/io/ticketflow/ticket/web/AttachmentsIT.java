package io.ticketflow.ticket.web;

import io.ticketflow.api.ticket.Attachment;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.wire.EnvelopeHeaders;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TestInfrastructure;
import io.ticketflow.testkit.TopicProbe;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import io.ticketflow.ticket.attachment.AttachmentStore;
import io.ticketflow.ticket.attachment.ContentAddress;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.ticketflow.ticket.web.TicketRestClient.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Attachments on real PostgreSQL and Kafka: upload, reference from a message, the reference in the event,
 * on the topic and in the view, download, de-duplication and every refusal. One context for the class: a
 * real server (for the servlet container's own multipart limit) and MockMvc, with a 64 KB limit.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ticketflow.attachments.max-size=" + AttachmentsIT.LIMIT)
@AutoConfigureMockMvc
@Import(Callers.DefaultCaller.class)
class AttachmentsIT {

    static final String LIMIT = "64KB";
    private static final int LIMIT_BYTES = 64 * 1024;
    private static final String AGENT = "agent:a-17";
    private static final String OPENING = """
            {"subject":"Scanner prints garbage","description":"See the scan",
             "requester":{"email":"dora@example.com","name":"Dora"},"type":"INCIDENT","channel":"WEB"}""";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, AttachmentsIT.class);
        Callers.register(registry);
    }

    @BeforeAll
    static void topics() {
        TestInfrastructure.get().createTopics(Topics.definitions());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AttachmentStore store;

    @LocalServerPort
    int port;

    @Test
    void an_upload_is_referenced_by_a_message_published_shown_and_downloaded_unchanged() throws Exception {
        String ticketId = open();
        byte[] scan = randomBytes(LIMIT_BYTES); // exactly at the limit is allowed

        MvcResult created = upload(ticketId, new MockMultipartFile("file", "scans/page 1.png", "image/png", scan))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn();
        Attachment attachment = JsonCodec.fromJson(created.getResponse().getContentAsByteArray(), Attachment.class);
        assertThat(attachment.fileName()).isEqualTo("page 1.png");
        assertThat(attachment.contentType()).isEqualTo("image/png");
        assertThat(attachment.sizeBytes()).isEqualTo(scan.length);
        assertThat(attachment.storageReference()).isEqualTo(ContentAddress.of(scan).value());
        String download = "/api/tickets/" + ticketId + "/attachments/" + attachment.attachmentId();
        assertThat(created.getResponse().getHeader("Location")).endsWith(download);

        try (TopicProbe probe = TopicProbe.subscribe(Topics.TICKET_EVENTS)) {
            mvc.perform(post("/api/tickets/{id}/messages", ticketId).with(Callers.as(AGENT))
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"visibility":"PUBLIC_REPLY","body":"Your scan, annotated",
                                     "attachmentIds":["%s"]}""".formatted(attachment.attachmentId())))
                    .andExpect(status().isOk());

            ConsumerRecord<String, byte[]> published = probe.awaitRecords(record -> ticketId.equals(record.key())
                    && "MessageAdded".equals(EnvelopeHeaders.value(record.headers(), WireHeaders.EVENT_TYPE)),
                    1, Duration.ofSeconds(30)).get(0);
            assertThat(JsonCodec.fromJson(published.value(), MessageAdded.class).attachments())
                    .containsExactly(attachment);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/tickets/{id}", ticketId))
                .andExpect(jsonPath("$.conversation[0].attachments.length()").value(1))
                .andExpect(jsonPath("$.conversation[0].attachments[0].attachmentId").value(attachment.attachmentId().toString()))
                .andExpect(jsonPath("$.conversation[0].attachments[0].fileName").value("page 1.png"))
                .andExpect(jsonPath("$.conversation[0].attachments[0].storageReference").value(attachment.storageReference())));

        String etag = "\"" + attachment.storageReference() + "\"";
        MvcResult downloaded = mvc.perform(get(download))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().longValue("Content-Length", scan.length))
                .andExpect(header().string("ETag", etag))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", containsString("page 1.png")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
        assertThat(downloaded.getResponse().getContentAsByteArray()).isEqualTo(scan);

        mvc.perform(get(download).header("If-None-Match", etag))
                .andExpect(status().isNotModified());
    }

    @Test
    void identical_uploads_are_two_attachments_of_one_stored_blob() throws Exception {
        byte[] log = randomBytes(1000);
        String first = open();
        String second = open();

        Attachment one = uploaded(first, new MockMultipartFile("file", "app.log", "text/plain", log));
        Attachment two = uploaded(second, new MockMultipartFile("file", "same-app.log", "text/plain", log));
        Attachment again = uploaded(first, new MockMultipartFile("file", "app.log", "text/plain", log));

        assertThat(List.of(one.attachmentId(), two.attachmentId(), again.attachmentId())).doesNotHaveDuplicates();
        assertThat(List.of(two.storageReference(), again.storageReference())).containsOnly(one.storageReference());
        assertThat(store.put(log)).isEqualTo(ContentAddress.of(log));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM attachment_blob WHERE content_address = ?",
                Integer.class, one.storageReference())).isOne();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM attachment WHERE content_address = ?",
                Integer.class, one.storageReference())).isEqualTo(3);
    }

    @Test
    void a_file_over_the_limit_is_a_413_problem_naming_the_file() throws Exception {
        problem(upload(open(), new MockMultipartFile("file", "big.bin", "application/octet-stream",
                randomBytes(LIMIT_BYTES + 1))), 413)
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].reason").value("must be at most " + LIMIT_BYTES + " bytes"));
    }

    /**
     * MockMvc never parses multipart; only a real request meets the servlet container's limit, which refuses
     * the upload while reading it, before any controller code runs.
     */
    @Test
    void the_servlet_containers_own_limit_answers_the_same_413_problem() throws Exception {
        String ticketId = open();
        String boundary = "ticketflow-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(randomBytes(LIMIT_BYTES + 36 * 1024));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/tickets/" + ticketId + "/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                // a requester whose ticket it is not: the controller would answer 404, so a 413 can only be the
                // container's
                .header("Authorization", "Bearer " + Callers.ISSUER.jwt("dora").roles("requester")
                        .claim("email", "dora@example.com").sign())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        assertThat(JsonCodec.fromJson(response.body().getBytes(StandardCharsets.UTF_8), Map.class).get("errors"))
                .isEqualTo(List.of(Map.of("field", "file", "reason", "must be at most " + LIMIT_BYTES + " bytes")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM attachment WHERE ticket_id = ?::uuid", Integer.class,
                ticketId)).isZero();
    }

    @Test
    void an_empty_or_missing_file_is_a_400_problem_naming_it() throws Exception {
        String ticketId = open();
        problem(upload(ticketId, new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0])), 400)
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].reason").value("is empty"));
        problem(upload(ticketId, new MockMultipartFile("document", "x.txt", "text/plain", new byte[] {1})), 400)
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void an_upload_to_an_unknown_ticket_is_a_404_and_to_a_closed_one_a_409() throws Exception {
        String unknown = UUID.randomUUID().toString();
        problem(upload(unknown, textFile()), 404).andExpect(jsonPath("$.ticketId").value(unknown));

        String duplicate = open();
        mvc.perform(post("/api/tickets/{id}/merge", duplicate).with(Callers.as(AGENT))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"targetTicketId\":\"" + open() + "\"}"))
                .andExpect(status().isOk());
        problem(upload(duplicate, textFile()), 409).andExpect(jsonPath("$.detail").value(containsString("closed")));
    }

    @Test
    void a_message_names_only_files_of_its_own_ticket() throws Exception {
        String ticketId = open();
        String other = open();
        Attachment own = uploaded(ticketId, textFile());
        Attachment foreign = uploaded(other, textFile());

        problem(message(ticketId, own.attachmentId(), foreign.attachmentId()), 400)
                .andExpect(jsonPath("$.errors[0].field").value("attachmentIds[1]"));
        problem(message(ticketId, UUID.randomUUID()), 400)
                .andExpect(jsonPath("$.errors[0].field").value("attachmentIds[0]"));
        problem(message(ticketId, own.attachmentId(), own.attachmentId()), 400)
                .andExpect(jsonPath("$.errors[0].field").value("attachmentIds[1]"));
        // nor is another ticket's file downloaded through this one
        problem(mvc.perform(get("/api/tickets/{id}/attachments/{a}", ticketId, foreign.attachmentId())), 404);
        mvc.perform(get("/api/tickets/{id}/attachments/{a}", other, foreign.attachmentId())).andExpect(status().isOk());
    }

    @Test
    void a_recorded_file_whose_content_is_gone_is_a_404_problem() throws Exception {
        String ticketId = open();
        Attachment erased = uploaded(ticketId, textFile());
        jdbc.update("DELETE FROM attachment_blob WHERE content_address = ?", erased.storageReference());

        problem(mvc.perform(get("/api/tickets/{id}/attachments/{a}", ticketId, erased.attachmentId())), 404)
                .andExpect(jsonPath("$.detail").value(containsString("no longer stored")));
    }

    private ResultActions upload(String ticketId, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/api/tickets/{id}/attachments", ticketId).file(file)
                .with(Callers.as(AGENT)));
    }

    private Attachment uploaded(String ticketId, MockMultipartFile file) throws Exception {
        byte[] body = upload(ticketId, file).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsByteArray();
        return JsonCodec.fromJson(body, Attachment.class);
    }

    private ResultActions message(String ticketId, UUID... attachmentIds) throws Exception {
        String ids = String.join("\",\"", Arrays.stream(attachmentIds).map(UUID::toString).toList());
        return mvc.perform(post("/api/tickets/{id}/messages", ticketId).with(Callers.as(AGENT))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"visibility\":\"INTERNAL_NOTE\",\"body\":\"see attached\",\"attachmentIds\":[\"" + ids + "\"]}"));
    }

    /** Different bytes each time, so no test meets another's blob. */
    private static MockMultipartFile textFile() {
        return new MockMultipartFile("file", "notes.txt", "text/plain", randomBytes(100));
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private String open() throws Exception {
        return new TicketRestClient(mvc).open(OPENING);
    }
}
