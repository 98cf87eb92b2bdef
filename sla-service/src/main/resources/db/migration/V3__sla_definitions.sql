-- Business calendars and SLA policies (issue 5) as immutable versions: a change is a new row, never an
-- update, because clocks record the versions they started under and must find them unchanged forever.
-- A version's definition is the document the REST API shows (without version and effective_from), checked by
-- the service before it is stored.

-- One row: the number of the last change to the definitions, and the effective_from it gave. Every write
-- raises it in its own transaction, which serialises writers (version numbers and If-Match checks are
-- decided under this row lock) and lets every instance ask one cheap question: changed since I last read?
create table sla_definition_change (
    id                  boolean     primary key default true check (id),
    change_number       bigint      not null check (change_number >= 0),
    -- effective instants only move forward, in the order of the writes, whatever the writers' clocks say
    last_effective_from timestamptz not null
);
insert into sla_definition_change (id, change_number, last_effective_from)
values (true, 0, '1970-01-01T00:00:00Z');

create table business_calendar_version (
    calendar_id    text        not null,
    version        integer     not null check (version >= 1),
    effective_from timestamptz not null,
    -- the sla_definition_change.change_number of the write that stored it: readers load what is newer
    change_number  bigint      not null,
    definition     jsonb       not null,
    primary key (calendar_id, version)
);
create index business_calendar_version_change on business_calendar_version (change_number);

-- A retired version repeats the definition it retires and covers no ticket from its effective_from on;
-- nothing is deleted, because running clocks refer to the earlier versions.
create table sla_policy_version (
    policy_id      text        not null,
    version        integer     not null check (version >= 1),
    effective_from timestamptz not null,
    retired        boolean     not null,
    change_number  bigint      not null,
    definition     jsonb       not null,
    primary key (policy_id, version)
);
create index sla_policy_version_change on sla_policy_version (change_number);

-- Immutability checked rather than hoped for.
create function refuse_changing_a_version() returns trigger language plpgsql as $$
begin
    raise exception '% holds immutable versions: store a new version instead', tg_table_name;
end
$$;
create trigger business_calendar_version_immutable before update or delete on business_calendar_version
    for each row execute function refuse_changing_a_version();
create trigger sla_policy_version_immutable before update or delete on sla_policy_version
    for each row execute function refuse_changing_a_version();
