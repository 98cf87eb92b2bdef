-- The stable SQL interface for BI tools: these views, not the tables behind them. A view's columns are
-- only ever added to (never renamed, retyped or dropped), so a dashboard built on them keeps working
-- across releases and across rebuilds (a rebuild swaps the whole schema, views included).
-- Analysts connect as a login role that is a member of ${readerRole}, which may read these views and
-- nothing else: not the tables, not the inbox, not other schemas.

create view tickets as
select f.ticket_id, f.type, f.category, f.priority, f.initial_priority, f.channel, f.status, f.tags,
       f.requester_organisation, f.team_id, f.assignee_id,
       f.opened_at, f.first_assigned_at, f.first_response_at, f.first_resolved_at, f.resolved_at,
       f.reopened_at, f.closed_at, f.resolution_code, f.resolved_by_agent_id, f.close_reason, f.merged_into,
       f.pending_count, f.pending_seconds, f.on_hold_count, f.on_hold_seconds,
       f.first_response_seconds, f.resolution_seconds,
       first_response.elapsed_seconds as first_response_business_seconds,
       resolution.elapsed_seconds     as resolution_business_seconds,
       first_response.outcome         as first_response_sla,
       resolution.outcome             as resolution_sla,
       coalesce(next_response.met, 0)      as next_response_sla_met,
       coalesce(next_response.breached, 0) as next_response_sla_breached,
       f.public_replies, f.internal_notes, f.reopen_count, f.escalation_count, f.escalation_level,
       f.satisfaction_score, f.satisfaction_rated_at, f.last_event_at, f.status_since
from ticket_fact f
left join lateral (
    select c.outcome, c.elapsed_seconds from sla_clock_fact c
    where c.ticket_id = f.ticket_id and c.target = 'FIRST_RESPONSE'
    order by c.started_at nulls last, c.clock_id limit 1) first_response on true
left join lateral (
    select c.outcome, c.elapsed_seconds from sla_clock_fact c
    where c.ticket_id = f.ticket_id and c.target = 'RESOLUTION'
    order by c.started_at desc nulls last, c.clock_id limit 1) resolution on true
left join lateral (
    select count(*) filter (where c.outcome = 'MET')      as met,
           count(*) filter (where c.outcome = 'BREACHED') as breached
    from sla_clock_fact c
    where c.ticket_id = f.ticket_id and c.target = 'NEXT_RESPONSE') next_response on true;

create view ticket_status_history as
select ticket_id, seq, status, team_id, assignee_id, priority, type, channel, opened_at, valid_from, valid_to
from ticket_status_span;

create view sla_clocks as
select clock_id, ticket_id, target, policy_id, policy_version, target_seconds, started_at, deadline, warned_at,
       breached_at, outcome, ended_at, stop_reason, elapsed_seconds
from sla_clock_fact;

create view escalations as
select event_id, ticket_id, level, trigger, target_team_id, escalated_at
from ticket_escalation;

create view agents as
select agent_id, team_ids, max_concurrent_tickets, availability, registered_at, updated_at
from agent_dim;

create view teams as
select team_id, name, strategy, defined_at
from team_dim;

comment on view tickets is 'One row per ticket: milestones, wall and business (SLA clock) durations, dimensions, SLA outcome per target, escalations, reopens, satisfaction. Columns are only ever added.';
comment on view ticket_status_history is 'Each ticket as spans of one (status, team, assignee, priority); backlog as of T: valid_from <= T and (valid_to is null or valid_to > T).';
comment on view sla_clocks is 'One row per SLA clock; outcome RUNNING, PAUSED, MET, BREACHED or STOPPED; elapsed_seconds is business time on the clock.';

-- The reader role is cluster-wide: create it when it is missing, and when this database user may not
-- create roles (a managed database), leave that to the DBA and grant nothing rather than fail the service.
do $$
begin
    if not exists (select from pg_roles where rolname = '${readerRole}') then
        begin
            create role ${readerRole} nologin;
        exception when insufficient_privilege then
            raise notice 'cannot create role ${readerRole}: a DBA creates it and runs the two grants below';
            return;
        end;
    end if;
    grant usage on schema ${flyway:defaultSchema} to ${readerRole};
    grant select on tickets, ticket_status_history, sla_clocks, escalations, agents, teams to ${readerRole};
end
$$;
