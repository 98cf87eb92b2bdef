#!/usr/bin/env bash
# Measures how many tickets/s the gateway accepts (POST /api/tickets answered 201 = event stored).
# Needs a running platform (./ticketflow up --detach) and wrk (apt-get install wrk).
#   benchmarks/open-tickets.sh [connections] [seconds]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
connections="${1:-32}"
seconds="${2:-30}"
gateway="${TICKETFLOW_GATEWAY:-http://localhost:8080}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk (or brew install wrk)" >&2; exit 1; }
# one principal: start the platform with a rate limit above what is measured, e.g.
# GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND=5000 GATEWAY_RATE_LIMIT_BURST=10000 ./ticketflow up --detach
TICKETFLOW_TOKEN="${TICKETFLOW_TOKEN:-$("$here/../ticketflow" token carol)}"
export TICKETFLOW_TOKEN
echo "warm-up 10 s..."
wrk -t2 -c"$connections" -d10s -s "$here/open-tickets.lua" "$gateway" >/dev/null
echo "measuring ${seconds}s with ${connections} connections against $gateway"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/open-tickets.lua" "$gateway" | sed -n '/^requests:/,$p'
