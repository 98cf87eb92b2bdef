package io.ticketflow.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server standing in for one service behind the gateway: it records every request it receives
 * (method, path, headers, body size) and answers 200 with its name, or the statuses it was told to answer next.
 * Like the real services it echoes the correlation id. It answers requests concurrently, like a servlet container,
 * and can be told to hold its answers until a number of requests is in.
 */
final class Downstream implements AutoCloseable {

    record Received(String method, String path, Headers headers, int bodyBytes) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final String name;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> nextStatuses = new ConcurrentLinkedQueue<>();
    private final AtomicReference<CountDownLatch> held = new AtomicReference<>();

    private Downstream(String name, HttpServer server) {
        this.name = name;
        this.server = server;
    }

    static Downstream start(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 256);
            Downstream downstream = new Downstream(name, server);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                int bodyBytes = exchange.getRequestBody().readAllBytes().length;
                downstream.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders(), bodyBytes));
                downstream.holdWhileAsked();
                String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
                if (correlationId != null) {
                    exchange.getResponseHeaders().add("X-Correlation-Id", correlationId);
                }
                Integer status = downstream.nextStatuses.poll();
                byte[] body = name.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status != null ? status : 200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return downstream;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The next requests are answered with these statuses, in order; then 200 again. */
    void answerNext(int... statuses) {
        for (int status : statuses) {
            nextStatuses.add(status);
        }
    }

    /**
     * Holds every answer until {@code requests} requests are in, all of them at once then: a slow service with that
     * many calls in flight. A request that cannot be held ends the wait for all (after 20 s) so a test fails on its
     * assertions rather than hanging.
     */
    void holdAnswersUntil(int requests) {
        held.set(new CountDownLatch(requests));
    }

    private void holdWhileAsked() {
        CountDownLatch latch = held.get();
        if (latch == null) {
            return;
        }
        latch.countDown();
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                held.compareAndSet(latch, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    Received last() {
        return received.get(received.size() - 1);
    }

    void forget() {
        received.clear();
        nextStatuses.clear();
        held.set(null);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
