-- One row per ticket: the facts analysts slice by. No personal data (no requester email or name, no
-- subject or description): the organisation is the finest grain of who asked.
create table ticket_fact (
    ticket_id              uuid        primary key,
    type                   text,
    priority               text,
    channel                text,
    status                 text        not null,
    tags                   text[]      not null default '{}',
    requester_organisation text,
    opened_at              timestamptz not null,
    -- the last event folded into this row, and how many events have been: a rebuild must reproduce both
    last_event_id          uuid        not null,
    projected_at           timestamptz not null,
    version                bigint      not null
);
