package io.ticketflow.notification.email;

import io.ticketflow.notification.delivery.DeliveryChannel.Attempt;
import io.ticketflow.notification.delivery.DeliveryChannel.Outcome;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What a failed SMTP hand-over means for the delivery: a 4xx reply (greylisting, a full queue) and a server we
 * could not reach are worth another try; a 5xx reply (no such mailbox, refused) and an address that does not parse
 * never will be. Details name the reply code or the error class, never the server's text, which may quote the
 * address.
 */
final class SmtpOutcomes {

    private SmtpOutcomes() {
    }

    static Attempt of(MailException failure) {
        if (failure instanceof MailAuthenticationException) {
            return Attempt.retry("SMTP authentication failed", 0);
        }
        int code = 0;
        Throwable root = failure;
        for (Throwable cause : causes(failure)) {
            if (cause instanceof AddressException) {
                return Attempt.refused("invalid address");
            }
            int reply = replyCode(cause);
            if (reply >= 500) {
                return new Attempt(Outcome.REFUSED,
                        "SMTP " + reply, reply);
            }
            if (reply > 0 && code == 0) {
                code = reply;
            }
            root = cause;
        }
        return code > 0 ? Attempt.retry("SMTP " + code, code) : Attempt.retry(root.getClass().getSimpleName(), 0);
    }

    private static int replyCode(Throwable cause) {
        if (cause instanceof SMTPAddressFailedException e) {
            return e.getReturnCode();
        }
        if (cause instanceof SMTPSendFailedException e) {
            return e.getReturnCode();
        }
        if (cause instanceof SMTPSenderFailedException e) {
            return e.getReturnCode();
        }
        return 0;
    }

    /** The failure, what it wraps, the failed messages' exceptions and JavaMail's chained exceptions, once each. */
    private static List<Throwable> causes(MailException failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        if (failure instanceof MailSendException send) {
            todo.addAll(send.getFailedMessages().values());
        }
        List<Throwable> ordered = new ArrayList<>();
        while (!todo.isEmpty()) {
            Throwable next = todo.poll();
            if (next == null || !seen.add(next)) {
                continue;
            }
            ordered.add(next);
            if (next.getCause() != null) {
                todo.add(next.getCause());
            }
            if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
                todo.add(messaging.getNextException());
            }
        }
        return ordered;
    }
}
