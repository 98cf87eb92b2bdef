-- The clocks replace the placeholder projection of V1.
drop table ticket_awaiting_clocks;

-- The SLA clocks of each ticket (timer.ClockStore): the engine's state as JSON, and the instant of its next
-- warning or breach. next_due_at is the durable timer: the scheduler claims due rows with FOR UPDATE SKIP LOCKED,
-- so any number of instances fire each timer once; null means no timer (nothing running, or all raised).
create table ticket_clocks (
    ticket_id   uuid        primary key,
    state       jsonb       not null,
    next_due_at timestamptz,
    updated_at  timestamptz not null
);

create index ticket_clocks_due on ticket_clocks (next_due_at) where next_due_at is not null;
