package io.ticketflow.notification.webhook;

import io.ticketflow.api.notification.NotificationChannel;
import io.ticketflow.notification.delivery.Delivery;
import io.ticketflow.notification.delivery.DeliveryChannel;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A receiver that answers its headers and then stalls its body holds a sender no longer than the timeouts. */
class WebhookChannelTimeoutTest {

    @Test
    void a_receiver_that_stalls_its_body_does_not_hold_a_sender_past_the_timeouts() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread trickle = new Thread(() -> {
                try (Socket s = server.accept()) {
                    byte[] buf = new byte[8192];
                    s.getInputStream().read(buf);
                    OutputStream out = s.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    // the rest of the body never comes: hold the connection until the client gives up
                    while (s.getInputStream().read(buf) != -1) {
                        // the request's own body, then nothing until the client closes
                    }
                } catch (Exception ignored) {
                }
            });
            trickle.setDaemon(true);
            trickle.start();
            UUID id = UUID.randomUUID();
            Subscription sub = new Subscription(id, URI.create("http://127.0.0.1:" + server.getLocalPort() + "/hook"),
                    List.of(), "s".repeat(32), null, Subscription.Health.HEALTHY, null, null, null, Instant.now(),
                    Instant.now());
            Subscriptions subs = new Subscriptions(null) {
                @Override
                Optional<Subscription> find(UUID any) {
                    return Optional.of(sub);
                }

                @Override
                void attemptFailed(UUID any, String detail, Instant at) {
                }
            };
            WebhookProperties props = new WebhookProperties(List.of("127.0.0.1"), Duration.ofSeconds(1),
                    Duration.ofSeconds(1));
            WebhookChannel channel = new WebhookChannel(subs, new TargetPolicy(props.allowedTargets(),
                    InetAddress::getAllByName), props, Clock.systemUTC());
            Delivery delivery = new Delivery(UUID.randomUUID(), UUID.randomUUID(), NotificationChannel.WEBHOOK,
                    "webhook:" + id, null, "TicketOpened", Map.of("eventType", "TicketOpened", "schemaRevision", 1,
                    "occurredAt", Instant.now().toString(), "payload", "{}"), 0, Instant.now(), UUID.randomUUID(),
                    Instant.now().plusSeconds(60));
            CompletableFuture<DeliveryChannel.Attempt> sent = CompletableFuture.supplyAsync(() -> channel.send(delivery));
            // connect 1 s + read 1 s bound the whole exchange; 10 s leaves room for a slow machine
            DeliveryChannel.Attempt outcome = sent.get(10, TimeUnit.SECONDS);
            assertThat(outcome.outcome()).isEqualTo(DeliveryChannel.Outcome.RETRY);
            assertThat(outcome.detail()).isEqualTo("timeout");
        }
    }
}
