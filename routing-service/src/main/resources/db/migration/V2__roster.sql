-- The roster: agents, teams, skills with levels, languages, memberships and availability, written only by
-- the roster service, each change in one transaction with the outbox row of its event.
-- version counts every change of a row (profile or availability); a PUT may name it (If-Match) to refuse a
-- write based on an older read.

create table agent (
    agent_id           text        primary key,
    display_name       text        not null,   -- personal data
    email              text        not null,   -- personal data
    capacity           integer     not null check (capacity between 0 and 1000),
    availability       text        not null check (availability in ('ONLINE', 'AWAY', 'OFFLINE')),
    availability_since timestamptz not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint      not null
);

create table team (
    team_id             text        primary key,
    name                text        not null,
    supervisor_agent_id text        references agent (agent_id),
    strategy            text        not null check (strategy in ('SKILLS_LEAST_LOADED', 'ROUND_ROBIN', 'MANUAL')),
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null
);

create table agent_skill (
    agent_id text     not null references agent (agent_id),
    skill    text     not null,
    level    smallint not null check (level between 1 and 5),
    primary key (agent_id, skill)
);

create table agent_language (
    agent_id text not null references agent (agent_id),
    language text not null,   -- a BCP 47 tag in its canonical form (de, pt-BR)
    primary key (agent_id, language)
);

create table agent_team (
    agent_id text not null references agent (agent_id),
    team_id  text not null references team (team_id),
    primary key (agent_id, team_id)
);
-- the assignment loop reads a team's members
create index agent_team_by_team on agent_team (team_id, agent_id);

-- Transactional outbox: every event is written here in the transaction of the change it describes, and the
-- relay (messaging.OutboxRelay) publishes unpublished rows in id order, one key's rows strictly in turn,
-- then sets published_at. Published rows are deleted after ticketflow.routing.outbox.retention.
create table outbox (
    id           bigserial   primary key,
    topic        text        not null,
    record_key   text        not null,
    event_type   text        not null,   -- the logical name (ticketflow-event-type)
    revision     integer     not null,   -- ticketflow-schema-revision when written
    event_id     uuid        not null unique,
    payload      jsonb       not null,   -- may hold personal data (agent name and email)
    headers      jsonb       not null,   -- the optional envelope headers by wire name (correlation id, tenant)
    occurred_at  timestamptz not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);
-- what the relay reads: unpublished rows in id order, and whether a key has an earlier unpublished row
create index outbox_unpublished on outbox (id) where published_at is null;
create index outbox_unpublished_by_key on outbox (topic, record_key, id) where published_at is null;
-- what the purge deletes
create index outbox_published on outbox (published_at) where published_at is not null;
