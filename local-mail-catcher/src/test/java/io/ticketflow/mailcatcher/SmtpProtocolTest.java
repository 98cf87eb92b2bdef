package io.ticketflow.mailcatcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The SMTP conversation itself, spoken line by line over a real socket the way a client library would. */
class SmtpProtocolTest {
    private static final int MAX_MESSAGE_BYTES = 2000;

    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private MailCatcher catcher;
    private Socket socket;
    private BufferedReader replies;
    private OutputStream commands;

    @BeforeEach
    void connect() throws IOException {
        catcher = MailCatcher.start(new MailCatcher.Settings(0, 0, 10, 1_000_000, MAX_MESSAGE_BYTES),
                new PrintStream(logged, true, StandardCharsets.UTF_8));
        socket = new Socket("127.0.0.1", catcher.smtpPort());
        replies = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        commands = socket.getOutputStream();
        assertThat(replies.readLine()).startsWith("220 ");
    }

    @AfterEach
    void close() throws IOException {
        socket.close();
        catcher.close();
    }

    @Test
    void ehlo_offers_8bitmime_and_the_size_limit_but_no_auth_or_starttls() throws IOException {
        send("EHLO client.test");
        StringBuilder all = new StringBuilder();
        String line;
        do {
            line = replies.readLine();
            all.append(line).append('\n');
        } while (line.startsWith("250-"));

        assertThat(all.toString()).contains("8BITMIME").contains("SIZE " + MAX_MESSAGE_BYTES)
                .doesNotContain("AUTH").doesNotContain("STARTTLS");
    }

    @Test
    void commands_out_of_order_are_refused_with_503() throws IOException {
        assertThat(command("HELO client.test")).startsWith("250");
        assertThat(command("RCPT TO:<alice@example.com>")).startsWith("503");
        assertThat(command("MAIL FROM:<system@ticketflow.test>")).startsWith("250");
        assertThat(command("DATA")).startsWith("503");
        assertThat(command("MAIL FROM: system@ticketflow.test")).startsWith("501");
        assertThat(command("FROB")).startsWith("502");
        assertThat(command("QUIT")).startsWith("221");
    }

    @Test
    void leading_dots_are_unstuffed_and_the_message_is_kept_byte_for_byte() throws IOException {
        command("HELO client.test");
        command("MAIL FROM:<system@ticketflow.test>");
        assertThat(command("RCPT TO:<alice@example.com>")).startsWith("250");
        assertThat(command("RCPT TO:<bob@example.com>")).startsWith("250");
        assertThat(command("DATA")).startsWith("354");
        send("Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n\r\n..a line that began with a dot\r\nGrüße\r\n.");

        assertThat(replies.readLine()).isEqualTo("250 2.0.0 OK: kept as 1");
        CaughtMail mail = catcher.store().get(1).orElseThrow();
        assertThat(new String(mail.raw(), StandardCharsets.UTF_8))
                .isEqualTo("Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n\r\n.a line that began with a dot\r\nGrüße\r\n");
        assertThat(mail.envelopeFrom()).isEqualTo("system@ticketflow.test");
        assertThat(mail.envelopeTo()).containsExactly("alice@example.com", "bob@example.com");
        assertThat(mail.content().subject()).contains("Grüße");
    }

    @Test
    void a_message_over_the_limit_is_refused_whole_and_the_conversation_goes_on() throws IOException {
        assertThat(command("MAIL FROM:<system@ticketflow.test> SIZE=" + (MAX_MESSAGE_BYTES + 1))).startsWith("552");
        command("MAIL FROM:<system@ticketflow.test>");
        command("RCPT TO:<alice@example.com>");
        command("DATA");
        send("Subject: big\r\n\r\n" + "x".repeat(MAX_MESSAGE_BYTES) + "\r\n.");

        assertThat(replies.readLine()).startsWith("552");
        assertThat(catcher.store().size()).isZero();
        assertThat(command("NOOP")).startsWith("250");
    }

    @Test
    void the_log_names_counts_and_sizes_but_no_address_or_subject() throws IOException {
        command("MAIL FROM:<system@ticketflow.test>");
        command("RCPT TO:<alice@example.com>");
        command("DATA");
        send("Subject: Your printer is on fire\r\n\r\nAlice, the body.\r\n.");
        assertThat(replies.readLine()).startsWith("250");

        String log = logged.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("caught mail 1: 1 recipient(s)")
                .doesNotContain("example.com").doesNotContain("ticketflow.test")
                .doesNotContain("printer").doesNotContain("Alice");
    }

    private String command(String line) throws IOException {
        send(line);
        return replies.readLine();
    }

    private void send(String text) throws IOException {
        commands.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        commands.flush();
    }
}
