-- The transactional outbox of every publishing Ticketflow service (kafka-messaging's io.ticketflow.messaging.outbox):
-- each message is written here in the transaction of the change it describes, and the relay publishes the
-- unpublished rows in id order, one key's rows strictly in turn, then sets published_at. Published rows are
-- deleted after ticketflow.outbox.retention.
-- "if not exists" throughout: routing-service created this very table in its own V2 before the outbox was
-- shared, so this is harmless in a database that has it already.
create table if not exists outbox (
    id           bigserial   primary key,
    topic        text        not null,
    record_key   text        not null,
    event_type   text        not null,   -- the logical name (ticketflow-event-type)
    revision     integer     not null,   -- ticketflow-schema-revision when written
    event_id     uuid        not null unique,
    payload      jsonb       not null,   -- may hold personal data
    headers      jsonb       not null,   -- the optional envelope headers by wire name (correlation id, tenant)
    occurred_at  timestamptz not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);
-- what the relay reads: unpublished rows in id order, and whether a key has an earlier unpublished row
create index if not exists outbox_unpublished on outbox (id) where published_at is null;
create index if not exists outbox_unpublished_by_key on outbox (topic, record_key, id) where published_at is null;
-- what the purge deletes
create index if not exists outbox_published on outbox (published_at) where published_at is not null;
