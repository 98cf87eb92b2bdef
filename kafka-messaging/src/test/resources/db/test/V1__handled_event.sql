-- What the test listener handled, one row per delivery it was given (no unique key on purpose: a
-- duplicate here means the inbox let a redelivery through).
create table handled_event (
    event_id   uuid not null,
    ticket_key text
);
