-- Tickets opened per hour (UTC) and per type, channel and priority: the grain of the volume report.
-- A counter, not a set of rows keyed by ticket: folding the same TicketOpened twice would count it twice,
-- so this table is only as right as the inbox (processed_event) that the same transaction claims events in.
-- No personal data: nothing here says who opened a ticket or what it is about.
create table ticket_volume_hourly (
    hour     timestamptz not null,
    type     text        not null,
    channel  text        not null,
    priority text        not null,
    opened   integer     not null,
    primary key (hour, type, channel, priority)
);

comment on column ticket_volume_hourly.hour is
    'start of the hour, UTC, that the tickets were opened in (TicketOpened.openedAt truncated to the hour)';

-- ticket_fact.version is bookkeeping for rebuilds, not an optimistic-lock version: say so where the data is.
comment on column ticket_fact.version is
    'number of the ticket''s events folded into this row; only TicketOpened is folded so far, so 1';
