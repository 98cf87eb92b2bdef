package io.ticketflow.notification.email;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Locale;

/**
 * Email settings ({@code ticketflow.notification.email.*}); the SMTP server itself is Spring's {@code spring.mail.*}.
 *
 * @param from            the sender of every mail
 * @param defaultLocale   the language of a mail when the recipient has none we have templates for
 * @param locales         the languages there are templates for
 * @param satisfactionUrl where a resolved ticket's requester rates the service; {@code {ticketId}} is replaced
 * @param threadDomain    the right-hand side of the Message-IDs, so replies can be told apart from other mail
 */
@ConfigurationProperties(prefix = "ticketflow.notification.email")
public record EmailProperties(
        @DefaultValue("Ticketflow Support <support@ticketflow.local>") String from,
        @DefaultValue("en") String defaultLocale,
        @DefaultValue({"en", "de"}) List<String> locales,
        @DefaultValue("http://localhost:8080/rate/{ticketId}") String satisfactionUrl,
        @DefaultValue("ticketflow") String threadDomain) {

    public EmailProperties {
        locales = List.copyOf(locales);
        if (!locales.contains(defaultLocale)) {
            throw new IllegalArgumentException("ticketflow.notification.email.default-locale must be one of "
                    + "ticketflow.notification.email.locales " + locales);
        }
    }

    /** The templates' language for a requested one: itself, else its language without region, else the default. */
    public String localeFor(String requested) {
        if (requested == null || requested.isBlank()) {
            return defaultLocale;
        }
        String tag = Locale.forLanguageTag(requested.strip().replace('_', '-')).toLanguageTag();
        if (locales.contains(tag)) {
            return tag;
        }
        String language = Locale.forLanguageTag(tag).getLanguage();
        return locales.contains(language) ? language : defaultLocale;
    }
}
