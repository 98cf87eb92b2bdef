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

    private TicketRules() {
    }

    static void requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new TicketRuleViolation(field, field + " is required");
        }
        if (value.strip().length() > maxLength) {
            throw new TicketRuleViolation(field, field + " must be at most " + maxLength + " characters");
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
        if (tags == null) {
            return;
        }
        if (tags.size() > MAX_TAGS) {
            throw new TicketRuleViolation("tags", "at most " + MAX_TAGS + " tags");
        }
        for (String tag : tags) {
            if (tag == null || !TAG.matcher(tag).matches()) {
                throw new TicketRuleViolation("tags",
                        "tags must be lower-case words of letters, digits and _.:- (at most 50 characters)");
            }
        }
    }
}
