-- Tickets routing has yet to assign, with the facts assignment will match on. Filled from TicketOpened;
-- rows leave when routing assigns (a later migration and issue).
create table ticket_awaiting_assignment (
    ticket_id uuid        primary key,
    type      text,
    priority  text,
    channel   text,
    opened_at timestamptz not null
);
