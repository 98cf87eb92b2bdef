package io.ticketflow.ticket.web;

import io.ticketflow.web.ActionForbidden;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.security.Caller;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Optional;

/**
 * Who sends a command: any controller parameter of type {@link Actor} is the verified token's caller, as the
 * gateway names them: staff (agent, supervisor, admin) act as {@code agent:<sub>}, internal systems as
 * {@code system:<sub>}, requesters as {@code customer:<sub>}. Nothing else the request carries counts, the
 * {@code X-Ticketflow-Actor} header included.
 */
class ActingParty implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        return of(Caller.current()).orElseThrow(() -> new ActionForbidden(
                "act on tickets", "an analyst's token (or one without a ticket role) acts as no one here"));
    }

    static Optional<Actor> of(Caller caller) {
        if (caller.isStaff()) {
            return Optional.of(Actor.agent(caller.subject()));
        }
        if (caller.isSystem()) {
            return Optional.of(Actor.system(caller.subject()));
        }
        if (caller.isRequester()) {
            return Optional.of(Actor.customer(caller.subject()));
        }
        return Optional.empty();
    }
}
