package io.ticketflow.ticket.config;

import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.ticket.command.TicketTypePolicy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ticket types as application.yml ships them, and the start-up checks on what an operator may write. */
class TicketTypePropertiesTest {

    @Test
    void the_shipped_application_yml_describes_every_type() throws IOException {
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"));
        TicketTypePolicy policy = new Binder(ConfigurationPropertySources.from(yaml))
                .bind("ticketflow", TicketTypeProperties.class).get().toPolicy();

        assertThat(policy.rulesFor(TicketType.BUG_REPORT).requiredFields())
                .containsExactly("stepsToReproduce", "productVersion");
        assertThat(policy.rulesFor(TicketType.INCIDENT).priorityMatrix()).isNotNull();
        assertThat(policy.skillsFor(TicketType.BUG_REPORT)).containsExactly("engineering");
        assertThat(policy.rulesFor(TicketType.INQUIRY).defaultPriority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void a_complete_configuration_binds() {
        TicketTypePolicy policy = bind(valid()).toPolicy();

        assertThat(policy.rulesFor(TicketType.INCIDENT).priorityMatrix()
                .priorityFor(io.ticketflow.ticket.command.PriorityMatrix.Level.HIGH,
                        io.ticketflow.ticket.command.PriorityMatrix.Level.HIGH)).isEqualTo(Priority.URGENT);
        assertThat(policy.rulesFor(TicketType.COMPLAINT).requiredFields()).isEmpty();
    }

    @Test
    void an_unknown_priority_stops_start_up_naming_the_property() {
        Map<String, String> properties = valid();
        properties.put("ticketflow.ticket-types.BUG_REPORT.default-priority", "SOMEDAY");

        assertThatThrownBy(() -> bind(properties))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("ticketflow.ticket-types")
                .hasMessageContaining("default-priority");
    }

    @Test
    void an_incomplete_matrix_stops_start_up_naming_the_missing_cell() {
        Map<String, String> properties = valid();
        properties.remove("ticketflow.ticket-types.INCIDENT.priority-matrix.LOW.MEDIUM");

        assertThatThrownBy(() -> bind(properties))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessage("ticketflow.ticket-types.INCIDENT: priority-matrix is incomplete: "
                        + "no priority for impact LOW and urgency MEDIUM");
    }

    @Test
    void a_type_left_out_stops_start_up() {
        Map<String, String> properties = valid();
        properties.keySet().removeIf(key -> key.startsWith("ticketflow.ticket-types.COMPLAINT."));

        assertThatThrownBy(() -> bind(properties))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("ticketflow.ticket-types.COMPLAINT is not configured");
    }

    private static TicketTypeProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("ticketflow", TicketTypeProperties.class).get();
    }

    private static Map<String, String> valid() {
        Map<String, String> properties = new HashMap<>();
        for (TicketType type : TicketType.values()) {
            properties.put("ticketflow.ticket-types." + type + ".default-priority", "NORMAL");
            properties.put("ticketflow.ticket-types." + type + ".skills[0]", "general");
        }
        properties.put("ticketflow.ticket-types.BUG_REPORT.required-fields[0]", "stepsToReproduce");
        properties.put("ticketflow.ticket-types.BUG_REPORT.required-fields[1]", "productVersion");
        String[] levels = {"HIGH", "MEDIUM", "LOW"};
        for (String impact : levels) {
            for (String urgency : levels) {
                properties.put("ticketflow.ticket-types.INCIDENT.priority-matrix." + impact + "." + urgency,
                        impact.equals("HIGH") && urgency.equals("HIGH") ? "URGENT" : "NORMAL");
            }
        }
        return properties;
    }
}
