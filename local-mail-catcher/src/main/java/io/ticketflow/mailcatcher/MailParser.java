package io.ticketflow.mailcatcher;

import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** Reads a transmitted message with Jakarta Mail, leniently: a mail the platform got wrong should still be shown. */
final class MailParser {
    private static final Session SESSION = Session.getInstance(new Properties());

    private MailParser() {
    }

    static MailContent parse(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            Parts parts = new Parts();
            parts.collect(message);
            return new MailContent(addresses(message, "From"), addresses(message, "To"), addresses(message, "Cc"),
                    Optional.ofNullable(message.getSubject()),
                    Optional.ofNullable(message.getSentDate()).map(java.util.Date::toInstant),
                    header(message, "Message-ID"), header(message, "In-Reply-To"),
                    header(message, "References").map(r -> Arrays.asList(r.trim().split("\\s+"))).orElse(List.of()),
                    headers(message), Optional.ofNullable(parts.text), Optional.ofNullable(parts.html),
                    List.copyOf(parts.attachments), Optional.empty());
        } catch (MessagingException | IOException | RuntimeException e) {
            // The exception's message may quote a header (an address); its type is enough to say what went wrong.
            return MailContent.unreadable("not readable as MIME (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Strict parsing first; a header that is not RFC 822 still shows, as sent, rather than not at all. */
    private static List<String> addresses(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, ",");
        if (value == null) {
            return List.of();
        }
        try {
            List<String> addresses = new ArrayList<>();
            for (Address address : InternetAddress.parseHeader(value, false)) {
                addresses.add(address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString());
            }
            return addresses;
        } catch (MessagingException e) {
            return List.of(decoded(value));
        }
    }

    private static Optional<String> header(MimeMessage message, String name) throws MessagingException {
        return Optional.ofNullable(message.getHeader(name, " ")).map(MimeUtility::unfold).map(String::trim);
    }

    private static Map<String, List<String>> headers(MimeMessage message) throws MessagingException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Enumeration<Header> all = message.getAllHeaders();
        while (all.hasMoreElements()) {
            Header header = all.nextElement();
            headers.computeIfAbsent(header.getName(), n -> new ArrayList<>())
                    .add(decoded(MimeUtility.unfold(header.getValue()).trim()));
        }
        return headers;
    }

    /** Encoded words ({@code =?UTF-8?Q?...?=}) as the reader would see them. */
    private static String decoded(String value) {
        try {
            return MimeUtility.decodeText(value);
        } catch (UnsupportedEncodingException e) {
            return value;
        }
    }

    /** The first text and HTML bodies in document order (inside alternatives and mixed parts), and the rest as attachments. */
    private static final class Parts {
        private String text;
        private String html;
        private final List<MailContent.Attachment> attachments = new ArrayList<>();

        void collect(Part part) throws MessagingException, IOException {
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
            if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            } else if (!attached && text == null && part.isMimeType("text/plain")) {
                text = String.valueOf(part.getContent());
            } else if (!attached && html == null && part.isMimeType("text/html")) {
                html = String.valueOf(part.getContent());
            } else {
                attachments.add(new MailContent.Attachment(Optional.ofNullable(part.getFileName()),
                        baseType(part.getContentType()), Math.max(part.getSize(), 0)));
            }
        }

        private static String baseType(String contentType) {
            try {
                return new ContentType(contentType).getBaseType();
            } catch (MessagingException | RuntimeException e) {
                return contentType;
            }
        }
    }
}
