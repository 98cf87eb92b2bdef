package io.ticketflow.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Asks a service's (or the identity-server's) {@code /actuator/health/readiness}, or the mail catcher's
 * {@code /health}, whether it takes traffic.
 */
final class Readiness {
    private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration POLL = Duration.ofMillis(200);

    private Readiness() {
    }

    static boolean isReady(ServiceSpec service) {
        return isReady(URI.create(service.baseUrl() + "/actuator/health/readiness"));
    }

    /** Any health endpoint that answers 200 with {@code "status": "UP"} when ready. */
    static boolean isReady(URI health) {
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(3)).GET().build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return isUp(response.statusCode(), response.body());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until {@code health} answers UP, or fails with the end of the child's log when it exits or times out. */
    static void await(ChildProcess child, URI health, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!isReady(health)) {
            if (!child.process().isAlive()) {
                throw new LauncherException(child.name() + " exited with code " + child.process().exitValue()
                        + ".\n" + LogTail.of(child.log()));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new LauncherException(child.name() + " did not answer " + health + " within "
                        + timeout.toSeconds() + " s.\n" + LogTail.of(child.log()));
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LauncherException("Interrupted while waiting for " + child.name(), e);
            }
        }
    }

    static boolean isUp(int statusCode, String body) {
        return statusCode == 200 && UP.matcher(body).find();
    }
}
