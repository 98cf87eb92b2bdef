-- Closing resolved tickets automatically (issue 3). The deadline is not stored as a timer: it is
-- resolved_at + ticketflow.auto-close.after, so changing the period applies to every resolved ticket and a
-- rebuilt read model still knows every deadline. auto_close_claimed_at marks a ticket an instance is
-- closing, so that several instances never send the same close at once (FOR UPDATE SKIP LOCKED).
ALTER TABLE ticket_view ADD COLUMN auto_close_claimed_at TIMESTAMPTZ;

CREATE INDEX ticket_view_resolved_idx ON ticket_view (resolved_at) WHERE status = 'RESOLVED';
