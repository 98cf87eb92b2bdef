package io.ticketflow.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the JVM's shared Kafka broker and PostgreSQL server, with a fresh database of
 * its own. Test methods, constructors and lifecycle methods may declare parameters of type
 * {@link TestInfrastructure} and {@link TestDatabase}; the database is the one
 * {@link TestInfrastructure#databaseFor(Class)} gives the class, so a Spring test that also uses
 * {@code SpringInfrastructure} sees the same database its application context uses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(RealInfrastructureExtension.class)
public @interface RealInfrastructure {
}
