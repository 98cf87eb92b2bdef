package io.ticketflow.ticket.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Who may submit tickets on {@code ticketflow.intake}.
 *
 * @param requireIdentity whether a submission must carry a valid system token ({@code ticketflow-authorization});
 *                        false only while senders migrate: a submission without one is then opened by
 *                        {@code SYSTEM unverified:<sourceSystem>}, recognisable in the event log
 * @param sources         optional bindings of a system's client id to the source systems it may speak for
 *                        ({@code ticketflow.intake.sources.[shop-client]=shop-backend,shop-returns}). A bound
 *                        client may name only its sources; a bound source may be named only by its clients; a
 *                        source nobody has bound is open to every system client, as when nothing is bound at all.
 * @param maxRecordAge    on an intake topic whose timestamps the producer sets ({@code CreateTime}), how old a
 *                        record may be: the bound on backdating a record into an expired token's lifetime. Not
 *                        used on the platform's topic, whose timestamps the broker sets ({@code LogAppendTime})
 */
@ConfigurationProperties(prefix = "ticketflow.intake")
public record IntakeProperties(
        @DefaultValue("true") boolean requireIdentity,
        Map<String, List<String>> sources,
        @DefaultValue("1h") Duration maxRecordAge) {

    public IntakeProperties {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    /** Whether the system client {@code clientId} may submit in the name of {@code sourceSystem}. */
    public boolean maySpeakFor(String clientId, String sourceSystem) {
        List<String> own = sources.get(clientId);
        if (own != null) {
            return own.contains(sourceSystem);
        }
        return sources.values().stream().noneMatch(bound -> bound.contains(sourceSystem));
    }

    /** Whether {@code clientId} is explicitly bound to {@code sourceSystem}, not merely free to name it. */
    public boolean isBoundTo(String clientId, String sourceSystem) {
        return sources.getOrDefault(clientId, List.of()).contains(sourceSystem);
    }
}
