package io.ticketflow.mailcatcher;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MailStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void the_oldest_mails_give_way_once_the_capacity_is_reached() {
        MailStore store = new MailStore(3, 1_000_000, CLOCK);
        for (int i = 1; i <= 5; i++) {
            store.add("system@ticketflow.test", List.of("user" + i + "@example.com"), mail("Mail " + i));
        }

        assertThat(store.newestFirst()).extracting(CaughtMail::id).containsExactly(5L, 4L, 3L);
        assertThat(store.get(2)).isEmpty();
        assertThat(store.get(4)).map(m -> m.content().subject().orElseThrow()).contains("Mail 4");
    }

    @Test
    void the_oldest_mails_give_way_once_the_bytes_are_exceeded_but_the_newest_is_always_kept() {
        byte[] big = mail("x".repeat(400));
        MailStore store = new MailStore(100, 1000, CLOCK);

        store.add("a@example.com", List.of("b@example.com"), big);
        store.add("a@example.com", List.of("b@example.com"), big);
        store.add("a@example.com", List.of("b@example.com"), big);

        assertThat(store.newestFirst()).extracting(CaughtMail::id).containsExactly(3L, 2L);

        MailStore tiny = new MailStore(100, 10, CLOCK);
        tiny.add("a@example.com", List.of("b@example.com"), big);
        assertThat(tiny.size()).isEqualTo(1);
    }

    @Test
    void ids_keep_counting_after_clear_so_an_id_never_names_two_mails() {
        MailStore store = new MailStore(10, 1_000_000, CLOCK);
        store.add("a@example.com", List.of("b@example.com"), mail("one"));
        store.clear();
        CaughtMail next = store.add("a@example.com", List.of("b@example.com"), mail("two"));

        assertThat(store.get(1)).isEmpty();
        assertThat(next.id()).isEqualTo(2);
        assertThat(next.receivedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void a_broken_message_is_kept_exactly_as_sent_and_its_toString_names_no_one() {
        MailStore store = new MailStore(10, 1_000_000, CLOCK);
        byte[] garbage = "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nno end".getBytes(StandardCharsets.US_ASCII);

        CaughtMail kept = store.add("a@example.com", List.of("b@example.com"), garbage);

        assertThat(kept.raw()).isEqualTo(garbage);
        assertThat(kept.toString()).doesNotContain("example.com");
    }

    private static byte[] mail(String subject) {
        return ("From: a@example.com\r\nTo: b@example.com\r\nSubject: " + subject + "\r\n\r\nbody\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
