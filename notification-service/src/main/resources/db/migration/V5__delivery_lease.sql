-- Whose a claimed delivery is: a worker records an outcome only while its lease (this id) still holds, so a
-- delivery another worker took over after the lease ran out is never recorded twice.
alter table delivery add column lease_id uuid;
