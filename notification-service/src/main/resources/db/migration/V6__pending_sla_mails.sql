-- SLA warnings and breaches that found no one to mail when they were consumed (the ticket's own events not
-- projected yet, or the ticket not assigned yet): kept until the ticket has an owner, then decided
-- (email.PendingSlaMails). A closed ticket's are dropped.
create table pending_sla_mail (
    event_id    uuid        primary key,
    ticket_id   uuid        not null,
    event_type  text        not null,
    payload     jsonb       not null,
    occurred_at timestamptz not null
);

create index pending_sla_mail_by_ticket on pending_sla_mail (ticket_id);
