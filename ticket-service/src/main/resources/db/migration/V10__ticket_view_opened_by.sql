-- A requester's search (TicketCondition.RequestedBy) is "opened by me, or opened for my email by staff or a
-- system": with this index and V6's lower(requester_email) one, PostgreSQL answers it with a bitmap OR of
-- two index scans instead of reading every ticket. opened_by never changes after the insert, so the index
-- keeps the projection's updates HOT.
CREATE INDEX ticket_view_opened_by_idx ON ticket_view (opened_by);
