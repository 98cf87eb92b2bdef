-- Tickets whose SLA clocks are yet to start, with the facts the policy will be chosen by; opened_at is
-- when the clocks count from. Filled from TicketOpened.
create table ticket_awaiting_clocks (
    ticket_id uuid        primary key,
    type      text,
    priority  text,
    opened_at timestamptz not null
);
