#!/usr/bin/env bash
# routing-service on its own, in one JVM with the test kit's Kafka and PostgreSQL: routing decisions per
# second by the pure engine among 1,000 agents, then draining a queue of 10,000 tickets onto them (capacity
# slots, decision log, outbox), then the outbox relay publishing the commands. Needs nothing running.
# Knobs: AGENTS (1000), TICKETS (10000).
#
#     benchmarks/routing.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl routing-service -am verify \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=RoutingBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbenchmark.agents="${AGENTS:-1000}" -Dbenchmark.tickets="${TICKETS:-10000}"
cat routing-service/target/benchmarks/routing.txt
