package io.ticketflow.ticket.web;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.ActorKind;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who sends a command: any controller parameter of type {@link Actor} is read from the header
 * {@code X-Ticketflow-Actor: <customer|agent|system>:<id>}, e.g. {@code agent:a-17}.
 *
 * <p><b>A development stand-in, not authentication.</b> Until the gateway issue brings JWT identities,
 * nothing proves the caller is who the header says. That issue replaces this class with one that reads the
 * verified token; the gateway must then strip {@code X-Ticketflow-Actor} from every outside request (or set
 * it itself from the token), because a header a client can write is a header a client can forge.
 */
class ActingParty implements HandlerMethodArgumentResolver {

    static final String HEADER = "X-Ticketflow-Actor";
    // the id lands in events and on Kafka: a reference, never free text or an email address
    private static final Pattern FORMAT =
            Pattern.compile("^(customer|agent|system):([A-Za-z0-9][A-Za-z0-9._:-]{0,99})$", Pattern.CASE_INSENSITIVE);

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        return parse(request.getHeader(HEADER));
    }

    static Actor parse(String header) {
        if (header == null || header.isBlank()) {
            throw new InvalidActorHeader("is required: who acts, as <customer|agent|system>:<id>");
        }
        Matcher matcher = FORMAT.matcher(header.strip());
        if (!matcher.matches()) {
            throw new InvalidActorHeader("must be <customer|agent|system>:<id>, the id 1 to 100 letters, digits or ._:-");
        }
        return new Actor(ActorKind.valueOf(matcher.group(1).toUpperCase(Locale.ROOT)), matcher.group(2));
    }

    /** The header is missing or unreadable; answered as a 400 problem naming the header. */
    static class InvalidActorHeader extends RuntimeException {
        InvalidActorHeader(String reason) {
            super(reason);
        }
    }
}
