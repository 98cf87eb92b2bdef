package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Attachment;
import io.ticketflow.api.ticket.MessageVisibility;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a message said, reduced to a short digest, so the aggregate can tell a retry of a message (same id,
 * same content: nothing to do) from a different message sent under an id already used (refused), without
 * keeping every body in its state and its snapshots.
 */
final class MessageFingerprint {

    private MessageFingerprint() {
    }

    static String of(MessageVisibility visibility, Actor author, String body, List<Attachment> attachments) {
        MessageDigest digest = sha256();
        // a separator that cannot occur in the parts' own text keeps ("a","bc") apart from ("ab","c")
        for (String part : new String[] {String.valueOf(visibility), String.valueOf(author.kind()), author.id(),
                String.valueOf(body)}) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        for (Attachment attachment : attachments == null ? List.<Attachment>of() : attachments) {
            digest.update(String.valueOf(attachment.attachmentId()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        // 128 bits: a collision would need 2^64 messages on one ticket
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
