package io.ticketflow.notification.email;

import io.ticketflow.api.notification.NotificationChannel;
import io.ticketflow.notification.delivery.Delivery;
import io.ticketflow.notification.delivery.DeliveryLog;
import io.ticketflow.notification.recipients.Contact;
import io.ticketflow.notification.recipients.RecipientReference;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailComposerTest {

    static final UUID TICKET = UUID.fromString("0b5d6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e");

    final EmailProperties settings = new EmailProperties("Support <support@example.com>", "en", List.of("en", "de"),
            "http://localhost/rate/{ticketId}", "ticketflow");
    final MailComposer composer = new MailComposer(new MailTemplates(), settings);
    final JavaMailSenderImpl sender = new JavaMailSenderImpl();

    Delivery delivery(EmailKind kind, String recipient, String subject) {
        UUID event = UUID.randomUUID();
        return new Delivery(DeliveryLog.notificationId(event, NotificationChannel.EMAIL, recipient), event,
                NotificationChannel.EMAIL, recipient, TICKET, kind.code(),
                Map.of("ticketId", TICKET.toString(), "subject", subject, "locale", "en"), 0, Instant.now(),
                UUID.randomUUID(), Instant.now().plusSeconds(60));
    }

    @Test
    void the_acknowledgement_is_the_thread_root_and_every_other_mail_refers_to_it() throws Exception {
        String requester = RecipientReference.requester(TICKET);
        MimeMessage ack = composer.compose(sender, delivery(EmailKind.TICKET_OPENED, requester, "Printer"),
                EmailKind.TICKET_OPENED, new Contact("alice@example.com", "Alice"));
        assertThat(ack.getHeader("Message-ID")).containsExactly("<ticket-" + TICKET + "@ticketflow>");
        assertThat(ack.getHeader("In-Reply-To")).isNull();

        Delivery resolved = delivery(EmailKind.TICKET_RESOLVED, requester, "Printer");
        MimeMessage mail = composer.compose(sender, resolved, EmailKind.TICKET_RESOLVED,
                new Contact("alice@example.com", "Alice"));
        assertThat(mail.getHeader("Message-ID")).containsExactly("<" + resolved.notificationId() + "@ticketflow>");
        assertThat(mail.getHeader("In-Reply-To")).containsExactly("<ticket-" + TICKET + "@ticketflow>");
        assertThat(mail.getHeader("References")).containsExactly("<ticket-" + TICKET + "@ticketflow>");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    }

    /** Subjects and names come from customers; JavaMail folds and encodes them, which this keeps true. */
    @Test
    void line_breaks_in_a_subject_or_name_cannot_add_headers() throws Exception {
        MimeMessage mail = composer.compose(sender, delivery(EmailKind.TICKET_OPENED,
                RecipientReference.requester(TICKET), "Help\r\nBcc: victim@example.com"), EmailKind.TICKET_OPENED,
                new Contact("alice@example.com", "Alice\r\nBcc: other@example.com"));
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        mail.writeTo(wire);
        MimeMessage received = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(wire.toByteArray()));
        assertThat(received.getHeader("Bcc")).isNull();
        assertThat(received.getAllRecipients()).hasSize(1);
        assertThat(received.getSubject()).isEqualTo("[#0b5d6c1e] Help Bcc: victim@example.com");
    }

    @Test
    void an_address_that_is_not_one_is_refused_before_sending() {
        assertThatThrownBy(() -> composer.compose(sender, delivery(EmailKind.TICKET_OPENED,
                RecipientReference.requester(TICKET), "Printer"), EmailKind.TICKET_OPENED,
                new Contact("not an address", "Alice"))).isInstanceOf(AddressException.class);
    }
}
