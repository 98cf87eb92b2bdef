package io.ticketflow.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit side of {@link RealInfrastructure}. Starting the infrastructure and creating the class's
 * database happen before the first test, so a broken environment fails the class once, up front, instead of
 * in every test method.
 */
public final class RealInfrastructureExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestInfrastructure.get().databaseFor(context.getRequiredTestClass());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == TestInfrastructure.class || type == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        if (parameterContext.getParameter().getType() == TestInfrastructure.class) {
            return infrastructure;
        }
        // Also reached for constructor parameters of PER_CLASS test instances, before beforeAll runs.
        return infrastructure.databaseFor(extensionContext.getRequiredTestClass());
    }
}
