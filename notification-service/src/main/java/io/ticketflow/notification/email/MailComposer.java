package io.ticketflow.notification.email;

import io.ticketflow.notification.delivery.Delivery;
import io.ticketflow.notification.recipients.Contact;
import io.ticketflow.notification.recipients.RecipientReference;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Builds one delivery's mail: multipart/alternative (plain text first, then HTML) in the recipient's language, and
 * the threading headers. Every mail of a ticket names the ticket's thread root {@code <ticket-<id>@ticketflow>} in
 * {@code In-Reply-To} and {@code References}; the requester's acknowledgement is the root itself. So a mail client
 * shows one ticket as one conversation, and a reply to any of its mails names the ticket in its own headers.
 */
@Component
class MailComposer {

    private final MailTemplates templates;
    private final EmailProperties settings;

    MailComposer(MailTemplates templates, EmailProperties settings) {
        this.templates = templates;
        this.settings = settings;
    }

    /** The ticket's thread root, the Message-ID every mail of the ticket refers to. */
    String threadRoot(UUID ticketId) {
        return "<ticket-" + ticketId + "@" + settings.threadDomain() + ">";
    }

    /** The short reference in subject lines: the first 8 characters of the ticket id. */
    static String reference(UUID ticketId) {
        return ticketId.toString().substring(0, 8);
    }

    MimeMessage compose(JavaMailSender sender, Delivery delivery, EmailKind kind, Contact to)
            throws MessagingException, UnsupportedEncodingException {
        UUID ticketId = delivery.ticketId();
        Map<String, Object> variables = new HashMap<>(delivery.data());
        variables.put("name", to.name() == null ? "" : to.name());
        String locale = settings.localeFor((String) delivery.data().get("locale"));
        MailTemplates.Rendered mail = templates.render(kind, locale, reference(ticketId), variables);

        MimeMessage message = sender.createMimeMessage();
        message.setFrom(new InternetAddress(settings.from()));
        InternetAddress recipient = new InternetAddress(to.email(), to.name(), StandardCharsets.UTF_8.name());
        recipient.validate();
        message.setRecipient(Message.RecipientType.TO, recipient);
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setContent(alternative(mail));
        String root = threadRoot(ticketId);
        boolean startsThread = kind == EmailKind.TICKET_OPENED
                && delivery.recipient().equals(RecipientReference.requester(ticketId));
        // JavaMailSenderImpl keeps a Message-ID set before sending
        message.setHeader("Message-ID", startsThread ? root
                : "<" + delivery.notificationId() + "@" + settings.threadDomain() + ">");
        if (!startsThread) {
            message.setHeader("In-Reply-To", root);
            message.setHeader("References", root);
        }
        // RFC 3834: out-of-office and other robots must not answer notifications
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Ticketflow-Ticket-Id", ticketId.toString());
        return message;
    }

    private static MimeMultipart alternative(MailTemplates.Rendered mail) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        // the last part is the preferred one (RFC 2046): HTML where it can be shown
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        return alternative;
    }
}
