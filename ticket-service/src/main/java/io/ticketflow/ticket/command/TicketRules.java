package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Requester;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Input rules shared by the ticket's commands; each failure names its field and says why. */
final class TicketRules {

    // Deliberately simple: the address is checked for shape here, deliverability by the mail system.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern TAG = Pattern.compile("^[a-z0-9][a-z0-9_.:-]{0,49}$");
    static final int MAX_TAGS = 20;
    static final int MAX_SUBJECT_LENGTH = 200;
    static final int MAX_DESCRIPTION_BYTES = 64 * 1024;
    static final int MAX_MESSAGE_BYTES = 64 * 1024;
    static final int MAX_ATTACHMENTS = 20;
    static final int MAX_REASON_LENGTH = 500;
    static final int MAX_ID_LENGTH = 100;
    static final int MAX_CATEGORY_LENGTH = 100;
    static final int MAX_COMMENT_LENGTH = 2000;
    static final int MAX_LINKS = 100;

    private TicketRules() {
    }

    static void requireValidOpening(OpenTicketCommand command) {
        requireText("subject", command.subject(), MAX_SUBJECT_LENGTH);
        requireMaxBytes("description", command.description(), MAX_DESCRIPTION_BYTES);
        requireRequester(command.requester());
        requirePresent("type", command.type());
        requirePresent("channel", command.channel());
        requireTags(command.tags());
        requireCustomFields(command.customFields());
    }

    static void requireText(String field, String value, int maxLength) {
        requireNotBlank(field, value);
        if (value.strip().length() > maxLength) {
            throw new TicketRuleViolation(field, field + " must be at most " + maxLength + " characters");
        }
    }

    static void requireNotBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new TicketRuleViolation(field, field + " is required");
        }
    }

    static void requireMaxBytes(String field, String value, int maxBytes) {
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new TicketRuleViolation(field, field + " must be at most " + maxBytes + " bytes (UTF-8)");
        }
    }

    static void requirePresent(String field, Object value) {
        if (value == null) {
            throw new TicketRuleViolation(field, field + " is required");
        }
    }

    static void requireRequester(Requester requester) {
        if (requester == null) {
            throw new TicketRuleViolation("requester", "requester is required");
        }
        if (requester.email() == null || !EMAIL.matcher(requester.email()).matches()) {
            throw new TicketRuleViolation("requester.email", "requester.email must be an email address");
        }
        requireText("requester.name", requester.name(), 200);
    }

    static final int MAX_CUSTOM_FIELDS = 50;

    static void requireCustomFields(Map<String, String> fields) {
        if (fields == null) {
            return;
        }
        if (fields.size() > MAX_CUSTOM_FIELDS) {
            throw new TicketRuleViolation("customFields", "at most " + MAX_CUSTOM_FIELDS + " custom fields");
        }
        fields.forEach((name, value) -> {
            if (name == null || name.isBlank() || name.length() > 100) {
                throw new TicketRuleViolation("customFields", "custom field names are 1 to 100 characters");
            }
            if (value == null || value.length() > 2000) {
                throw new TicketRuleViolation("customFields[" + name + "]", "a custom field value is 0 to 2000 characters");
            }
        });
    }

    static void requireTags(List<String> tags) {
        requireTags("tags", tags);
    }

    static void requireTags(String field, List<String> tags) {
        if (tags == null) {
            return;
        }
        if (tags.size() > MAX_TAGS) {
            throw new TicketRuleViolation(field, "at most " + MAX_TAGS + " tags");
        }
        for (String tag : tags) {
            if (tag == null || !TAG.matcher(tag).matches()) {
                throw new TicketRuleViolation(field,
                        field + " must be lower-case words of letters, digits and _.:- (at most 50 characters)");
            }
        }
    }

    /** For optional text: absent is fine, present must fit. */
    static void requireMaxLength(String field, String value, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            throw new TicketRuleViolation(field, field + " must be at most " + maxLength + " characters");
        }
    }

    /** Optional text as stored: stripped, and null when blank, so "" and null do not mean two things. */
    static String stripToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static void requireAtMost(String field, List<?> values, int max) {
        if (values != null && values.size() > max) {
            throw new TicketRuleViolation(field, "at most " + max + " " + field);
        }
        if (values != null && values.stream().anyMatch(java.util.Objects::isNull)) {
            throw new TicketRuleViolation(field, field + " must not contain empty entries");
        }
    }
}
