package io.ticketflow.mailcatcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads SMTP lines as bytes, not characters: a message body is passed on exactly as sent, whatever its charset.
 * A line longer than the limit is consumed to its end but kept only up to the limit, so one bad client line costs
 * a bounded amount of memory and the conversation stays in step.
 */
final class SmtpLineReader {
    record Line(byte[] bytes, boolean tooLong) {
        String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final InputStream in;

    SmtpLineReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its CRLF (a bare LF ends a line too), or {@code null} once the client has gone. */
    Line next(int limit) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        boolean tooLong = false;
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                return new Line(withoutTrailingCr(line.toByteArray()), tooLong);
            }
            if (line.size() <= limit) {
                line.write(b);
            } else {
                tooLong = true;
            }
        }
        return null;
    }

    private static byte[] withoutTrailingCr(byte[] bytes) {
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            return java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return bytes;
    }
}
