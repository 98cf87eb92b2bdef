#!/usr/bin/env python3
"""Paced load through the gateway, then how long each ticket took from opened to projected in reporting.

Opens tickets at a fixed rate (POST /api/tickets), then reads each one's report
(GET /api/reports/tickets/{id}) and prints the distribution of projectedAt - openedAt: the path
event store -> publisher -> Kafka -> reporting consumer -> PostgreSQL. Needs a running platform
(./ticketflow up --detach) and Python 3 only.

    benchmarks/opened-to-reported.py [tickets-per-second] [seconds]
"""
import json
import sys

from ticketflow_load import await_each, instant, open_paced, request, summary


def body(n):
    return {"subject": f"Paced ticket {n}", "description": "benchmarks/opened-to-reported.py",
            "requester": {"email": f"paced{n % 1000}@example.com", "name": "Paced"},
            "type": "INCIDENT", "priority": "NORMAL", "channel": "API"}


def reported_lag(ticket):
    status, payload = request("GET", f"/api/reports/tickets/{ticket}")
    if status != 200:
        return None
    fact = json.loads(payload)
    return (instant(fact["projectedAt"]) - instant(fact["openedAt"])).total_seconds() * 1000


def main():
    rate = float(sys.argv[1]) if len(sys.argv) > 1 else 100
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 30
    ids = open_paced(rate, seconds, body)
    lags, missing = await_each(ids, reported_lag)
    if lags:
        print(f"opened -> reported ms ({len(lags)} tickets): {summary(lags)}")
    if missing:
        print(f"{missing} tickets not in the reports after 60 s")


if __name__ == "__main__":
    main()
