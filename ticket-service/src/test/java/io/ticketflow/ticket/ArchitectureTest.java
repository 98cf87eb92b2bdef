package io.ticketflow.ticket;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.ticketflow.ticket.command.Ticket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The package roles of CONVENTIONS.md, checked rather than hoped for. */
class ArchitectureTest {

    private static JavaClasses service;

    @BeforeAll
    static void importClasses() {
        service = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ticketflow.ticket");
    }

    @Test
    void every_role_package_exists() {
        // a rule about a package that does not exist passes vacuously: make sure they are all there
        for (String role : new String[] {"command", "projection", "messaging", "web", "config"}) {
            assertThat(service.containPackage("io.ticketflow.ticket." + role)).as(role).isTrue();
        }
    }

    @Test
    void the_web_layer_sends_commands_but_never_touches_the_aggregate() {
        noClasses().that().resideInAPackage("..ticket.web..")
                .should().dependOnClassesThat().areAssignableTo(Ticket.class)
                .check(service);
    }

    @Test
    void read_models_do_not_depend_on_the_write_side() {
        noClasses().that().resideInAPackage("..ticket.projection..")
                .should().dependOnClassesThat().resideInAPackage("..ticket.command..")
                .check(service);
    }

    @Test
    void kafka_consumers_send_commands_but_never_touch_the_aggregate() {
        noClasses().that().resideInAPackage("..ticket.messaging..")
                .should().dependOnClassesThat().areAssignableTo(Ticket.class)
                .check(service);
    }

    @Test
    void publishing_does_not_depend_on_the_write_side() {
        noClasses().that().haveSimpleNameStartingWith("TicketEventPublisher")
                .or().haveSimpleNameStartingWith("PublicationLag")
                .should().dependOnClassesThat().resideInAPackage("..ticket.command..")
                .check(service);
    }

    @Test
    void the_attachment_store_knows_nothing_of_web_kafka_or_the_aggregate() {
        assertThat(service.containPackage("io.ticketflow.ticket.attachment")).isTrue();
        noClasses().that().resideInAPackage("..ticket.attachment..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..ticket.web..", "..ticket.messaging..", "..ticket.command..", "..ticket.projection..",
                        "org.springframework.web..", "org.springframework.kafka..", "org.apache.kafka..")
                .check(service);
    }

    @Test
    void the_aggregate_knows_nothing_of_web_kafka_or_sql() {
        noClasses().that().resideInAPackage("..ticket.command..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..ticket.web..", "..ticket.projection..", "..ticket.messaging..",
                        "org.springframework.web..", "org.springframework.kafka..", "org.springframework.jdbc..",
                        "org.apache.kafka..")
                .check(service);
    }
}
