package io.ticketflow.routing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The package roles of routing-service's design, checked rather than hoped for. */
class ArchitectureTest {

    private static JavaClasses service;

    @BeforeAll
    static void importClasses() {
        service = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ticketflow.routing");
    }

    @Test
    void the_packages_these_rules_guard_exist() {
        // a rule about a package that does not exist passes vacuously
        for (String role : new String[] {"engine", "rules", "roster", "assignment", "messaging", "web", "config"}) {
            assertThat(service.containPackage("io.ticketflow.routing." + role)).as(role).isTrue();
        }
    }

    /** Pure: the same decision in the service, a simulation and a unit test, without infrastructure. */
    @Test
    void the_engine_depends_on_the_jdk_alone() {
        classes().that().resideInAPackage("io.ticketflow.routing.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "io.ticketflow.routing.engine..", "java.lang..", "java.util..", "java.time..")
                .check(service);
    }

    @Test
    void the_engine_knows_nothing_of_spring_jdbc_or_kafka() {
        noClasses().that().resideInAPackage("io.ticketflow.routing.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "org.apache.kafka..", "jakarta..",
                        "io.ticketflow.routing.rules..", "io.ticketflow.routing.web..", "io.ticketflow.messaging..")
                .check(service);
    }

    @Test
    void rules_are_data_the_web_layer_serves_not_the_other_way_round() {
        noClasses().that().resideInAPackage("io.ticketflow.routing.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("io.ticketflow.routing.web..",
                        "org.springframework.web..")
                .check(service);
    }

    /** They write what they publish into the outbox table (kafka-messaging's Outbox); Kafka itself is the relay's. */
    @Test
    void neither_the_roster_nor_assignment_knows_the_web_layer_or_kafka() {
        noClasses().that().resideInAnyPackage("io.ticketflow.routing.roster..", "io.ticketflow.routing.assignment..")
                .should().dependOnClassesThat().resideInAnyPackage("io.ticketflow.routing.web..",
                        "org.springframework.web..", "org.apache.kafka..", "org.springframework.kafka..")
                .check(service);
    }
}
