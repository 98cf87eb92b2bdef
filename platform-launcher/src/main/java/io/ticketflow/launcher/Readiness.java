package io.ticketflow.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/** Asks a service's {@code /actuator/health/readiness} (or the mail catcher's {@code /health}) whether it takes traffic. */
final class Readiness {
    private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

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

    static boolean isUp(int statusCode, String body) {
        return statusCode == 200 && UP.matcher(body).find();
    }
}
