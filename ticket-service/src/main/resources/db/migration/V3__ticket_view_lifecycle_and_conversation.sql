-- The detail read model follows the whole lifecycle (issue 3): who works on the ticket, how it ended, and
-- its conversation. Rebuildable like V2's table: reset the ticket-view processor's token and both refill.
ALTER TABLE ticket_view
    ADD COLUMN category             VARCHAR(100),
    ADD COLUMN escalation_level     INT          NOT NULL DEFAULT 0,
    ADD COLUMN first_response_at    TIMESTAMPTZ,
    ADD COLUMN resolution_code      VARCHAR(32),
    ADD COLUMN resolved_at          TIMESTAMPTZ,
    ADD COLUMN satisfaction_score   SMALLINT,
    ADD COLUMN satisfaction_comment VARCHAR(2000),
    ADD COLUMN closed_at            TIMESTAMPTZ,
    ADD COLUMN close_reason         VARCHAR(16),
    ADD COLUMN merged_into          UUID;

CREATE INDEX ticket_view_assignee_idx ON ticket_view (assignee_id, status);

-- One row per MessageAdded; message_id is the event's own id, so a redelivered event inserts nothing.
-- event_sequence orders the conversation exactly as the ticket's stream did (two messages may share an instant).
CREATE TABLE ticket_message (
    message_id     UUID         NOT NULL PRIMARY KEY,
    ticket_id      UUID         NOT NULL,
    visibility     VARCHAR(16)  NOT NULL,
    author_kind    VARCHAR(16)  NOT NULL,
    author_id      TEXT         NOT NULL,
    body           TEXT         NOT NULL,
    attachments    JSONB        NOT NULL DEFAULT '[]',
    added_at       TIMESTAMPTZ  NOT NULL,
    event_sequence BIGINT       NOT NULL
);
CREATE INDEX ticket_message_ticket_idx ON ticket_message (ticket_id, event_sequence);
