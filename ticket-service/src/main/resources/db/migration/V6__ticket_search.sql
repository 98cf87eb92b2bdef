-- The searchable ticket list, GET /api/tickets (TicketSearchSql). Already served by V2/V3: status with
-- opened_at, and assignee with status.
--
-- Free text uses the 'simple' configuration, not 'english': tickets arrive in many languages, which English
-- stemming and stop words would mangle, and even in English they drop words agents search for ("not" of
-- "not working") and bend product names ("Windows" becomes "window"). Queries match every word as a
-- prefix, which recovers most of what stemming would ("print" finds "printer", "printers").
-- TicketCondition.Text uses the same configuration to read the query.
-- Adding the stored column rewrites the table once; on a large ticket_view run this at a quiet hour.
ALTER TABLE ticket_view
    ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, subject || ' ' || coalesce(description, ''))) STORED;
CREATE INDEX ticket_view_search_idx ON ticket_view USING gin (search_vector);

-- tag=a&tag=b is "carries all of them": tags @> array[...]
CREATE INDEX ticket_view_tags_idx ON ticket_view USING gin (tags);

-- a team's queue, usually narrowed by status, like the assignee index of V3
CREATE INDEX ticket_view_team_idx ON ticket_view (team_id, status);

-- requester and organisation match exactly but ignoring case
CREATE INDEX ticket_view_requester_email_lower_idx ON ticket_view (lower(requester_email));
CREATE INDEX ticket_view_organisation_lower_idx ON ticket_view (lower(requester_organisation));

-- The unfiltered list in its default order (newest first) reads the first page off this index instead of
-- sorting every row; ticket_id is the tiebreak the query orders by. opened_at never changes after the
-- insert, so this index costs nothing on updates. updated_at deliberately has no index: it changes with
-- every event, and an index on it would make every projection update a non-HOT update that writes into all
-- of this table's indexes; sorting by updatedAt sorts the filtered rows instead.
CREATE INDEX ticket_view_opened_idx ON ticket_view (opened_at, ticket_id);
