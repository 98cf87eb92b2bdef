package io.ticketflow.web;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** What the services get from platform-web's tracing modules, as Boot auto-configures them. */
class TracingSetupTest {

    private final ApplicationContextRunner services = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OpenTelemetrySdkAutoConfiguration.class,
                    OpenTelemetryTracingAutoConfiguration.class, OtlpTracingAutoConfiguration.class));

    @Test
    void no_span_leaves_the_process_unless_an_otlp_endpoint_is_configured() {
        services.run(context -> assertThat(context).doesNotHaveBean(SpanExporter.class));
    }

    @Test
    void an_otlp_endpoint_ships_spans_over_the_jdks_http_client() {
        services.withPropertyValues("management.opentelemetry.tracing.export.otlp.endpoint=http://localhost:4318/v1/traces")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    // built at start-up: without an HTTP sender on the classpath (OkHttp is excluded) this fails
                    assertThat(context).hasSingleBean(OtlpHttpSpanExporter.class);
                });
    }

    @Test
    void log_lines_carry_correlation_id_trace_id_and_span_id_unless_a_service_says_otherwise() {
        MockEnvironment defaults = new MockEnvironment();
        new LogCorrelationPattern().postProcessEnvironment(defaults, new SpringApplication());
        assertThat(defaults.getProperty("logging.pattern.correlation"))
                .isEqualTo("[%X{correlationId:-},%X{traceId:-},%X{spanId:-}] ");

        MockEnvironment own = new MockEnvironment().withProperty("logging.pattern.correlation", "[%X{traceId:-}] ");
        new LogCorrelationPattern().postProcessEnvironment(own, new SpringApplication());
        assertThat(own.getProperty("logging.pattern.correlation")).isEqualTo("[%X{traceId:-}] ");
    }
}
