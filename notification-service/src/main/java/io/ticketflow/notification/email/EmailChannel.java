package io.ticketflow.notification.email;

import io.ticketflow.api.notification.NotificationChannel;
import io.ticketflow.notification.delivery.Delivery;
import io.ticketflow.notification.delivery.DeliveryChannel;
import io.ticketflow.notification.recipients.Contact;
import io.ticketflow.notification.recipients.Recipients;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.thymeleaf.exceptions.TemplateEngineException;

import java.io.UnsupportedEncodingException;
import java.util.Optional;

/**
 * Sends one email delivery: resolves the recipient's address now (so the log holds none, and a changed address is
 * used), checks the opt-out once more (it may be newer than the delivery), renders and hands the mail to SMTP.
 * SENT once the server accepted it; RETRY on a 4xx reply or no connection; REFUSED on a 5xx reply, no address, an
 * opt-out or a mail that cannot be built.
 */
@Component
class EmailChannel implements DeliveryChannel {

    private final JavaMailSender sender;
    private final Recipients recipients;
    private final EmailPreferences preferences;
    private final MailComposer composer;

    EmailChannel(JavaMailSender sender, Recipients recipients, EmailPreferences preferences, MailComposer composer) {
        this.sender = sender;
        this.recipients = recipients;
        this.preferences = preferences;
        this.composer = composer;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public Attempt send(Delivery delivery) {
        Optional<EmailKind> kind = EmailKind.ofCode(delivery.kind());
        if (kind.isEmpty() || delivery.ticketId() == null) {
            return Attempt.refused("not an email this service writes: " + delivery.kind());
        }
        Optional<Contact> to = recipients.contact(delivery.recipient());
        if (to.isEmpty()) {
            // every requester and agent has an address once projected: the agent (or ticket) is not known yet
            // because its topic is behind; the retry period bounds the wait
            return Attempt.retry("recipient not known yet", 0);
        }
        if (preferences.optedOut(delivery.recipient(), kind.get())) {
            return Attempt.refused("opted out");
        }
        MimeMessage message;
        try {
            message = composer.compose(sender, delivery, kind.get(), to.get());
        } catch (MessagingException | UnsupportedEncodingException | TemplateEngineException unusable) {
            return Attempt.refused("mail not built: " + unusable.getClass().getSimpleName());
        }
        try {
            sender.send(message);
            return Attempt.sent("SMTP 250", 250);
        } catch (MailException failure) {
            return SmtpOutcomes.of(failure);
        }
    }
}
