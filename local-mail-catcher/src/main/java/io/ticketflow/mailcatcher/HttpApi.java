package io.ticketflow.mailcatcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reading what arrived, over HTTP on loopback (the JDK's own server: nothing to configure, nothing to secure beyond
 * the bind address):
 * <ul>
 *   <li>{@code GET /messages}: every kept mail, newest first, as JSON;</li>
 *   <li>{@code GET /messages/{id}}: one mail exactly as transmitted ({@code message/rfc822}, opens in a mail client);</li>
 *   <li>{@code DELETE /messages}: forget them all;</li>
 *   <li>{@code GET /health}: {@code {"status":"UP"}} once both servers listen (the launcher waits for it).</li>
 * </ul>
 * Bad requests answer a 4xx {@code application/problem+json} that names what was wrong.
 */
final class HttpApi implements AutoCloseable {
    private static final String MESSAGES = "/messages";

    private final HttpServer server;
    private final ExecutorService executor;
    private final MailStore store;
    private final CatcherLog log;

    private HttpApi(HttpServer server, MailStore store, CatcherLog log) {
        this.server = server;
        this.store = store;
        this.log = log;
        this.executor = Executors.newFixedThreadPool(2, DaemonThreads.named("mail-catcher-http"));
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    static HttpApi start(int port, MailStore store, CatcherLog log) throws IOException {
        HttpApi api = new HttpApi(HttpServer.create(new InetSocketAddress(MailCatcher.LOOPBACK, port), 16), store, log);
        api.server.start();
        return api;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/health")) {
                onlyGet(exchange, method, () -> json(exchange, 200, MailJson.health(store.size())));
            } else if (path.equals(MESSAGES) || path.equals(MESSAGES + "/")) {
                messages(exchange, method);
            } else if (path.startsWith(MESSAGES + "/")) {
                onlyGet(exchange, method, () -> raw(exchange, path.substring(MESSAGES.length() + 1)));
            } else {
                problem(exchange, 404, "Not Found", "No such resource: " + path
                        + " (GET /messages, GET /messages/{id}, DELETE /messages, GET /health)", Optional.empty());
            }
        }
    }

    private void messages(HttpExchange exchange, String method) throws IOException {
        switch (method) {
            case "GET", "HEAD" -> json(exchange, 200, MailJson.list(store.newestFirst()));
            case "DELETE" -> {
                int count = store.size();
                store.clear();
                log.cleared(count);
                exchange.sendResponseHeaders(204, -1);
            }
            default -> methodNotAllowed(exchange, method, "GET, DELETE");
        }
    }

    private void raw(HttpExchange exchange, String id) throws IOException {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            problem(exchange, 400, "Bad Request", "id must be a message id from GET /messages, a whole number",
                    Optional.of("id"));
            return;
        }
        Optional<CaughtMail> mail = store.get(number);
        if (mail.isEmpty()) {
            problem(exchange, 404, "Not Found", "No mail with id " + number
                    + " (deleted, evicted as one of the oldest, or never received)", Optional.of("id"));
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "message/rfc822");
        send(exchange, 200, mail.get().raw());
    }

    private interface Answer {
        void send() throws IOException;
    }

    private void onlyGet(HttpExchange exchange, String method, Answer answer) throws IOException {
        if (method.equals("GET") || method.equals("HEAD")) {
            answer.send();
        } else {
            methodNotAllowed(exchange, method, "GET");
        }
    }

    private void methodNotAllowed(HttpExchange exchange, String method, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        problem(exchange, 405, "Method Not Allowed", method + " is not supported here; use " + allowed,
                Optional.of("method"));
    }

    private void json(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        send(exchange, status, body);
    }

    private void problem(HttpExchange exchange, int status, String title, String detail, Optional<String> parameter)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        send(exchange, status, MailJson.problem(status, title, detail, parameter));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
