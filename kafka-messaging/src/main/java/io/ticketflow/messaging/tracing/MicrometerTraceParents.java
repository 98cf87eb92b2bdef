package io.ticketflow.messaging.tracing;

import io.micrometer.tracing.CurrentTraceContext;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link TraceParents} on Micrometer Tracing's current trace context. The stored context is made current as it
 * is (no span of its own): the span that follows inside, such as the Kafka template's send, is its child, so a
 * message published later is one hop below the span that caused it, not two.
 */
public class MicrometerTraceParents implements TraceParents {

    // version 00 (https://www.w3.org/TR/trace-context/#traceparent-header); all-zero ids are invalid
    private static final Pattern TRACEPARENT =
            Pattern.compile("^00-(?!0{32})([0-9a-f]{32})-(?!0{16})([0-9a-f]{16})-([0-9a-f]{2})$");

    private final Tracer tracer;

    public MicrometerTraceParents(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public String current() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return null;
        }
        return "00-" + context.traceId() + "-" + context.spanId() + "-"
                + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
    }

    @Override
    public <T> T within(String traceparent, Supplier<T> work) {
        Matcher parsed = traceparent == null ? null : TRACEPARENT.matcher(traceparent);
        if (parsed == null || !parsed.matches()) {
            return work.get();
        }
        TraceContext context = tracer.traceContextBuilder()
                .traceId(parsed.group(1))
                .spanId(parsed.group(2))
                .sampled((Integer.parseInt(parsed.group(3), 16) & 1) == 1)
                .build();
        try (CurrentTraceContext.Scope scope = tracer.currentTraceContext().newScope(context)) {
            return work.get();
        }
    }
}
