package io.ticketflow.gateway;

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The readiness and liveness probes on the gateway's own port, at the paths every other service answers them
 * ({@code /actuator/health/readiness}, {@code /actuator/health/liveness}), while the rest of Actuator sits on the
 * management port. Only the status, as with {@code show-details: never}.
 */
@RestController
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
class ServerPortProbes {

    private final HealthEndpoint health;

    ServerPortProbes(HealthEndpoint health) {
        this.health = health;
    }

    @GetMapping("/actuator/health/{probe:readiness|liveness}")
    ResponseEntity<Map<String, String>> probe(@PathVariable String probe) {
        HealthDescriptor descriptor = health.healthForPath(probe);
        Status status = descriptor != null ? descriptor.getStatus() : Status.UNKNOWN;
        return ResponseEntity.status(Status.UP.equals(status) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(Map.of("status", status.getCode()));
    }
}
