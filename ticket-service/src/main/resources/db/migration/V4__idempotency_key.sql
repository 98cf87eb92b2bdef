-- Idempotency-Key of POST /api/tickets: which request first used a key, so that a repeat with a different
-- body is told apart from a retry. The ticket itself is guarded by the event store (the ticket id is
-- derived from tenant and key, and (aggregate_identifier, sequence_number) is unique).
CREATE TABLE idempotency_key (
    tenant          text        NOT NULL,
    idempotency_key text        NOT NULL,
    ticket_id       uuid        NOT NULL,
    request_hash    text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant, idempotency_key)
);
