package io.ticketflow.mailcatcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catcher as the local platform uses it: Spring's {@link JavaMailSenderImpl} (what notification-service sends
 * with) delivers a multipart mail with threading headers over real SMTP, and the HTTP API gives it back.
 */
class MailCatcherIT {
    private static final String TICKET = "3f6f2a52-8f7e-4d37-9f55-0b5d1a9d8c11";
    private static final ByteArrayOutputStream LOGGED = new ByteArrayOutputStream();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static MailCatcher catcher;
    private static JavaMailSenderImpl sender;

    @BeforeAll
    static void start() {
        MailCatcher.Settings defaults = MailCatcher.Settings.defaults();
        catcher = MailCatcher.start(new MailCatcher.Settings(0, 0, defaults.capacity(), defaults.maxBytes(),
                defaults.maxMessageBytes()), new PrintStream(LOGGED, true, StandardCharsets.UTF_8));
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(catcher.smtpPort());
    }

    @AfterAll
    static void stop() {
        catcher.close();
    }

    @BeforeEach
    void empty() throws Exception {
        assertThat(http("DELETE", "/messages").statusCode()).isEqualTo(204);
    }

    @Test
    void a_multipart_mail_with_threading_headers_reads_back_with_its_parts_and_headers() throws Exception {
        sender.send(reply("alice@example.com", "Re: [TF-1042] Printer on fire", "<reply-1." + TICKET + "@ticketflow>"));

        JsonNode mails = JSON.readTree(get("/messages").body());

        assertThat(mails).hasSize(1);
        JsonNode mail = mails.get(0);
        assertThat(mail.get("from").get(0).asText()).isEqualTo("Ticketflow Support <support@ticketflow.test>");
        assertThat(texts(mail.get("to"))).containsExactly("Alice Example <alice@example.com>");
        assertThat(texts(mail.get("envelope").get("to"))).containsExactly("alice@example.com");
        assertThat(mail.get("subject").asText()).isEqualTo("Re: [TF-1042] Printer on fire");
        assertThat(mail.get("date").asText()).isNotBlank();
        assertThat(mail.get("messageId").asText()).isEqualTo("<reply-1." + TICKET + "@ticketflow>");
        assertThat(mail.get("inReplyTo").asText()).isEqualTo("<ticket." + TICKET + "@ticketflow>");
        assertThat(texts(mail.get("references"))).containsExactly("<ticket." + TICKET + "@ticketflow>");
        assertThat(mail.get("headers").get("Message-ID").get(0).asText()).isEqualTo("<reply-1." + TICKET + "@ticketflow>");
        assertThat(mail.get("text").asText()).contains("Grüße, we are on it.");
        assertThat(mail.get("html").asText()).contains("<p>Grüße, <b>we are on it</b>.</p>");
        assertThat(mail.get("attachments")).isEmpty();
    }

    @Test
    void a_mail_is_served_raw_as_transmitted_and_the_list_is_newest_first() throws Exception {
        sender.send(reply("alice@example.com", "first", "<m1@ticketflow>"));
        sender.send(reply("bob@example.com", "second", "<m2@ticketflow>"));

        JsonNode mails = JSON.readTree(get("/messages").body());
        assertThat(texts(mails.findValues("subject"))).containsExactly("second", "first");

        HttpResponse<String> raw = get(mails.get(1).get("raw").asText());
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.headers().firstValue("Content-Type")).contains("message/rfc822");
        assertThat(raw.body()).contains("Message-ID: <m1@ticketflow>").contains("In-Reply-To: ")
                .contains("Content-Type: multipart/");
    }

    @Test
    void delete_forgets_every_mail() throws Exception {
        sender.send(reply("alice@example.com", "gone soon", "<m3@ticketflow>"));
        assertThat(JSON.readTree(get("/messages").body())).hasSize(1);

        assertThat(http("DELETE", "/messages").statusCode()).isEqualTo(204);

        assertThat(JSON.readTree(get("/messages").body())).isEmpty();
        assertThat(JSON.readTree(get("/health").body()).get("messages").asInt()).isZero();
    }

    @Test
    void bad_requests_answer_problem_json_naming_what_was_wrong() throws Exception {
        HttpResponse<String> notANumber = get("/messages/latest");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(notANumber.body()).get("parameter").asText()).isEqualTo("id");

        HttpResponse<String> unknown = get("/messages/999999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("detail").asText()).contains("999999");

        HttpResponse<String> wrongMethod = http("POST", "/messages");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("GET, DELETE");

        assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void the_log_never_names_a_recipient_a_subject_or_a_body() throws Exception {
        sender.send(reply("carol@example.com", "Carol's secret subject", "<m4@ticketflow>"));

        assertThat(LOGGED.toString(StandardCharsets.UTF_8)).contains("caught mail")
                .doesNotContain("example.com").doesNotContain("Carol").doesNotContain("Grüße");
    }

    private static MimeMessage reply(String to, String subject, String messageId)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(sender.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // The platform sets its own Message-ID so that replies can be matched to their ticket.
                setHeader("Message-ID", messageId);
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom("support@ticketflow.test", "Ticketflow Support");
        helper.setTo(new jakarta.mail.internet.InternetAddress(to, to.startsWith("alice") ? "Alice Example" : null,
                "UTF-8"));
        helper.setSubject(subject);
        helper.setText("Grüße, we are on it.", "<p>Grüße, <b>we are on it</b>.</p>");
        message.setHeader("In-Reply-To", "<ticket." + TICKET + "@ticketflow>");
        message.setHeader("References", "<ticket." + TICKET + "@ticketflow>");
        return message;
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http("GET", path);
    }

    private static HttpResponse<String> http(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + catcher.httpPort() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
