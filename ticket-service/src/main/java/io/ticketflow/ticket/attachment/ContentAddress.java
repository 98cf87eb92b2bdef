package io.ticketflow.ticket.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Where a blob lives, derived from nothing but its bytes: {@code sha256:<64 lowercase hex digits>}. The same
 * bytes always get the same address, which is what lets a store keep them once, lets a reader verify what
 * it got, and makes the address safe to put in a public event (it reveals nothing a reader of the event
 * could not already compute from the file).
 */
public record ContentAddress(String value) {

    private static final String SCHEME = "sha256:";
    private static final Pattern FORMAT = Pattern.compile("^sha256:[0-9a-f]{64}$");

    public ContentAddress {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a content address is sha256: and 64 lowercase hex digits");
        }
    }

    public static ContentAddress of(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return new ContentAddress(SCHEME + HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The digest alone, without the {@code sha256:} prefix. */
    public String hex() {
        return value.substring(SCHEME.length());
    }

    @Override
    public String toString() {
        return value;
    }
}
