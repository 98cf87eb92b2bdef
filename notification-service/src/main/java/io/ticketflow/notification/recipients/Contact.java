package io.ticketflow.notification.recipients;

/** Where a recipient's mail goes. Personal data: {@link #toString()} shows neither part. */
public record Contact(String email, String name) {

    @Override
    public String toString() {
        return "Contact[redacted]";
    }
}
