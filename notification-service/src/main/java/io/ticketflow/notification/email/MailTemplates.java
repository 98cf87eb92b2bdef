package io.ticketflow.notification.email;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kind's templates in a language: {@code templates/mail/<kind>.<locale>.html} (HTML mode, escaped) and
 * {@code .txt} (text mode), and its subject line from {@code templates/mail/subjects[_<locale>].properties}. A
 * standalone Thymeleaf engine of its own: the service serves no views, so there is no MVC view resolution to share.
 */
@Component
class MailTemplates {

    private static final String FOLDER = "templates/mail/";

    private final TemplateEngine engine = new TemplateEngine();
    private final ResourceBundleMessageSource subjects = new ResourceBundleMessageSource();

    MailTemplates() {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        subjects.setBasename(FOLDER + "subjects");
        subjects.setDefaultEncoding("UTF-8");
        subjects.setFallbackToSystemLocale(false);
    }

    /** A rendered mail; holds personal data, so its {@code toString} shows none of it. */
    record Rendered(String subject, String text, String html) {

        @Override
        public String toString() {
            return "Rendered[redacted]";
        }
    }

    /**
     * @param reference the ticket's short reference, for the subject line
     * @param variables what the templates read ({@code subject}, {@code name}, {@code ticketId}, the kind's own)
     */
    Rendered render(EmailKind kind, String locale, String reference, Map<String, Object> variables) {
        Locale language = Locale.forLanguageTag(locale);
        Context context = new Context(language, variables);
        context.setVariable("reference", reference);
        String base = kind.code() + "." + locale;
        String subject = subjects.getMessage(kind.code(), new Object[] {reference,
                variables.getOrDefault("subject", "")}, language);
        return new Rendered(subject, engine.process(base + ".txt", context), engine.process(base + ".html", context));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(FOLDER);
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
