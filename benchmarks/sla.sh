#!/usr/bin/env bash
# sla-service on its own, in one JVM with the test kit's Kafka and PostgreSQL: ticket openings turned into clocks
# with durable timers, the number of active timers held, then every timer falling due at once (as after a long
# downtime) and fired by the timer, then the outbox relay publishing the SLA events. Needs nothing running.
# Knob: TICKETS (100000; two clocks per ticket).
#
#     benchmarks/sla.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl sla-service -am verify \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=SlaTimerBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbenchmark.tickets="${TICKETS:-100000}" -Dbenchmark.outbox-batch="${OUTBOX_BATCH:-500}"
cat sla-service/target/benchmarks/sla.txt
