package io.ticketflow.gateway.limits;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    private static final String LOCAL_AND_PRIVATE = "127\\.0\\.0\\.1|10\\.0\\.0\\.\\d+";

    @Test
    void a_caller_that_is_no_trusted_proxy_is_counted_under_its_own_address_whatever_it_forwards() {
        assertThat(new ClientAddress(LOCAL_AND_PRIVATE).of(from("192.0.2.10", "203.0.113.7"))).isEqualTo("192.0.2.10");
        assertThat(new ClientAddress("").of(from("127.0.0.1", "203.0.113.7"))).isEqualTo("127.0.0.1");
    }

    @Test
    void through_trusted_proxies_the_client_is_the_last_forwarded_address_that_is_not_one() {
        ClientAddress address = new ClientAddress(LOCAL_AND_PRIVATE);
        assertThat(address.of(from("127.0.0.1", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(address.of(from("127.0.0.1", "198.51.100.1, 203.0.113.7, 10.0.0.5"))).isEqualTo("203.0.113.7");
        assertThat(address.of(from("127.0.0.1", null))).isEqualTo("127.0.0.1");
    }

    private static MockServerHttpRequest from(String remote, String forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/actuator/health/liveness")
                .remoteAddress(new InetSocketAddress(remote, 40000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request.build();
    }
}
