package io.ticketflow.ticket.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The bindings as the README tells an operator to write them, bound as Spring Boot binds them. */
class IntakePropertiesTest {

    @Test
    void client_ids_with_dashes_and_dots_are_bound_in_brackets_and_each_source_list_is_comma_separated() {
        IntakeProperties intake = bind(Map.of(
                "ticketflow.intake.sources.[shop.client]", "shop-backend,shop-returns",
                "ticketflow.intake.sources.[ticketflow-system]", "monitoring"));

        assertThat(intake.sources()).containsOnly(
                Map.entry("shop.client", List.of("shop-backend", "shop-returns")),
                Map.entry("ticketflow-system", List.of("monitoring")));
        assertThat(intake.isBoundTo("shop.client", "shop-returns")).isTrue();
        assertThat(intake.maySpeakFor("ticketflow-system", "shop-backend")).isFalse();
    }

    @Test
    void identities_are_required_and_producer_timestamps_may_be_an_hour_old_unless_configured_otherwise() {
        IntakeProperties defaults = bind(Map.of());

        assertThat(defaults.requireIdentity()).isTrue();
        assertThat(defaults.maxRecordAge()).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.sources()).isEmpty();
    }

    private static IntakeProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("ticketflow.intake", IntakeProperties.class);
    }
}
