package io.ticketflow.ticket.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Map;

/**
 * Who may submit tickets on {@code ticketflow.intake}.
 *
 * @param requireIdentity whether a submission must carry a valid system token ({@code ticketflow-authorization});
 *                        false only while senders migrate: a submission without one is then opened by
 *                        {@code SYSTEM unverified:<sourceSystem>}, recognisable in the event log
 * @param sources         optional bindings of a system's client id to the source systems it may speak for
 *                        ({@code ticketflow.intake.sources.shop-client=shop-backend,shop-returns}). A bound
 *                        client may name only its sources; a bound source may be named only by its clients; a
 *                        source nobody bound is open to every system client, as when nothing is bound at all.
 */
@ConfigurationProperties(prefix = "ticketflow.intake")
public record IntakeProperties(
        @DefaultValue("true") boolean requireIdentity,
        Map<String, List<String>> sources) {

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
}
