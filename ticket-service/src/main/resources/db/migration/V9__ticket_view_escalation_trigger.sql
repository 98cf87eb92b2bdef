-- What set the ticket's latest escalation off (TicketEscalated revision 2). Tickets escalated before the
-- trigger existed were escalated by hand: the same MANUAL that the event store's upcast reads them as, so
-- the column is right without replaying the ticket-view processor.
ALTER TABLE ticket_view ADD COLUMN escalation_trigger VARCHAR(16);
UPDATE ticket_view SET escalation_trigger = 'MANUAL' WHERE escalation_level > 0;
