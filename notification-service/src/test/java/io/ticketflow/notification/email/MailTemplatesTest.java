package io.ticketflow.notification.email;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MailTemplatesTest {

    final MailTemplates templates = new MailTemplates();

    static final Map<String, Object> VARIABLES = Map.of("name", "Alice", "subject", "Printer <on> fire",
            "ticketId", "0b5d6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e", "body", "Unplug it & wait", "reason", "model?",
            "satisfactionUrl", "https://rate.example.com/x", "target", "RESOLUTION", "deadline", "2026-11-27T10:00:00Z");

    @Test
    void every_kind_renders_in_every_language_as_text_and_html_with_the_reference() {
        for (EmailKind kind : EmailKind.values()) {
            for (String locale : new String[] {"en", "de"}) {
                MailTemplates.Rendered mail = templates.render(kind, locale, "0b5d6c1e", VARIABLES);
                assertThat(mail.subject()).as(kind + " " + locale).startsWith("[#0b5d6c1e] ")
                        .endsWith("Printer <on> fire");
                assertThat(mail.text()).as(kind + " " + locale).contains("Alice").contains("Printer <on> fire")
                        .doesNotContain("[(").doesNotContain("${");
                assertThat(mail.html()).as(kind + " " + locale).contains("<html lang=\"" + locale + "\"")
                        .contains("Printer &lt;on&gt; fire").doesNotContain("Printer <on> fire");
            }
        }
    }

    @Test
    void a_reply_carries_its_text_and_a_resolution_its_satisfaction_link() {
        assertThat(templates.render(EmailKind.AGENT_REPLIED, "en", "0b5d6c1e", VARIABLES).text())
                .contains("Unplug it & wait");
        assertThat(templates.render(EmailKind.AGENT_REPLIED, "de", "0b5d6c1e", VARIABLES).html())
                .contains("Unplug it &amp; wait");
        assertThat(templates.render(EmailKind.TICKET_RESOLVED, "de", "0b5d6c1e", VARIABLES).html())
                .contains("href=\"https://rate.example.com/x\"");
    }

    @Test
    void subjects_are_in_the_mails_language() {
        assertThat(templates.render(EmailKind.SLA_BREACHED, "de", "0b5d6c1e", VARIABLES).subject())
                .isEqualTo("[#0b5d6c1e] SLA verletzt: Printer <on> fire");
        assertThat(templates.render(EmailKind.SLA_BREACHED, "en", "0b5d6c1e", VARIABLES).subject())
                .isEqualTo("[#0b5d6c1e] SLA breached: Printer <on> fire");
    }
}
