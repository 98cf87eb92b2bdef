package io.ticketflow.messaging.tracing;

import java.util.function.Supplier;

/**
 * The current trace context as a W3C {@code traceparent} string, and the way back: runs work with such a
 * string as the current context, so whatever is traced inside (a Kafka send) continues that trace.
 */
public interface TraceParents {

    /** Nothing is traced: {@link #current()} is null and {@link #within} just runs the work. */
    TraceParents NONE = new TraceParents() {
        @Override
        public String current() {
            return null;
        }

        @Override
        public <T> T within(String traceparent, Supplier<T> work) {
            return work.get();
        }
    };

    /** The current span's {@code traceparent}, or null when nothing is traced here. */
    String current();

    /**
     * Runs {@code work} with {@code traceparent} as the current trace context; without one (null, or not a
     * version-00 traceparent) in whatever context is current.
     */
    <T> T within(String traceparent, Supplier<T> work);

    /** As {@link #within(String, Supplier)}, for work without a result. */
    default void run(String traceparent, Runnable work) {
        within(traceparent, () -> {
            work.run();
            return null;
        });
    }
}
