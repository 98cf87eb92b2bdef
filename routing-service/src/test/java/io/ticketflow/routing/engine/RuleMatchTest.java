package io.ticketflow.routing.engine;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.ticketflow.routing.engine.Routing.ticket;
import static io.ticketflow.routing.engine.Routing.ticketInLanguage;
import static org.assertj.core.api.Assertions.assertThat;

class RuleMatchTest {

    private static RuleMatch only(String attribute, String... values) {
        Set<String> set = Set.of(values);
        return switch (attribute) {
            case "types" -> new RuleMatch(set, null, null, null, null, null, null);
            case "categories" -> new RuleMatch(null, set, null, null, null, null, null);
            case "tags" -> new RuleMatch(null, null, set, null, null, null, null);
            case "priorities" -> new RuleMatch(null, null, null, set, null, null, null);
            case "channels" -> new RuleMatch(null, null, null, null, set, null, null);
            case "languages" -> new RuleMatch(null, null, null, null, null, set, null);
            case "organisations" -> new RuleMatch(null, null, null, null, null, null, set);
            default -> throw new IllegalArgumentException(attribute);
        };
    }

    @Test
    void an_empty_match_matches_every_ticket() {
        assertThat(RuleMatch.ANY.matches(ticket())).isTrue();
        assertThat(new RuleMatch(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of())
                .matches(new TicketFacts(null, null, null, null, null, null, null, null, null))).isTrue();
    }

    @Test
    void type_priority_and_channel_match_their_exact_names() {
        // the ticket: INCIDENT, HIGH, WEB
        assertThat(only("types", "INCIDENT", "BUG_REPORT").matches(ticket())).isTrue();
        assertThat(only("types", "INQUIRY").matches(ticket())).isFalse();
        assertThat(only("types", "incident").matches(ticket())).isFalse();
        assertThat(only("priorities", "HIGH", "URGENT").matches(ticket())).isTrue();
        assertThat(only("priorities", "LOW").matches(ticket())).isFalse();
        assertThat(only("channels", "WEB").matches(ticket())).isTrue();
        assertThat(only("channels", "EMAIL", "PHONE").matches(ticket())).isFalse();
    }

    @Test
    void category_and_organisation_match_ignoring_case() {
        // the ticket: category VPN, organisation Acme
        assertThat(only("categories", "vpn").matches(ticket())).isTrue();
        assertThat(only("categories", "Printers").matches(ticket())).isFalse();
        assertThat(only("organisations", "ACME", "Globex").matches(ticket())).isTrue();
        assertThat(only("organisations", "Globex").matches(ticket())).isFalse();
    }

    @Test
    void a_ticket_matches_tags_when_it_has_at_least_one_of_them() {
        // the ticket: vpn, login
        assertThat(only("tags", "login", "printer").matches(ticket())).isTrue();
        assertThat(only("tags", "printer", "billing").matches(ticket())).isFalse();
    }

    @Test
    void a_language_matches_as_a_range_over_the_tickets_tag() {
        // the ticket: de-CH
        assertThat(only("languages", "de").matches(ticket())).isTrue();
        assertThat(only("languages", "DE-ch").matches(ticket())).isTrue();
        assertThat(only("languages", "de-AT", "fr").matches(ticket())).isFalse();
        assertThat(only("languages", "de").matches(ticketInLanguage("den"))).isFalse();
    }

    @Test
    void a_ticket_without_the_attribute_does_not_match_a_rule_naming_values_for_it() {
        TicketFacts bare = new TicketFacts(null, "INCIDENT", null, Set.of(), "HIGH", "WEB", null, null, null);
        assertThat(only("categories", "VPN").matches(bare)).isFalse();
        assertThat(only("tags", "vpn").matches(bare)).isFalse();
        assertThat(only("languages", "de").matches(bare)).isFalse();
        assertThat(only("organisations", "Acme").matches(bare)).isFalse();
    }

    @Test
    void every_attribute_named_must_match() {
        RuleMatch incidentsFromAcmeOnTheWeb = new RuleMatch(Set.of("INCIDENT"), null, null, null, Set.of("WEB"),
                null, Set.of("Acme"));
        assertThat(incidentsFromAcmeOnTheWeb.matches(ticket())).isTrue();
        RuleMatch incidentsFromAcmeByEmail = new RuleMatch(Set.of("INCIDENT"), null, null, null, Set.of("EMAIL"),
                null, Set.of("Acme"));
        assertThat(incidentsFromAcmeByEmail.matches(ticket())).isFalse();
    }
}
