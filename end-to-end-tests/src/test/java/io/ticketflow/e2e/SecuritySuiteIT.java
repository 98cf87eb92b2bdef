package io.ticketflow.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.ticketflow.e2e.LocalPlatform.GATEWAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform's security, proven through the real gateway to the real services with the real issuer's tokens:
 * each refusal has its status and problem+json body, and after each the thing attempted did not happen (read back as
 * its owner or an agent). Then, where it helps show a case could fail, the same request with the right token does
 * happen. The platform is the one {@link LocalPlatform} shares with {@link PlatformIT}.
 */
@ExtendWith({LocalPlatform.class, PlatformLogsOnFailure.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecuritySuiteIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PROBLEM_JSON = "application/problem+json";

    /** alice's ticket the refused attempts aim at, assigned so routing leaves it alone. */
    private static String alicesTicket;

    @BeforeAll
    static void alice_has_a_ticket_an_agent_works() throws Exception {
        alicesTicket = openAsAlice("Monitor flickers");
        expectOk(call("carol", "POST", "/api/tickets/" + alicesTicket + "/assign",
                "{\"agentId\":\"carol\",\"teamId\":\"hardware\"}"));
    }

    @Test
    void a_missing_expired_foreign_or_tampered_token_is_401_and_changes_nothing() throws Exception {
        String real = LocalPlatform.token("alice");
        ForgedTokens forge = ForgedTokens.withIssuerKeyIn(LocalPlatform.runDirectory());
        long now = Instant.now().getEpochSecond();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("no token", null);
        // the issuer's own key, one claim wrong: only that claim can be why it is refused
        refused.put("expired", forge.resigned(real, claims -> claims.put("iat", now - 3600).put("nbf", now - 3600)
                .put("exp", now - 600)));
        refused.put("wrong issuer", forge.resigned(real, claims -> claims.put("iss", "http://localhost:9999")));
        refused.put("wrong audience", forge.resigned(real, claims -> claims.put("aud", "another-application")));
        refused.put("tampered", ForgedTokens.tampered(real, claims -> claims.putArray("roles").add("admin")));
        // the forging itself is sound: the issuer's key with nothing changed makes a token that passes
        assertThat(send("Bearer " + forge.resigned(real, claims -> { }), "GET", "/api/tickets/" + alicesTicket, "")
                .statusCode()).isEqualTo(200);

        for (Map.Entry<String, String> token : refused.entrySet()) {
            String text = "sent with a token that is " + token.getKey() + " " + UUID.randomUUID();
            HttpResponse<String> reply = send(token.getValue() == null ? null : "Bearer " + token.getValue(), "POST",
                    "/api/tickets/" + alicesTicket + "/messages", publicReply(text));

            assertProblem(reply, 401);
            assertThat(reply.headers().firstValue("WWW-Authenticate")).as(token.getKey())
                    .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
            assertThat(history("carol", alicesTicket)).as(token.getKey()).doesNotContain(text);
        }
        String allowed = "sent with alice's own token " + UUID.randomUUID();
        expectOk(call("alice", "POST", "/api/tickets/" + alicesTicket + "/messages", publicReply(allowed)));
        assertThat(history("carol", alicesTicket)).contains(allowed);
    }

    @Test
    void another_requesters_ticket_is_404_to_read_reply_to_and_rate_and_stays_unchanged() throws Exception {
        String ticket = openAsAlice("Keyboard missing keys");
        expectOk(call("carol", "POST", "/api/tickets/" + ticket + "/assign", "{\"agentId\":\"carol\",\"teamId\":\"hardware\"}"));
        expectOk(call("carol", "POST", "/api/tickets/" + ticket + "/resolve", "{\"resolutionCode\":\"SOLVED\",\"note\":\"new one\"}"));
        String bobsText = "bob was here " + UUID.randomUUID();

        assertProblem(call("bob", "GET", "/api/tickets/" + ticket, ""), 404);
        assertProblem(call("bob", "GET", "/api/tickets/" + ticket + "/history", ""), 404);
        assertProblem(call("bob", "POST", "/api/tickets/" + ticket + "/messages", publicReply(bobsText)), 404);
        assertProblem(call("bob", "POST", "/api/tickets/" + ticket + "/satisfaction", "{\"score\":1,\"comment\":\""
                + bobsText + "\"}"), 404);

        String history = history("alice", ticket);
        assertThat(history).doesNotContain(bobsText).doesNotContain("SatisfactionRated");
        for (JsonNode event : JSON.readTree(history).path("events")) {
            assertThat(event.path("actor").path("id").asText()).as("who acted on alice's ticket").isNotEqualTo("bob");
        }
        // resolved: alice herself may rate it, so the 404 was bob's and not the lifecycle's
        expectOk(call("alice", "POST", "/api/tickets/" + ticket + "/satisfaction", "{\"score\":5}"));
        assertThat(history("alice", ticket)).contains("SatisfactionRated");
    }

    @Test
    void an_internal_note_is_absent_from_every_view_of_the_requester_and_present_in_the_agents() throws Exception {
        String ticket = openAsAlice("Laptop battery swollen");
        String note = "internal: replace under warranty " + UUID.randomUUID();
        expectOk(call("carol", "POST", "/api/tickets/" + ticket + "/messages",
                "{\"visibility\":\"INTERNAL_NOTE\",\"body\":\"" + note + "\"}"));
        String reply = "public: we are on it " + UUID.randomUUID();
        expectOk(call("carol", "POST", "/api/tickets/" + ticket + "/messages", publicReply(reply)));
        // the read model follows the event store: wait until the agent's view has both
        await("carol's view of " + ticket + " with the note and the reply").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300)).until(() -> {
                    String view = call("carol", "GET", "/api/tickets/" + ticket, "").body();
                    return view.contains(note) && view.contains(reply);
                });
        String asOf = "?asOf=" + Instant.now();

        assertThat(expectOk(call("carol", "GET", "/api/tickets/" + ticket + asOf, ""))).contains(note);
        assertThat(history("carol", ticket)).contains(note);
        for (String view : List.of("", "/history", asOf)) {
            String body = expectOk(call("alice", "GET", "/api/tickets/" + ticket + view, ""));
            assertThat(body).as("alice's view %s", view).contains(reply).doesNotContain(note);
        }
    }

    @Test
    void a_requester_assigning_and_an_analyst_writing_are_403_and_change_nothing() throws Exception {
        String stranger = "e2e-mallory-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> assign = call("alice", "POST", "/api/tickets/" + alicesTicket + "/assign",
                "{\"agentId\":\"" + stranger + "\",\"teamId\":\"hardware\"}");
        assertProblem(assign, 403);
        assertThat(history("carol", alicesTicket)).doesNotContain(stranger);

        String key = "e2e-analyst-" + UUID.randomUUID();
        assertProblem(send(LocalPlatform.bearer("frank"), "POST", "/api/tickets", opening("By an analyst", "x"),
                "Idempotency-Key", key), 403);
        assertNothingOpenedUnder(key);

        String policy = expectOk(call("frank", "GET", "/api/sla/policies/default", ""));
        ObjectNode renamed = (ObjectNode) JSON.readTree(policy);
        renamed.put("name", "renamed by an analyst");
        assertProblem(call("frank", "PUT", "/api/sla/policies/default", renamed.toString()), 403);
        assertThat(expectOk(call("frank", "GET", "/api/sla/policies/default", ""))).isEqualTo(policy);
    }

    /**
     * The requests are openings that declare a body of 3 MB and wait for the gateway's go-ahead before sending it
     * ({@code Expect: 100-continue}): the gateway counts each against the caller's limit first, then refuses the body
     * on its declared size (413) without reading it or passing anything on. So the burst costs the gateway alone, and
     * no service is flooded (ticket-service on a busy machine answers more slowly than the limit refills, and its
     * circuit breaker would open for every other test). How fast they arrive depends on the machine, so dave keeps
     * sending, a batch at a time, until his bucket (100, refilled at 50/s) runs dry, or a cap far beyond that is
     * reached; the system then sends as many as he did.
     */
    @Test
    void over_the_rate_limit_a_user_gets_429_and_a_system_with_its_higher_limit_does_not() throws Exception {
        int batch = 100;
        // far more than a person's limit admits in the time they take, still less than the system role's burst
        // (2,000) plus what it refills meanwhile
        int cap = 3_000;
        List<DeclaredBodyRequest.Response> dave = Collections.synchronizedList(new ArrayList<>());
        await("a 429 among dave's requests").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(1)).until(() -> {
                    dave.addAll(declaredOversizedOpenings("dave", batch));
                    return dave.size() >= cap || dave.stream().anyMatch(r -> r.status() == 429);
                });
        DeclaredBodyRequest.Response throttled = dave.stream().filter(r -> r.status() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("no 429 among " + dave.size() + " requests of dave"));
        assertThat(throttled.header("Retry-After")).isNotNull().satisfies(seconds ->
                assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(throttled.header("Content-Type")).startsWith(PROBLEM_JSON);
        JsonNode problem = JSON.readTree(throttled.body());
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(dave).allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(413, 429));

        List<DeclaredBodyRequest.Response> system = declaredOversizedOpenings("system", dave.size());
        assertThat(system).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(413));
    }

    @Test
    void a_body_over_the_limit_is_413_and_opens_nothing() throws Exception {
        String key = "e2e-oversized-" + UUID.randomUUID();
        HttpResponse<String> response = send(LocalPlatform.bearer("alice"), "POST", "/api/tickets",
                opening("Oversized", "x".repeat(1_100_000)), "Idempotency-Key", key);

        assertProblem(response, 413);
        assertNothingOpenedUnder(key);
    }

    @Test
    void malformed_json_is_400_problem_json_and_opens_or_adds_nothing() throws Exception {
        String key = "e2e-malformed-" + UUID.randomUUID();
        String opening = opening("Malformed", "cut off");

        JsonNode unreadable = assertProblem(send(LocalPlatform.bearer("alice"), "POST", "/api/tickets",
                opening.substring(0, opening.length() - 10), "Idempotency-Key", key), 400);
        assertThat(unreadable.path("title").asText()).isEqualTo("Unreadable request");
        // well-formed, but a value of the wrong kind: the field is named
        JsonNode wrongValue = assertProblem(send(LocalPlatform.bearer("alice"), "POST", "/api/tickets",
                opening.replace("\"channel\":\"WEB\"", "\"channel\":42"), "Idempotency-Key", key), 400);
        assertThat(wrongValue.path("errors").findValuesAsText("field")).contains("channel");
        assertNothingOpenedUnder(key);

        String text = "half a reply " + UUID.randomUUID();
        assertProblem(call("alice", "POST", "/api/tickets/" + alicesTicket + "/messages",
                "{\"visibility\":\"PUBLIC_REPLY\",\"body\":\"" + text), 400);
        assertThat(history("carol", alicesTicket)).doesNotContain(text);
    }

    /**
     * Last, because for a while notification-service does not answer. It is frozen ({@code kill -STOP}) rather than
     * ended: the launcher stops the whole platform when one of its processes exits, and has no command to stop or
     * start one service on its own. A frozen service accepts connections and answers nothing, so the first reads time
     * out (504) until the route's circuit breaker opens; from then on the gateway answers 503 at once, naming the
     * service. Reads only, so nothing is held up that would take effect when the service thaws.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void a_downstream_service_that_stopped_answering_is_503_problem_json_naming_it() throws Exception {
        String webhooks = "/api/webhooks";
        String before = expectOk(call("erin", "GET", webhooks, ""));
        long pid = RecordedProcesses.readFrom(LocalPlatform.runDirectory()).byName().get("notification-service").pid();
        signal("STOP", pid);
        try {
            // enough failed calls at once to open the breaker (at least 10, half of the last 20)
            burst("erin", webhooks, 20);
            AtomicReference<HttpResponse<String>> unavailable = new AtomicReference<>();
            await("503 from the gateway for notification-service").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> {
                        unavailable.set(call("erin", "GET", webhooks, ""));
                        return unavailable.get().statusCode() == 503;
                    });
            JsonNode problem = assertProblem(unavailable.get(), 503);
            assertThat(problem.path("detail").asText()).contains("notification-service");
        } finally {
            signal("CONT", pid);
        }
        // back to normal once the breaker has probed the service again, so no other test sees the outage
        await("notification-service answering through the gateway again").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> call("erin", "GET", webhooks, "").statusCode() == 200);
        assertThat(expectOk(call("erin", "GET", webhooks, ""))).isEqualTo(before);
    }

    /**
     * The event store decides whether a key was used (the ticket id derives from it): had the refused request opened
     * a ticket, this different opening under the same key would be a 409, not a 201.
     */
    private static void assertNothingOpenedUnder(String idempotencyKey) throws Exception {
        HttpResponse<String> opened = send(LocalPlatform.bearer("alice"), "POST", "/api/tickets",
                opening("Opened after a refusal", "under the same key"), "Idempotency-Key", idempotencyKey);
        assertThat(opened.statusCode()).as("a fresh opening under %s: %s", idempotencyKey, opened.body()).isEqualTo(201);
    }

    private static String openAsAlice(String subject) throws Exception {
        HttpResponse<String> created = call("alice", "POST", "/api/tickets", opening(subject, "since this morning"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("ticketId").asText();
    }

    private static String opening(String subject, String description) {
        return "{\"subject\":\"" + subject + "\",\"description\":\"" + description + "\","
                + "\"requester\":{\"email\":\"alice@example.com\",\"name\":\"Alice\"},"
                + "\"type\":\"INCIDENT\",\"channel\":\"WEB\"}";
    }

    private static String publicReply(String text) {
        return "{\"visibility\":\"PUBLIC_REPLY\",\"body\":\"" + text + "\"}";
    }

    /** The ticket's events from the event store, as {@code user} may see them. */
    private static String history(String user, String ticketId) throws Exception {
        return expectOk(call(user, "GET", "/api/tickets/" + ticketId + "/history", ""));
    }

    /** {@code count} GETs of {@code path} sent at once. */
    private static List<HttpResponse<String>> burst(String user, String path, int count) throws Exception {
        return sendAtOnce(HttpRequest.newBuilder(URI.create(GATEWAY + path))
                .header("Authorization", LocalPlatform.bearer(user)).timeout(Duration.ofSeconds(60)).GET().build(), count);
    }

    /** {@code count} openings at once, each declaring a body over twice the limit and waiting to be asked for it. */
    private static List<DeclaredBodyRequest.Response> declaredOversizedOpenings(String user, int count)
            throws Exception {
        URI tickets = URI.create(GATEWAY + "/api/tickets");
        String authorization = LocalPlatform.bearer(user);
        ExecutorService senders = Executors.newFixedThreadPool(50);
        try {
            List<Future<DeclaredBodyRequest.Response>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sent.add(senders.submit(() -> DeclaredBodyRequest.post(tickets, authorization, 3L * 1024 * 1024)));
            }
            List<DeclaredBodyRequest.Response> responses = new ArrayList<>();
            for (Future<DeclaredBodyRequest.Response> response : sent) {
                responses.add(response.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            senders.shutdownNow();
        }
    }

    private static List<HttpResponse<String>> sendAtOnce(HttpRequest request, int count) throws Exception {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sent.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        return sent.stream().map(CompletableFuture::join).toList();
    }

    private static HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
        return send(LocalPlatform.bearer(user), method, path, body);
    }

    private static HttpResponse<String> send(String authorization, String method, String path, String body,
            String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path)).timeout(Duration.ofSeconds(60))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String expectOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s %s: %s", response.request().method(), response.request().uri(),
                response.body()).isEqualTo(200);
        return response.body();
    }

    /** The status, and an RFC 9457 body saying the same: type, title and status. */
    private static JsonNode assertProblem(HttpResponse<String> response, int status) throws IOException {
        String what = response.request().method() + " " + response.request().uri() + ": " + response.body();
        assertThat(response.statusCode()).as(what).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(what)
                .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM_JSON));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
        assertThat(problem.path("title").asText()).as(what).isNotBlank();
        // RFC 9457: no type is about:blank, the status says it all (as Spring's services write it); one given names
        // its problem by an absolute URI
        if (problem.hasNonNull("type") && !problem.path("type").asText().equals("about:blank")) {
            assertThat(URI.create(problem.path("type").asText()).isAbsolute()).as(what + ": type").isTrue();
        }
        return problem;
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).as("kill -%s %s", signal, pid).isZero();
    }
}
