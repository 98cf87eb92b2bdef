-- The assignment loop (issue 4). routed_ticket replaces V1's ticket_awaiting_assignment: routing's own view
-- of every ticket, what rules match on, who owns it, and whether it needs an agent. Rebuildable from
-- ticketflow.ticket-events (the inbox makes every event count once).
DROP TABLE ticket_awaiting_assignment;

CREATE TABLE routed_ticket (
    ticket_id          UUID         PRIMARY KEY,
    type               VARCHAR(32)  NOT NULL,
    category           VARCHAR(100),
    priority           VARCHAR(16)  NOT NULL,
    channel            VARCHAR(16)  NOT NULL,
    tags               TEXT[]       NOT NULL DEFAULT '{}',
    language           VARCHAR(35),
    organisation       VARCHAR(200),
    status             VARCHAR(16)  NOT NULL,
    opened_at          TIMESTAMPTZ  NOT NULL,
    team_id            VARCHAR(100),
    agent_id           VARCHAR(100),
    -- routing sent AssignTicket for this agent and has not seen the TicketAssigned yet; the agent's load
    -- already counts it, so two decisions never fill one free slot twice
    pending_agent_id   VARCHAR(100),
    pending_command_id UUID,
    -- NONE: nothing to do; ROUTE: needs a decision (opened, unassigned, escalated to a team); QUEUED: decided
    -- on a team, waiting for capacity there
    need               VARCHAR(8)   NOT NULL DEFAULT 'NONE',
    -- the event that created the need: the assignment command's id derives from it
    need_event_id      UUID,
    need_since         TIMESTAMPTZ,
    -- a team's queue is served by priority (URGENT 4 .. LOW 1), then age
    priority_rank      SMALLINT     NOT NULL
);
CREATE INDEX routed_ticket_queue_idx ON routed_ticket (team_id, priority_rank DESC, need_since) WHERE need = 'QUEUED';
CREATE INDEX routed_ticket_route_idx ON routed_ticket (need_since) WHERE need = 'ROUTE';
CREATE INDEX routed_ticket_agent_idx ON routed_ticket (agent_id) WHERE agent_id IS NOT NULL;

-- How many active tickets (not resolved, not closed) each agent holds, pending assignments included. Kept
-- in the same transactions as routed_ticket; a decision takes a slot with a conditional UPDATE, so several
-- instances never give one agent more than its capacity.
CREATE TABLE agent_load (
    agent_id         VARCHAR(100) PRIMARY KEY,
    active_tickets   INT          NOT NULL DEFAULT 0 CHECK (active_tickets >= 0),
    last_assigned_at TIMESTAMPTZ
);

-- Every decision, explained: served at GET /api/routing/decisions/{ticketId}.
CREATE TABLE routing_decision (
    decision_id      UUID         PRIMARY KEY,
    ticket_id        UUID         NOT NULL,
    trigger_event_id UUID,
    decided_at       TIMESTAMPTZ  NOT NULL,
    outcome          VARCHAR(24)  NOT NULL,
    rule_id          UUID,
    rule_name        VARCHAR(200),
    rule_set_version BIGINT,
    team_id          VARCHAR(100),
    agent_id         VARCHAR(100),
    explanation      VARCHAR(500) NOT NULL,
    candidates       JSONB        NOT NULL DEFAULT '[]'
);
CREATE INDEX routing_decision_ticket_idx ON routing_decision (ticket_id, decided_at);
