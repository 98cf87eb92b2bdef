package io.ticketflow.mailcatcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON the HTTP API answers. A field the mail lacks is left out rather than null, so
 * {@code jq '.[0].inReplyTo'} tells a mail without the header from one with an empty header.
 */
final class MailJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MailJson() {
    }

    static byte[] list(List<CaughtMail> mails) {
        return write(mails.stream().map(MailJson::mail).toList());
    }

    static byte[] health(int messages) {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "UP");
        health.put("messages", messages);
        return write(health);
    }

    /** RFC 9457 problem details, naming the offending part of the request. */
    static byte[] problem(int status, String title, String detail, Optional<String> parameter) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        parameter.ifPresent(p -> problem.put("parameter", p));
        return write(problem);
    }

    private static Map<String, Object> mail(CaughtMail mail) {
        MailContent content = mail.content();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Long.toString(mail.id()));
        json.put("receivedAt", mail.receivedAt().toString());
        json.put("size", mail.size());
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("from", mail.envelopeFrom());
        envelope.put("to", mail.envelopeTo());
        json.put("envelope", envelope);
        json.put("from", content.from());
        json.put("to", content.to());
        json.put("cc", content.cc());
        content.subject().ifPresent(s -> json.put("subject", s));
        content.date().ifPresent(d -> json.put("date", d.toString()));
        content.messageId().ifPresent(id -> json.put("messageId", id));
        content.inReplyTo().ifPresent(id -> json.put("inReplyTo", id));
        json.put("references", content.references());
        json.put("headers", content.headers());
        content.text().ifPresent(t -> json.put("text", t));
        content.html().ifPresent(h -> json.put("html", h));
        json.put("attachments", content.attachments().stream().map(MailJson::attachment).toList());
        content.parseProblem().ifPresent(p -> json.put("parseProblem", p));
        json.put("raw", "/messages/" + mail.id());
        return json;
    }

    private static Map<String, Object> attachment(MailContent.Attachment attachment) {
        Map<String, Object> json = new LinkedHashMap<>();
        attachment.filename().ifPresent(f -> json.put("filename", f));
        json.put("contentType", attachment.contentType());
        json.put("size", attachment.size());
        return json;
    }

    private static byte[] write(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Maps of strings and numbers always serialize", e);
        }
    }
}
