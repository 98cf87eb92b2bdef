package io.ticketflow.launcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DownCommandTest {

    @Test
    void leftover_processes_are_stopped_services_first_then_the_identity_server_the_mail_catcher_kafka_and_postgres() {
        assertThat(DownCommand.stopOrder())
                .startsWith("ticket-service").contains("gateway")
                .endsWith("identity-server", "mail-catcher", "kafka", "postgres")
                .hasSize(ServiceSpec.ALL.size() + 4);
    }
}
