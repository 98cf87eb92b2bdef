package io.ticketflow.notification.email;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The email channel's boundaries: the recipients projection knows nothing of email (a webhook or SMS channel may
 * read it too), and the who-gets-what rules stay a plain object that unit tests build without Spring or a database.
 */
class EmailArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("io.ticketflow.notification");

    @Test
    void recipients_do_not_depend_on_email() {
        noClasses().that().resideInAPackage("..notification.recipients..")
                .should().dependOnClassesThat().resideInAPackage("..notification.email..")
                .check(CLASSES);
    }

    @Test
    void the_rules_need_neither_spring_nor_jdbc() {
        noClasses().that().haveSimpleName("EmailRules").or().haveSimpleName("EmailKind")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..")
                .check(CLASSES);
    }
}
