-- What email needs to know about recipients (recipients.Recipients), projected from ticket-events and agent-events:
-- notification-service never reads another service's tables. Requester and agent addresses and names are personal
-- data: only the email channel reads them, at send time, so the delivery log itself holds references only.
create table recipient_ticket (
    ticket_id         uuid primary key,
    requester_email   text,
    requester_name    text,
    -- the requester's language (customFields.language) when the ticket has one; null means the configured default
    language          text,
    subject           text,
    assignee_agent_id text,
    team_id           text,
    status            text not null
);

create table recipient_agent (
    agent_id     text primary key,
    email        text,
    display_name text
);

create table recipient_team (
    team_id             text primary key,
    supervisor_agent_id text
);
