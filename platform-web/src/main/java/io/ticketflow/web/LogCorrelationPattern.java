package io.ticketflow.web;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * The services' log lines carry the correlation id, the trace id and the span id of what they log:
 * {@code [correlationId,traceId,spanId]}, each empty outside a request or a trace. Set here, the one place for
 * every service, as the lowest-priority default ({@code logging.pattern.correlation} in a service's
 * configuration still wins); an environment post-processor because logging is set up before any bean exists.
 */
public class LogCorrelationPattern implements EnvironmentPostProcessor {

    static final String PROPERTY = "logging.pattern.correlation";
    static final String PATTERN = "[%X{" + CorrelationId.MDC_KEY + ":-},%X{traceId:-},%X{spanId:-}] ";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("ticketflowLogCorrelation",
                Map.of(PROPERTY, PATTERN)));
    }
}
