-- Files on ticket messages, kept outside the event log: MessageAdded carries only a reference
-- (attachment id, file name, content type, size and the content address), so erasing a file means
-- deleting its blob here, never rewriting an event.

-- The PostgreSQL attachment store: one row per distinct content, keyed by its address ('sha256:<hex>'),
-- so a file uploaded a hundred times is stored once. bytea suits the configured size limit (megabytes).
CREATE TABLE attachment_blob (
    content_address TEXT        NOT NULL PRIMARY KEY,
    content         BYTEA       NOT NULL,
    size_bytes      BIGINT      NOT NULL,
    stored_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every upload: which ticket it belongs to (a message may only refer to its own ticket's files), who sent
-- it and when. No foreign key to attachment_blob: the blobs may live in another store. file_name is
-- personal data.
CREATE TABLE attachment (
    attachment_id    UUID         NOT NULL PRIMARY KEY,
    ticket_id        UUID         NOT NULL,
    content_address  TEXT         NOT NULL,
    file_name        VARCHAR(255) NOT NULL,
    content_type     VARCHAR(255) NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    uploaded_by_kind VARCHAR(16)  NOT NULL,
    uploaded_by_id   TEXT         NOT NULL,
    uploaded_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX attachment_ticket_idx ON attachment (ticket_id);
-- which uploads share a blob: what erasing one file has to look at
CREATE INDEX attachment_content_idx ON attachment (content_address);
