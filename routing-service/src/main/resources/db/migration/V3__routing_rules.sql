-- Routing rules as data (issue 4). Rules are tried by ascending position; the set as a whole has a
-- version that every change raises, so a decision can record which rule set it was made under.

-- One row: the set's version. Every change locks it first, which also serialises changes to the set.
create table routing_rule_set (
    id      boolean primary key default true check (id),
    version bigint  not null check (version >= 0)
);
insert into routing_rule_set (id, version) values (true, 0);

-- A match attribute left empty ('{}') matches any ticket. Positions run 1..n without gaps. A change writes
-- the whole set (delete, insert) under the lock on routing_rule_set.
create table routing_rule (
    rule_id             uuid    primary key,
    position            integer not null check (position >= 1),
    name                text    not null,
    enabled             boolean not null,
    team_id             text    not null,
    match_types         text[]  not null default '{}',
    match_categories    text[]  not null default '{}',
    match_tags          text[]  not null default '{}',
    match_priorities    text[]  not null default '{}',
    match_channels      text[]  not null default '{}',
    match_languages     text[]  not null default '{}',
    match_organisations text[]  not null default '{}',
    constraint routing_rule_position_unique unique (position),
    -- names are how people tell rules apart in explanations; the service also refuses names that differ
    -- only in case
    constraint routing_rule_name_unique unique (name)
);

-- The skills a rule's tickets need, in the order the rule lists them.
create table routing_rule_skill (
    rule_id   uuid    not null references routing_rule (rule_id) on delete cascade,
    ordinal   integer not null,
    skill     text    not null,
    min_level integer not null check (min_level between 1 and 5),
    primary key (rule_id, ordinal),
    unique (rule_id, skill)
);
