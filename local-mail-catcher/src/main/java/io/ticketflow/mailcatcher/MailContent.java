package io.ticketflow.mailcatcher;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a mail client shows of a mail: addresses, subject, date, the threading headers ({@code Message-ID},
 * {@code In-Reply-To}, {@code References}), every header as sent, the first plain-text and HTML parts and the
 * attachments. {@code parseProblem} is set, and the rest left empty, when the message could not be read as MIME;
 * the raw bytes are kept either way.
 */
record MailContent(List<String> from, List<String> to, List<String> cc, Optional<String> subject,
                   Optional<Instant> date, Optional<String> messageId, Optional<String> inReplyTo,
                   List<String> references, Map<String, List<String>> headers, Optional<String> text,
                   Optional<String> html, List<Attachment> attachments, Optional<String> parseProblem) {

    record Attachment(Optional<String> filename, String contentType, int size) {
    }

    static MailContent unreadable(String problem) {
        return new MailContent(List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Map.of(), Optional.empty(), Optional.empty(), List.of(),
                Optional.of(problem));
    }

    @Override
    public String toString() {
        return "MailContent[" + attachments.size() + " attachments" + parseProblem.map(p -> ", " + p).orElse("") + "]";
    }
}
