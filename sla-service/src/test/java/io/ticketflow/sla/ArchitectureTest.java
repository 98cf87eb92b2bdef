package io.ticketflow.sla;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The package roles of sla-service's design, checked rather than hoped for. */
class ArchitectureTest {

    private static JavaClasses service;

    @BeforeAll
    static void importClasses() {
        service = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ticketflow.sla");
    }

    @Test
    void the_packages_these_rules_guard_exist() {
        // a rule about a package that does not exist passes vacuously
        for (String role : new String[] {"calendar", "agreement", "clock", "timer", "messaging", "web", "config"}) {
            assertThat(service.containPackage("io.ticketflow.sla." + role)).as(role).isTrue();
        }
    }

    /** Business-time arithmetic is plain Java: the same answer in the service, a replay and a unit test. */
    @Test
    void the_calendar_depends_on_the_jdk_alone() {
        classes().that().resideInAPackage("io.ticketflow.sla.calendar..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "io.ticketflow.sla.calendar..", "java.lang..", "java.util..", "java.time..")
                .check(service);
    }

    /** The clocks are a pure function of ticket events and policy versions: no database, no Kafka, no wall clock. */
    @Test
    void the_clocks_know_nothing_of_spring_jdbc_kafka_or_storage() {
        noClasses().that().resideInAPackage("io.ticketflow.sla.clock..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "org.apache.kafka..", "jakarta..",
                        "io.ticketflow.messaging..", "io.ticketflow.sla.timer..", "io.ticketflow.sla.web..",
                        "io.ticketflow.sla.messaging..")
                .check(service);
        noClasses().that().resideInAPackage("io.ticketflow.sla.clock..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .check(service);
    }

    @Test
    void policies_know_neither_the_clocks_nor_the_web_layer() {
        noClasses().that().resideInAPackage("io.ticketflow.sla.agreement..")
                .should().dependOnClassesThat().resideInAnyPackage("io.ticketflow.sla.clock..",
                        "io.ticketflow.sla.timer..", "io.ticketflow.sla.web..", "org.springframework.web..")
                .check(service);
    }

    /** Timers write what they publish into the outbox table; Kafka itself is the relay's. */
    @Test
    void the_timers_know_neither_the_web_layer_nor_kafka() {
        noClasses().that().resideInAPackage("io.ticketflow.sla.timer..")
                .should().dependOnClassesThat().resideInAnyPackage("io.ticketflow.sla.web..",
                        "org.springframework.web..", "org.apache.kafka..", "org.springframework.kafka..")
                .check(service);
    }
}
