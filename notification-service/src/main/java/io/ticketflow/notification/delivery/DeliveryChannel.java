package io.ticketflow.notification.delivery;

import io.ticketflow.api.notification.NotificationChannel;

/**
 * How one channel sends one delivery. Called by the {@link DeliveryWorker} outside any database transaction, at
 * least once per delivery (a crash after sending and before recording sends again; receivers de-duplicate by
 * the notification id). Implementations never log addresses or message bodies.
 */
public interface DeliveryChannel {

    NotificationChannel channel();

    /** Tries once; never throws for a delivery problem, answers it. */
    Attempt send(Delivery delivery);

    /**
     * The delivery failed for good (refused, or retried for the whole retry period); called in the transaction
     * that records it, so a channel can record what follows (a webhook subscription marked unhealthy).
     */
    default void gaveUp(Delivery delivery, Attempt last) {
    }

    /**
     * What one try came to.
     *
     * @param outcome   SENT, RETRY (worth trying again later) or REFUSED (will never work: no address, opted out
     *                  since, target refused by policy)
     * @param detail    for the log and {@code NotificationFailed}: a status code or error class, never an address
     * @param statusCode the HTTP status (webhooks) or SMTP reply code when there was one, else 0
     */
    record Attempt(Outcome outcome, String detail, int statusCode) {

        public static Attempt sent(String detail, int statusCode) {
            return new Attempt(Outcome.SENT, detail, statusCode);
        }

        public static Attempt retry(String detail, int statusCode) {
            return new Attempt(Outcome.RETRY, detail, statusCode);
        }

        public static Attempt refused(String detail) {
            return new Attempt(Outcome.REFUSED, detail, 0);
        }
    }

    enum Outcome {
        SENT, RETRY, REFUSED
    }
}
