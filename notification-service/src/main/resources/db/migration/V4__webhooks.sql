-- Webhook subscriptions (webhook.Subscriptions). The secret signs every delivery, so it is kept readable (the REST
-- API never returns it after creation, and nothing logs it); target URLs may carry tokens of the receiver's and
-- are never logged either. An empty event_types means every event of ticket-events and sla-events. An UNHEALTHY
-- subscription gets no deliveries until a PUT replaces it.
create table webhook_subscription (
    subscription_id uuid        primary key,
    target_url      text        not null,
    event_types     text[]      not null,
    secret          text        not null,
    description     text,
    health          text        not null check (health in ('HEALTHY', 'UNHEALTHY')),
    unhealthy_since timestamptz,
    last_failure_at timestamptz,
    last_failure    text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
