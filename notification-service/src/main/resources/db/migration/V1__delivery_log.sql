-- The delivery log (delivery.DeliveryLog): one row per notification, identified by (triggering event, channel,
-- recipient) through notification_id, so a redelivered event records nothing new. Recipients are references
-- (requester:<ticket>, agent:<id>, webhook:<subscription>), never addresses; data holds the channel's inputs and
-- may hold personal data (never logged). next_attempt_at is the worker's durable schedule and, while a worker
-- sends, its lease: a crash mid-send leaves the row to be taken again once the lease runs out.
create table delivery (
    notification_id     uuid        primary key,
    triggering_event_id uuid        not null,
    channel             text        not null check (channel in ('EMAIL', 'WEBHOOK')),
    recipient           text        not null,
    ticket_id           uuid,
    kind                text        not null,
    data                jsonb       not null,
    status              text        not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts            integer     not null default 0,
    next_attempt_at     timestamptz,
    last_detail         text,
    occurred_at         timestamptz not null,
    created_at          timestamptz not null,
    finished_at         timestamptz,
    unique (triggering_event_id, channel, recipient)
);

create index delivery_due on delivery (channel, next_attempt_at) where status = 'PENDING';
create index delivery_by_ticket on delivery (ticket_id, created_at);
create index delivery_by_recipient on delivery (recipient, created_at);

-- Every attempt, for GET /api/webhooks/{id}/deliveries and operators.
create table delivery_attempt (
    notification_id uuid        not null references delivery,
    attempt         integer     not null,
    attempted_at    timestamptz not null,
    outcome         text        not null check (outcome in ('SENT', 'RETRY', 'REFUSED')),
    status_code     integer     not null,
    detail          text,
    duration_ms     bigint      not null,
    primary key (notification_id, attempt)
);
