-- Indexes for the REST reports (package `report`): each report restricts ticket_fact to the tickets whose
-- milestone lies in the period asked about, so each milestone it filters on is indexed (opened_at and
-- resolved_at already are, in V1). Partial: most tickets have not reached most milestones.
create index ticket_fact_first_response_at on ticket_fact (first_response_at) where first_response_at is not null;
create index ticket_fact_first_resolved_at on ticket_fact (first_resolved_at) where first_resolved_at is not null;
create index ticket_fact_reopened_at on ticket_fact (reopened_at) where reopened_at is not null;
create index ticket_fact_closed_at on ticket_fact (closed_at) where closed_at is not null;
create index ticket_fact_rated_at on ticket_fact (satisfaction_rated_at) where satisfaction_rated_at is not null;
-- the agents report: throughput per resolving agent in a period
create index ticket_fact_resolved_by on ticket_fact (resolved_by_agent_id, resolved_at) where resolved_at is not null;
-- the summary's backlog now (the V1 index on open tickets is keyed by assignee)
create index ticket_fact_open_by_team on ticket_fact (team_id) where status not in ('RESOLVED', 'CLOSED');
-- SLA compliance counts the clocks started in the period
create index sla_clock_fact_started_at on sla_clock_fact (started_at);
-- the backlog as of T: spans with valid_from <= T < valid_to; a btree on valid_to answers both
-- "valid_to is null" (current spans) and "valid_to > T" (recent T: few spans ended after it)
create index ticket_status_span_to on ticket_status_span (valid_to);
