package io.ticketflow.notification.email;

import io.ticketflow.notification.recipients.Recipients;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.List;
import java.util.Set;

/**
 * The {@code email_opt_out} table: the kinds of mail each person does not want. Agents are people by their id
 * ({@code agent:a-17}); a requester is named through one of their tickets ({@code requester:<ticket id>}) but
 * is a person across all their tickets, so their opt-outs are kept under a digest of their address
 * ({@code requester-email:<sha-256 hex>}): an opt-out made on one ticket holds for the next, and the table holds
 * no address.
 */
@Repository
public class EmailPreferences {

    private static final String REQUESTER = "requester:";

    private final JdbcTemplate jdbc;
    private final Recipients recipients;

    EmailPreferences(JdbcTemplate jdbc, Recipients recipients) {
        this.jdbc = jdbc;
        this.recipients = recipients;
    }

    /** What the person opted out of, under their digest or (made before their ticket was known) the reference. */
    public Set<EmailKind> optedOut(String recipient) {
        Set<EmailKind> kinds = EnumSet.noneOf(EmailKind.class);
        jdbc.queryForList("select kind from email_opt_out where recipient in (?, ?)", String.class, person(recipient),
                recipient).forEach(code -> EmailKind.ofCode(code).ifPresent(kinds::add));
        return kinds;
    }

    public boolean optedOut(String recipient, EmailKind kind) {
        return !jdbc.queryForList("select 1 from email_opt_out where recipient in (?, ?) and kind = ?", Integer.class,
                person(recipient), recipient, kind.code()).isEmpty();
    }

    /** Replaces the recipient's opt-outs with these. */
    @Transactional
    public void replace(String recipient, Set<EmailKind> kinds) {
        String person = person(recipient);
        jdbc.update("delete from email_opt_out where recipient in (?, ?)", person, recipient);
        List<Object[]> rows = kinds.stream().map(kind -> new Object[] {person, kind.code()}).toList();
        jdbc.batchUpdate("insert into email_opt_out (recipient, kind) values (?, ?)", rows);
    }

    /** Who the reference is as a person: a requester by the digest of their address, when their ticket is known. */
    private String person(String recipient) {
        if (!recipient.startsWith(REQUESTER)) {
            return recipient;
        }
        return recipients.contact(recipient)
                .map(contact -> "requester-email:" + sha256(contact.email().strip().toLowerCase(Locale.ROOT)))
                .orElse(recipient);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
