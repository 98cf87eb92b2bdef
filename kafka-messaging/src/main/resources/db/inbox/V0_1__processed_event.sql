-- The idempotency inbox of every Ticketflow consumer: one row per (consumer, event) it has handled.
-- A consumer claims the ids of a batch in the same transaction as its projection writes, so a
-- redelivered event finds its row and is skipped, and a rolled-back batch leaves no claim behind.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
