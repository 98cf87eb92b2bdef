package io.ticketflow.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Body sizes (413) and what a caller gets when a service answers badly: reads retried, writes never. Rate limits
 * need a gateway of their own ({@link GatewayRateLimitTest}), service outages too ({@link ServiceOutageTest}).
 */
class GatewayLimitsTest extends GatewayTestSupport {

    private static final int ONE_MB = 1024 * 1024;

    @Test
    void a_body_declared_over_the_limit_is_refused_before_it_is_read() {
        client.post().uri("/api/tickets").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new byte[ONE_MB + 1])
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413);
        assertThat(requestsSeenDownstream()).isZero();
    }

    @Test
    void a_streamed_body_over_the_limit_is_refused_and_the_service_sees_none_of_it() {
        client.post().uri("/api/tickets").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
                .contentType(MediaType.APPLICATION_JSON).body(chunked(ONE_MB + 1), DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(requestsSeenDownstream()).isZero();
    }

    @Test
    void bodies_up_to_the_limit_pass_whole_whether_declared_or_streamed() {
        client.post().uri("/api/tickets").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new byte[ONE_MB]).exchange()
                .expectStatus().isOk();
        assertThat(service("ticket-service").last().bodyBytes()).isEqualTo(ONE_MB);

        client.post().uri("/api/tickets").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
                .contentType(MediaType.APPLICATION_JSON).body(chunked(ONE_MB), DataBuffer.class).exchange()
                .expectStatus().isOk();
        assertThat(service("ticket-service").last().bodyBytes()).isEqualTo(ONE_MB);
    }

    @Test
    void the_attachments_upload_takes_up_to_its_own_limit() {
        String upload = "/api/tickets/42/attachments";
        client.post().uri(upload).header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(chunked(3 * ONE_MB), DataBuffer.class).exchange()
                .expectStatus().isOk();
        assertThat(service("ticket-service").last().bodyBytes()).isEqualTo(3 * ONE_MB);

        client.post().uri(upload).header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(new byte[10 * ONE_MB + 1]).exchange()
                .expectStatus().isEqualTo(413);
        client.post().uri(upload).header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(chunked(10 * ONE_MB + 1), DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413);
        assertThat(service("ticket-service").received()).hasSize(1);
    }

    @Test
    void a_read_answered_503_is_retried_and_then_succeeds() {
        service("sla-service").answerNext(503, 503);

        client.get().uri("/api/sla/policies").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken()).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("sla-service");
        assertThat(service("sla-service").received()).hasSize(3);
    }

    @Test
    void a_write_answered_503_is_not_repeated() {
        service("sla-service").answerNext(503);

        client.post().uri("/api/sla/policies").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(503);
        assertThat(service("sla-service").received()).hasSize(1);
    }

    @Test
    void a_read_answered_500_is_not_retried() {
        service("routing-service").answerNext(500);

        client.get().uri("/api/teams").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken()).exchange()
                .expectStatus().isEqualTo(500);
        assertThat(service("routing-service").received()).hasSize(1);
    }

    /** A body sent without Content-Length, in 64 KB chunks. */
    private static Flux<DataBuffer> chunked(int bytes) {
        int chunk = 64 * 1024;
        return Flux.range(0, (bytes + chunk - 1) / chunk)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[Math.min(chunk, bytes - i * chunk)]));
    }
}
