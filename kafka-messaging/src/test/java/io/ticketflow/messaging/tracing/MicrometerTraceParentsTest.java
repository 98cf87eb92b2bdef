package io.ticketflow.messaging.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Against the OpenTelemetry bridge the services run with, not a fake tracer. */
class MicrometerTraceParentsTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String STORED = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .setSampler(Sampler.parentBased(Sampler.alwaysOff())).build();
    private final OtelTracer tracer = new OtelTracer(provider.get("test"), new OtelCurrentTraceContext(), event -> {
    });
    private final TraceParents traces = new MicrometerTraceParents(tracer);

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void nothing_is_current_outside_a_trace() {
        assertThat(traces.current()).isNull();
    }

    @Test
    void a_stored_traceparent_is_current_within() {
        assertThat(traces.within(STORED, traces::current)).isEqualTo(STORED);
        assertThat(traces.current()).isNull();
    }

    @Test
    void a_span_started_within_is_a_child_in_the_stored_trace() {
        Span child = traces.within(STORED, () -> tracer.nextSpan().start());
        child.end();

        assertThat(child.context().traceId()).isEqualTo(TRACE_ID);
        assertThat(child.context().spanId()).isNotEqualTo("00f067aa0ba902b7");
        assertThat(child.context().sampled()).isTrue(); // the stored decision, not this sampler's "never"
    }

    @Test
    void an_unsampled_trace_stays_unsampled_and_still_propagates() {
        String unsampled = "00-" + TRACE_ID + "-00f067aa0ba902b7-00";

        assertThat(traces.within(unsampled, traces::current)).isEqualTo(unsampled);
    }

    @Test
    void the_current_span_is_what_current_reports() {
        Span span = tracer.nextSpan().start();
        try (var scope = tracer.withSpan(span)) {
            assertThat(traces.current()).isEqualTo(
                    "00-" + span.context().traceId() + "-" + span.context().spanId() + "-00");
        } finally {
            span.end();
        }
    }

    @Test
    void a_malformed_or_missing_traceparent_leaves_the_context_as_it_is() {
        assertThat(traces.within(null, traces::current)).isNull();
        assertThat(traces.within("not-a-traceparent", traces::current)).isNull();
        assertThat(traces.within("00-" + "0".repeat(32) + "-00f067aa0ba902b7-01", traces::current)).isNull();
    }
}
