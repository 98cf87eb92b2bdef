package io.ticketflow.notification.webhook;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code webhook_subscription} table. */
@Repository
class Subscriptions {

    private static final String COLUMNS = """
            subscription_id, target_url, event_types, secret, description, health, unhealthy_since, last_failure_at,
            last_failure, created_at, updated_at""";

    private final JdbcTemplate jdbc;

    Subscriptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void create(UUID id, SubscriptionDefinition definition, String secret, Instant now) {
        jdbc.update("""
                insert into webhook_subscription (subscription_id, target_url, event_types, secret, description, health,
                                                  created_at, updated_at)
                values (?, ?, ?, ?, ?, 'HEALTHY', ?, ?)""", id, definition.targetUrl().toString(),
                definition.eventTypes().toArray(String[]::new), secret, definition.description(), Timestamp.from(now),
                Timestamp.from(now));
    }

    /** Replaces the definition (the secret only when given) and makes the subscription healthy again. */
    boolean replace(UUID id, SubscriptionDefinition definition, String secretOrNull, Instant now) {
        return jdbc.update("""
                update webhook_subscription
                set target_url = ?, event_types = ?, secret = coalesce(?, secret), description = ?, health = 'HEALTHY',
                    unhealthy_since = null, updated_at = ?
                where subscription_id = ?""", definition.targetUrl().toString(),
                definition.eventTypes().toArray(String[]::new), secretOrNull, definition.description(),
                Timestamp.from(now), id) == 1;
    }

    boolean delete(UUID id) {
        return jdbc.update("delete from webhook_subscription where subscription_id = ?", id) == 1;
    }

    Optional<Subscription> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from webhook_subscription where subscription_id = ?",
                Subscriptions::subscription, id).stream().findFirst();
    }

    List<Subscription> all() {
        return jdbc.query("select " + COLUMNS + " from webhook_subscription order by created_at, subscription_id",
                Subscriptions::subscription);
    }

    List<Subscription> healthy() {
        return jdbc.query("select " + COLUMNS + " from webhook_subscription where health = 'HEALTHY'"
                + " order by created_at, subscription_id", Subscriptions::subscription);
    }

    void attemptFailed(UUID id, String detail, Instant at) {
        jdbc.update("update webhook_subscription set last_failure_at = ?, last_failure = ? where subscription_id = ?",
                Timestamp.from(at), detail, id);
    }

    /** No more deliveries until a PUT replaces it; the first instant it went unhealthy is kept. */
    void markUnhealthy(UUID id, Instant at) {
        jdbc.update("""
                update webhook_subscription set health = 'UNHEALTHY', unhealthy_since = coalesce(unhealthy_since, ?)
                where subscription_id = ?""", Timestamp.from(at), id);
    }

    private static Subscription subscription(ResultSet rs, int row) throws SQLException {
        Array eventTypes = rs.getArray("event_types");
        return new Subscription(rs.getObject("subscription_id", UUID.class), URI.create(rs.getString("target_url")),
                List.of((String[]) eventTypes.getArray()), rs.getString("secret"), rs.getString("description"),
                Subscription.Health.valueOf(rs.getString("health")), instant(rs, "unhealthy_since"),
                instant(rs, "last_failure_at"), rs.getString("last_failure"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
