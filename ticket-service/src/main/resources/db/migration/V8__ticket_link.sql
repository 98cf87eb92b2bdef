-- Links between tickets (issue 3). One row per TicketLinked, keyed by the linking ticket's event sequence
-- so a redelivered event inserts nothing; a TicketUnlinked stamps unlinked_at instead of deleting, so the
-- links of any past instant (GET /api/tickets/{id}?asOf=) can be read in both directions.
CREATE TABLE ticket_link (
    ticket_id        UUID        NOT NULL,
    linked_sequence  BIGINT      NOT NULL,
    linked_ticket_id UUID        NOT NULL,
    link_type        VARCHAR(16) NOT NULL,
    linked_at        TIMESTAMPTZ NOT NULL,
    unlinked_at      TIMESTAMPTZ,
    PRIMARY KEY (ticket_id, linked_sequence)
);
-- the other direction: the tickets that link to this one
CREATE INDEX ticket_link_linked_ticket_idx ON ticket_link (linked_ticket_id);
