package io.ticketflow.messaging.it;

import io.ticketflow.messaging.Inbox;
import io.ticketflow.messaging.testing.ConsumerIntegrationTest;
import io.ticketflow.messaging.testing.TicketEventRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboxIT extends ConsumerIntegrationTest {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        MessagingTestApplication.register(registry, InboxIT.class);
    }

    @Autowired
    Inbox inbox;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Value("${" + MessagingTestApplication.CONSUMER_PROPERTY + "}")
    String consumer;

    @Test
    void a_redelivered_event_is_handled_once() {
        UUID twice = UUID.randomUUID();

        deliverTwice(consumer, TicketEventRecords.ticketOpened(twice, UUID.randomUUID()));

        assertThat(jdbc.queryForObject("select count(*) from handled_event where event_id = ?", Integer.class, twice))
                .isEqualTo(1);
        assertThat(claims(consumer, twice)).isEqualTo(1);
    }

    @Test
    void a_claim_returns_only_the_ids_not_claimed_before() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();

        assertThat(claim("claims", List.of(first, second))).containsExactlyInAnyOrder(first, second);
        assertThat(claim("claims", List.of(second, third))).containsExactly(third);
        assertThat(claim("another-consumer", List.of(second))).containsExactly(second);
    }

    @Test
    void a_rolled_back_batch_leaves_no_claim_behind() {
        UUID event = UUID.randomUUID();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            inbox.claim("rollbacks", List.of(event));
            status.setRollbackOnly();
        });

        assertThat(claim("rollbacks", List.of(event))).containsExactly(event);
    }

    @Test
    void a_claim_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> inbox.claim("no-transaction", List.of(UUID.randomUUID())))
                .isInstanceOf(IllegalStateException.class);
    }

    private Set<UUID> claim(String consumer, List<UUID> ids) {
        return new TransactionTemplate(transactionManager).execute(status -> inbox.claim(consumer, ids));
    }
}
