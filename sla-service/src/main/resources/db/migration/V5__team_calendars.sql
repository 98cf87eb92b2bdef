-- Team calendars (issue 5): the business calendar a routing team works in, for tickets whose policy names no
-- calendar of its own. Immutable versions like the calendars and policies of V3, counted by the same change
-- counter, because a clock records the calendar version it counts in and a replay must find the same answer
-- for "the team's calendar at instant t" forever.

-- A removed version repeats the definition it removes (as a retired policy does); from its effective_from on
-- the team has no calendar. The definition is the document the REST API shows: {"teamId", "calendarId"}.
create table team_calendar_version (
    team_id        text        not null,
    version        integer     not null check (version >= 1),
    effective_from timestamptz not null,
    removed        boolean     not null,
    change_number  bigint      not null,
    definition     jsonb       not null,
    primary key (team_id, version)
);
create index team_calendar_version_change on team_calendar_version (change_number);

create trigger team_calendar_version_immutable before update or delete on team_calendar_version
    for each row execute function refuse_changing_a_version();
