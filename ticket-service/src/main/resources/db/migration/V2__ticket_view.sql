-- The ticket detail read model served by GET /api/tickets/{id}. Rebuildable from the event store at any
-- time (reset the ticket-view processor's token); event_sequence makes every update idempotent.
CREATE TABLE ticket_view (
    ticket_id              UUID         NOT NULL PRIMARY KEY,
    subject                VARCHAR(200) NOT NULL,
    description            TEXT         NOT NULL,
    requester_email        VARCHAR(320) NOT NULL,
    requester_name         VARCHAR(200) NOT NULL,
    requester_organisation VARCHAR(200),
    type                   VARCHAR(32)  NOT NULL,
    priority               VARCHAR(16)  NOT NULL,
    status                 VARCHAR(16)  NOT NULL,
    channel                VARCHAR(16)  NOT NULL,
    tags                   TEXT[]       NOT NULL DEFAULT '{}',
    custom_fields          JSONB        NOT NULL DEFAULT '{}',
    assignee_id            VARCHAR(100),
    team_id                VARCHAR(100),
    opened_by              VARCHAR(200) NOT NULL,
    opened_at              TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    event_sequence         BIGINT       NOT NULL
);
CREATE INDEX ticket_view_requester_email_idx ON ticket_view (requester_email);
CREATE INDEX ticket_view_status_idx ON ticket_view (status, opened_at);
