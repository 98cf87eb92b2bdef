#!/usr/bin/env bash
# reporting-service on its own, in one JVM with the test kit's Kafka and PostgreSQL: a history of EVENTS ticket and
# SLA events (1,000,000 by default, about twelve per ticket) published with the live consumers stopped, then folded
# by them (events projected per second), then rebuilt from the topics into a shadow schema and swapped in (time to
# rebuild), then every report timed over the result. Needs nothing running.
#
#     benchmarks/reporting.sh            # or EVENTS=100000 benchmarks/reporting.sh for a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl reporting-service -am verify \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ReportingBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbenchmark.events="${EVENTS:-1000000}"
cat reporting-service/target/benchmarks/reporting.txt
