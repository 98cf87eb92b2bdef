package io.ticketflow.notification.webhook;

import io.ticketflow.notification.web.ProblemResponses;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Checks a {@link WebhookRequest}; every field it cannot take is named in one {@link InvalidWebhook}. */
@Component
class SubscriptionRules {

    static final int MIN_SECRET_LENGTH = 32;
    private static final int MAX_SECRET_LENGTH = 256;
    private static final int MAX_URL_LENGTH = 2000;
    private static final int MAX_DESCRIPTION_LENGTH = 500;

    private final TargetPolicy targets;

    SubscriptionRules(TargetPolicy targets) {
        this.targets = targets;
    }

    SubscriptionDefinition check(WebhookRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        URI target = targetUrl(request.targetUrl(), errors);
        List<String> eventTypes = eventTypes(request.eventTypes(), errors);
        String secret = request.secret();
        if (secret != null && (secret.length() < MIN_SECRET_LENGTH || secret.length() > MAX_SECRET_LENGTH)) {
            errors.add(ProblemResponses.fieldError("secret", "must be " + MIN_SECRET_LENGTH + " to " + MAX_SECRET_LENGTH
                    + " characters (or absent to have one generated)"));
        }
        if (request.description() != null && request.description().length() > MAX_DESCRIPTION_LENGTH) {
            errors.add(ProblemResponses.fieldError("description", "must be at most " + MAX_DESCRIPTION_LENGTH
                    + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidWebhook(errors);
        }
        return new SubscriptionDefinition(target, eventTypes, request.description());
    }

    private URI targetUrl(String value, List<Map<String, String>> errors) {
        Optional<String> problem = Optional.empty();
        URI uri = null;
        if (value == null || value.isBlank()) {
            problem = Optional.of("is required");
        } else if (value.length() > MAX_URL_LENGTH) {
            problem = Optional.of("must be at most " + MAX_URL_LENGTH + " characters");
        } else {
            try {
                uri = new URI(value);
                problem = targetProblem(uri);
            } catch (URISyntaxException e) {
                problem = Optional.of("is not a valid URL");
            }
        }
        problem.ifPresent(reason -> errors.add(ProblemResponses.fieldError("targetUrl", reason)));
        return uri;
    }

    private Optional<String> targetProblem(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getHost() == null) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials (sign with the secret instead)");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        try {
            return targets.refusal(uri.getHost()).map(reason -> "is refused: its host " + reason
                    + " (allow-list it in ticketflow.notification.webhooks.allowed-targets if it is meant)");
        } catch (UnknownHostException e) {
            return Optional.of("has a host that does not resolve");
        }
    }

    private static List<String> eventTypes(List<String> requested, List<Map<String, String>> errors) {
        if (requested == null) {
            return List.of();
        }
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (String type : requested) {
            if (type == null || !SubscribableEvents.contains(type)) {
                errors.add(ProblemResponses.fieldError("eventTypes", "'" + type + "' is not an event of"
                        + " ticket-events or sla-events (logical names such as TicketOpened, SlaBreached)"));
                return List.of();
            }
            types.add(type);
        }
        return List.copyOf(types);
    }
}
