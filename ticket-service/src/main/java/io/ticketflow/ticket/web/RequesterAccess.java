package io.ticketflow.ticket.web;

import io.ticketflow.web.ActionForbidden;
import io.ticketflow.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The object-level rules for requesters, before any endpoint runs: a ticket they did not request does not exist
 * for them (404, never 403, so its existence is not given away), and on their own tickets they may only call the
 * endpoints marked {@link OpenToRequesters} (403 naming the action otherwise). Staff and systems pass unchecked.
 * What a requester may see of a ticket they may read (no internal notes) is each endpoint's own business.
 */
class RequesterAccess implements HandlerInterceptor {

    private final TicketOwnership ownership;

    RequesterAccess(TicketOwnership ownership) {
        this.ownership = ownership;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod endpoint)) {
            return true;
        }
        Caller caller = Caller.current();
        if (!caller.isRequester()) {
            return true;
        }
        ticketId(request).ifPresent(ticketId -> {
            if (!ownership.isRequestedBy(ticketId, caller)) {
                throw new TicketNotFound(ticketId);
            }
        });
        if (!endpoint.hasMethodAnnotation(OpenToRequesters.class)) {
            throw forbiddenToRequester(action(endpoint.getMethod().getName()));
        }
        return true;
    }

    /** {@code changePriority} reads "change priority". */
    static String action(String methodName) {
        return methodName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static Optional<UUID> ticketId(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String value = variables instanceof Map<?, ?> map ? ((Map<String, String>) map).get("ticketId") : null;
        try {
            return Optional.ofNullable(value).map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty(); // the endpoint answers it with a 400 naming the parameter
        }
    }

    /** A staff action a requester tried: 403 naming it and who may. */
    static ActionForbidden forbiddenToRequester(String action) {
        return new ActionForbidden(action, "a requester cannot " + action
                + "; agents, supervisors, admins and internal systems can");
    }
}
