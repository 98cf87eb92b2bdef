-- How far the consumer group has applied each partition of the topics it reads (timer.WatermarkStore), as its
-- consumers last reported: the latest occurredAt applied, and whether the partition was caught up when observed_at.
-- The timer fires nothing later than the earliest partition's mark, so an event that happened before a deadline is
-- applied before the deadline is declared breached. Rows are written in the transaction that applies the events
-- they describe; a row of a partition nobody reads any more (a crashed instance's) keeps its last mark and holds
-- the timer back until another instance takes the partition over.
create table consumer_watermark (
    topic            text        not null,
    kafka_partition  integer     not null,
    -- null: nothing applied since the partition became known
    last_occurred_at timestamptz,
    caught_up        boolean     not null,
    observed_at      timestamptz not null,
    primary key (topic, kafka_partition)
);
