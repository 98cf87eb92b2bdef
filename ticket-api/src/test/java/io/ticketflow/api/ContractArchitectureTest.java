package io.ticketflow.api;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards what makes ticket-api safe to depend on: no framework on its classpath, only immutable records,
 * enums and interfaces in the message packages, and no message record that the catalogue forgot. Plain JUnit
 * on purpose: the ArchUnit JUnit 5 engine does not run on JUnit 6.
 */
class ContractArchitectureTest {

    private static final String[] MESSAGE_PACKAGES = {
            "io.ticketflow.api.ticket", "io.ticketflow.api.sla", "io.ticketflow.api.agent",
            "io.ticketflow.api.notification", "io.ticketflow.api.intake", "io.ticketflow.api.command"};

    private static final JavaClasses CONTRACT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.ticketflow.api");

    @Test
    void the_contract_depends_on_no_framework() {
        noClasses().that().resideInAPackage("io.ticketflow.api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.axonframework..", "jakarta.persistence..",
                        "javax.persistence..", "org.hibernate..")
                .check(CONTRACT);
    }

    @Test
    void message_packages_hold_only_records_enums_and_interfaces() {
        classes().that().resideInAnyPackage(MESSAGE_PACKAGES).and().areTopLevelClasses()
                .should().beRecords().orShould().beEnums().orShould().beInterfaces()
                .check(CONTRACT);
    }

    @Test
    void every_message_record_is_catalogued() {
        Set<Class<?>> valueTypes = new HashSet<>();
        MessageCatalog.all().stream().map(MessageType::javaType).forEach(type -> collectNestedRecords(type, valueTypes));

        Set<String> uncatalogued = new HashSet<>();
        CONTRACT.that(DescribedPredicate.describe("records in message packages",
                        (JavaClass javaClass) -> javaClass.isRecord() && isInMessagePackage(javaClass)))
                .forEach(javaClass -> {
                    Class<?> type = javaClass.reflect();
                    if (!MessageCatalog.isMessage(type) && !valueTypes.contains(type)) {
                        uncatalogued.add(type.getSimpleName());
                    }
                });

        assertThat(uncatalogued).as("records that are neither catalogued nor part of a message").isEmpty();
    }

    private static boolean isInMessagePackage(JavaClass javaClass) {
        return Set.of(MESSAGE_PACKAGES).contains(javaClass.getPackageName());
    }

    private static void collectNestedRecords(Class<?> record, Set<Class<?>> out) {
        for (RecordComponent component : record.getRecordComponents()) {
            collectRecordTypes(component.getGenericType(), out);
        }
    }

    private static void collectRecordTypes(Type type, Set<Class<?>> out) {
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                collectRecordTypes(argument, out);
            }
        } else if (type instanceof Class<?> javaType && javaType.isRecord() && out.add(javaType)) {
            collectNestedRecords(javaType, out);
        }
    }
}
