package io.ticketflow.mailcatcher;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar local-mail-catcher.jar}: runs until stopped (SIGTERM from {@code ./ticketflow down}).
 * {@code MAIL_CATCHER_SMTP_PORT} (2525), {@code MAIL_CATCHER_HTTP_PORT} (8025) and {@code MAIL_CATCHER_CAPACITY}
 * (1000 mails) change the defaults.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        MailCatcher.Settings defaults = MailCatcher.Settings.defaults();
        MailCatcher.Settings settings;
        try {
            Map<String, String> env = System.getenv();
            settings = new MailCatcher.Settings(
                    number(env, "MAIL_CATCHER_SMTP_PORT", defaults.smtpPort()),
                    number(env, "MAIL_CATCHER_HTTP_PORT", defaults.httpPort()),
                    number(env, "MAIL_CATCHER_CAPACITY", defaults.capacity()),
                    defaults.maxBytes(), defaults.maxMessageBytes());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        MailCatcher catcher = MailCatcher.start(settings, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            catcher.close();
            stopped.countDown();
        }, "mail-catcher-stop"));
        stopped.await();
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = Optional.ofNullable(env.get(name)).map(String::trim).orElse("");
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
