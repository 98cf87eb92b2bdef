package io.ticketflow.ticket.web;

import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.ticket.config.TicketflowProperties;
import io.ticketflow.web.InvalidParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} of {@code POST /api/tickets}: a retried request opens no second ticket.
 *
 * <p>Two guards, each doing what it is good at:
 * <ul>
 *   <li><b>The event store decides whether the ticket exists.</b> The ticket id is a name-based UUID over
 *       tenant and key, so every retry sends the same {@code OpenTicketCommand} for the same stream; the
 *       store's unique (aggregate, sequence) refuses a second {@code TicketOpened}, which Axon reports as
 *       {@code AggregateStreamCreationException}. That holds under any race and across instances, and it
 *       lives in the transaction that appends the event, which no table outside Axon's unit of work can.</li>
 *   <li><b>The {@code idempotency_key} table remembers which request first used the key</b> (a SHA-256 of the
 *       request as parsed and re-serialised canonically, so whitespace and field order do not matter), so a
 *       repeat with a different body is refused (409) instead of silently answered with the first ticket.
 *       It is claimed before the command is sent, in its own short transaction; when the command is then
 *       refused for any other reason the claim is released, so a corrected request may reuse the key.</li>
 * </ul>
 * A crash between claim and command leaves a claim without a ticket; the retry with the same body still
 * opens it, because only the store's answer decides between 201 and 200. Keys are kept forever for now;
 * expiring them (and with it the promise) is a later decision.
 */
@Component
class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9._:-]{1,100}$");

    private final JdbcTemplate jdbc;
    private final String tenant;

    IdempotencyKeys(JdbcTemplate jdbc, TicketflowProperties properties) {
        this.jdbc = jdbc;
        this.tenant = properties.tenant();
    }

    /** Validates the key, derives the ticket id and records the request as the key's first use if it is. */
    Claim claim(String key, Object request) {
        if (key == null || !FORMAT.matcher(key).matches()) {
            throw new InvalidParameter(HEADER, "must be 1 to 100 letters, digits or ._:-");
        }
        UUID ticketId = UUID.nameUUIDFromBytes((tenant + "\n" + key).getBytes(StandardCharsets.UTF_8));
        String hash = sha256(JsonCodec.toJson(request));
        for (int attempt = 0; attempt < 3; attempt++) {
            boolean first = jdbc.update("""
                    INSERT INTO idempotency_key (tenant, idempotency_key, ticket_id, request_hash)
                    VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""", tenant, key, ticketId, hash) == 1;
            List<String> stored = jdbc.queryForList(
                    "SELECT request_hash FROM idempotency_key WHERE tenant = ? AND idempotency_key = ?",
                    String.class, tenant, key);
            if (!stored.isEmpty()) { // empty only when a failed first use released it in between: claim again
                return new Claim(key, ticketId, hash, first, stored.get(0).equals(hash));
            }
        }
        throw new IllegalStateException("idempotency key claimed and released repeatedly");
    }

    /** The first use of the key was refused: forget it, so the key may carry a corrected request. */
    void release(Claim claim) {
        if (claim.firstUse()) {
            jdbc.update("DELETE FROM idempotency_key WHERE tenant = ? AND idempotency_key = ? AND request_hash = ?",
                    tenant, claim.key(), claim.requestHash());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * @param firstUse    this request recorded the key
     * @param sameRequest the key's first request had the same canonical body as this one
     */
    record Claim(String key, UUID ticketId, String requestHash, boolean firstUse, boolean sameRequest) {
    }

    /** The key was first used with a different request: 409, the client is reusing a key by mistake. */
    static class KeyReused extends RuntimeException {
        KeyReused() {
            super(HEADER + " was already used with a different request; use a new key for a new ticket");
        }
    }
}
