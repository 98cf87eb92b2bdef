package io.ticketflow.launcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    @Test
    void no_arguments_means_help() {
        assertThat(CommandLine.parse().command()).isEqualTo(CommandLine.Command.HELP);
    }

    @Test
    void up_starts_every_service_in_the_foreground_by_default() {
        CommandLine up = CommandLine.parse("up");

        assertThat(up.command()).isEqualTo(CommandLine.Command.UP);
        assertThat(up.detach()).isFalse();
        assertThat(up.services()).isEqualTo(ServiceSpec.ALL);
    }

    @Test
    void up_detach_with_only_infra_starts_no_service() {
        CommandLine up = CommandLine.parse("up", "--detach", "--only", "infra");

        assertThat(up.detach()).isTrue();
        assertThat(up.services()).isEmpty();
    }

    @Test
    void only_with_service_names_selects_those_services() {
        CommandLine up = CommandLine.parse("up", "--only", "infra,ticket-service,gateway");

        assertThat(up.services()).extracting(ServiceSpec::name).containsExactly("ticket-service", "gateway");
        assertThat(CommandLine.selectionArgument(up.services())).isEqualTo("ticket-service,gateway");
        assertThat(CommandLine.selectionArgument(CommandLine.selection("infra"))).isEqualTo("infra");
    }

    @Test
    void an_unknown_service_in_only_is_rejected_with_the_known_names() {
        assertThatThrownBy(() -> CommandLine.parse("up", "--only", "billing-service"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("billing-service").hasMessageContaining("ticket-service");
    }

    @Test
    void only_without_a_value_is_rejected() {
        assertThatThrownBy(() -> CommandLine.parse("up", "--only")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void logs_takes_a_name_and_an_optional_follow_flag() {
        CommandLine logs = CommandLine.parse("logs", "gateway", "-f");

        assertThat(logs.target()).contains("gateway");
        assertThat(logs.follow()).isTrue();
    }

    @Test
    void logs_without_a_name_is_rejected() {
        assertThatThrownBy(() -> CommandLine.parse("logs")).hasMessageContaining("needs a name");
    }

    @Test
    void reset_yes_skips_the_question() {
        assertThat(CommandLine.parse("reset", "--yes").yes()).isTrue();
        assertThat(CommandLine.parse("reset").yes()).isFalse();
    }

    @Test
    void an_option_of_another_command_is_rejected() {
        assertThatThrownBy(() -> CommandLine.parse("down", "--detach")).hasMessageContaining("only applies to up");
    }

    @Test
    void an_unknown_command_is_rejected() {
        assertThatThrownBy(() -> CommandLine.parse("start")).hasMessageContaining("Unknown command: start");
    }

    @Test
    void token_takes_a_user() {
        CommandLine token = CommandLine.parse("token", "alice");

        assertThat(token.command()).isEqualTo(CommandLine.Command.TOKEN);
        assertThat(token.target()).contains("alice");
        assertThat(token.clientCredentials()).isFalse();
    }

    @Test
    void token_with_client_credentials_or_for_system_asks_for_the_system_client() {
        assertThat(CommandLine.parse("token", "--client-credentials").clientCredentials()).isTrue();
        assertThat(CommandLine.parse("token", "--client-credentials").target()).isEmpty();
        assertThat(CommandLine.parse("token", "system").target()).contains("system");
        assertThat(CommandLine.parse("token", "system", "--client-credentials").clientCredentials()).isTrue();
    }

    @Test
    void token_without_a_user_or_with_a_user_and_client_credentials_is_rejected() {
        assertThatThrownBy(() -> CommandLine.parse("token")).hasMessageContaining("token needs a user");
        assertThatThrownBy(() -> CommandLine.parse("token", "alice", "--client-credentials"))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> CommandLine.parse("token", "alice", "bob")).hasMessageContaining("Unexpected argument");
        assertThatThrownBy(() -> CommandLine.parse("up", "--client-credentials")).hasMessageContaining("only applies to token");
    }
}
