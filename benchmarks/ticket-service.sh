#!/usr/bin/env bash
# ticket-service on its own, in one JVM with the test kit's Kafka and PostgreSQL: commands per second for
# the open -> assign -> reply -> resolve -> close cycle over HTTP, and the load time of a ticket with 1,000
# events without and with a snapshot. Needs nothing running. Knobs: CLIENTS (16), DURATION in seconds (30), WARMUP (15).
#
#     benchmarks/ticket-service.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl ticket-service -am verify \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=TicketServiceBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbenchmark.clients="${CLIENTS:-16}" -Dbenchmark.seconds="${DURATION:-30}" \
  -Dbenchmark.warmup-seconds="${WARMUP:-15}"
cat ticket-service/target/benchmarks/ticket-service.txt
