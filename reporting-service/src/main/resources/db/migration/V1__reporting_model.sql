-- reporting-service's read model. Everything here lives in one schema (by default `reporting`), which is
-- one "generation" of the model: a rebuild migrates a second schema with these same scripts, replays the
-- topics into it and swaps the two by renaming them in one transaction. So: no schema-qualified names, and
-- nothing here that a replay of the topics cannot reproduce exactly (no wall-clock "projected at" columns).
-- No personal data: no requester e-mail or name, no subject, description or message bodies, no agent names.

-- One row per ticket, folded from ticketflow.ticket-events in partition (= ticket) order.
create table ticket_fact (
    ticket_id                    uuid        primary key,
    type                         text,
    category                     text,
    priority                     text,
    initial_priority             text,
    channel                      text,
    status                       text        not null,
    tags                         text[]      not null default '{}',
    requester_organisation       text,
    team_id                      text,
    assignee_id                  text,
    -- milestones (null until they happen)
    opened_at                    timestamptz not null,
    first_assigned_at            timestamptz,
    first_response_at            timestamptz,
    first_resolved_at            timestamptz,
    resolved_at                  timestamptz,   -- the latest resolution; null again once reopened
    reopened_at                  timestamptz,   -- the latest reopening
    closed_at                    timestamptz,
    resolution_code              text,
    resolved_by_agent_id         text,          -- who (last) resolved it if an agent, else the assignee then
    close_reason                 text,
    merged_into                  uuid,
    -- waiting on the customer (PENDING) and on hold (ON_HOLD): how often and for how long, wall time
    pending_count                integer     not null default 0,
    pending_seconds              bigint      not null default 0,
    on_hold_count                integer     not null default 0,
    on_hold_seconds              bigint      not null default 0,
    -- wall-clock durations from opened_at
    first_response_seconds       bigint,
    resolution_seconds           bigint,        -- opened_at to resolved_at (the latest resolution)
    -- conversation
    public_replies               integer     not null default 0,
    internal_notes               integer     not null default 0,
    reopen_count                 integer     not null default 0,
    escalation_count             integer     not null default 0,
    escalation_level             integer     not null default 0,
    satisfaction_score           smallint,
    satisfaction_rated_at        timestamptz,
    -- when the ticket entered its current status (what PENDING/ON_HOLD time is measured from when it leaves)
    status_since                 timestamptz not null,
    -- the ticket's open span in ticket_status_span, kept here so that a batch closes it without reading spans
    current_span_seq             integer     not null,
    current_span_from            timestamptz not null,
    -- bookkeeping a rebuild must reproduce: events folded, the last one, and its occurred-at
    version                      bigint      not null,
    last_event_id                uuid        not null,
    last_event_at                timestamptz not null
);
create index ticket_fact_opened_at on ticket_fact (opened_at);
create index ticket_fact_resolved_at on ticket_fact (resolved_at) where resolved_at is not null;
create index ticket_fact_open_by_assignee on ticket_fact (assignee_id) where status not in ('RESOLVED', 'CLOSED');

-- The ticket's history as spans of one (status, team, assignee, priority): a new span starts whenever one
-- of them changes. Backlog as of any instant T is the spans with valid_from <= T < coalesce(valid_to, inf).
-- type and channel are the ticket's when the span began (a recategorisation does not start a span).
create table ticket_status_span (
    ticket_id   uuid        not null,
    seq         integer     not null,
    status      text        not null,
    team_id     text,
    assignee_id text,
    priority    text,
    type        text,
    channel     text,
    opened_at   timestamptz not null,
    valid_from  timestamptz not null,
    valid_to    timestamptz,
    primary key (ticket_id, seq)
);
create index ticket_status_span_from on ticket_status_span (valid_from);

-- One row per SLA clock, folded from ticketflow.sla-events. Independent of ticket_fact: an SLA event may
-- be projected before the ticket's own TicketOpened (different topics), and nothing here waits for it.
create table sla_clock_fact (
    clock_id          uuid        primary key,
    ticket_id         uuid        not null,
    target            text        not null,   -- FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION
    policy_id         text,
    policy_version    integer,
    target_seconds    bigint,
    started_at        timestamptz,
    deadline          timestamptz,
    warned_at         timestamptz,
    breached_at       timestamptz,
    -- RUNNING, PAUSED, MET (in time), BREACHED (deadline passed, still running or reached late),
    -- STOPPED (ended by resolution or closure before its deadline: neither met nor breached)
    outcome           text        not null,
    ended_at          timestamptz,
    stop_reason       text,
    elapsed_seconds   bigint,                 -- business time on the clock when it ended (SLA calendar)
    version           bigint      not null,
    last_event_id     uuid        not null
);
create index sla_clock_fact_ticket on sla_clock_fact (ticket_id);

-- One row per TicketEscalated.
create table ticket_escalation (
    event_id        uuid        primary key,
    ticket_id       uuid        not null,
    level           integer     not null,
    trigger         text        not null,   -- MANUAL, SLA_WARNING, SLA_BREACH
    target_team_id  text,
    escalated_at    timestamptz not null
);
create index ticket_escalation_at on ticket_escalation (escalated_at);

-- The roster, from ticketflow.agent-events: no names or addresses, only what load and capacity need.
create table agent_dim (
    agent_id               text        primary key,
    team_ids               text[]      not null default '{}',
    max_concurrent_tickets integer     not null,
    availability           text        not null,
    registered_at          timestamptz,
    updated_at             timestamptz not null
);

create table team_dim (
    team_id    text        primary key,
    name       text,
    strategy   text,
    defined_at timestamptz not null
);

-- Rebuilds of this read model: progress and outcome. Not part of the replayed model: the swap copies
-- these rows into the new generation so the history survives it.
create table projection_rebuild (
    rebuild_id      uuid        primary key,
    state           text        not null,   -- REPLAYING, SWAPPING, COMPLETED, FAILED, ABANDONED
    requested_at    timestamptz not null,
    heartbeat_at    timestamptz not null,
    finished_at     timestamptz,
    events_replayed bigint      not null default 0,
    events_skipped  bigint      not null default 0,
    -- per topic-partition: {"ticketflow.ticket-events-0": {"position": 10, "end": 12}, ...}
    progress        jsonb       not null default '{}',
    failure         text
);
-- one rebuild at a time
create unique index projection_rebuild_one_running on projection_rebuild ((true))
    where state in ('REPLAYING', 'SWAPPING');
