package io.ticketflow.notification.email;

import io.ticketflow.notification.delivery.DeliveryChannel.Attempt;
import io.ticketflow.notification.delivery.DeliveryChannel.Outcome;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

import java.net.ConnectException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpOutcomesTest {

    static final InternetAddress BOB = address();

    @Test
    void a_4xx_reply_to_a_recipient_is_retried_a_5xx_refused_without_the_servers_text() {
        Attempt greylisted = SmtpOutcomes.of(rejected(451));
        assertThat(greylisted.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(greylisted.statusCode()).isEqualTo(451);
        assertThat(greylisted.detail()).isEqualTo("SMTP 451");

        Attempt unknown = SmtpOutcomes.of(rejected(550));
        assertThat(unknown.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(unknown.detail()).isEqualTo("SMTP 550").doesNotContain("bob");
    }

    @Test
    void a_5xx_reply_to_the_message_is_refused() {
        MailSendException failure = new MailSendException(Map.of(new Object(),
                new SMTPSendFailedException("DATA", 554, "554 5.7.1 spam", null, null, null, null)));
        assertThat(SmtpOutcomes.of(failure).outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void a_server_that_cannot_be_reached_is_retried() {
        MailSendException failure = new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));
        Attempt attempt = SmtpOutcomes.of(failure);
        assertThat(attempt.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(attempt.statusCode()).isZero();
        assertThat(SmtpOutcomes.of(new MailAuthenticationException("bad password")).outcome())
                .isEqualTo(Outcome.RETRY);
    }

    @Test
    void an_address_that_does_not_parse_is_refused() {
        MailSendException failure = new MailSendException(Map.of(new Object(),
                new AddressException("Illegal address", "bob@")));
        assertThat(SmtpOutcomes.of(failure).outcome()).isEqualTo(Outcome.REFUSED);
    }

    private static MailSendException rejected(int code) {
        SMTPAddressFailedException rcpt = new SMTPAddressFailedException(BOB, "RCPT TO:<bob@example.com>", code,
                code + " 5.1.1 <bob@example.com> no such user");
        SendFailedException send = new SendFailedException("Invalid Addresses", rcpt);
        return new MailSendException(Map.of(new Object(), send));
    }

    private static InternetAddress address() {
        try {
            return new InternetAddress("bob@example.com");
        } catch (AddressException e) {
            throw new IllegalStateException(e);
        }
    }
}
