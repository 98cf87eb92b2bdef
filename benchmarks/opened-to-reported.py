#!/usr/bin/env python3
"""Paced load through the gateway, then how old the ticket events were when reporting projected them.

Opens tickets at a fixed rate (POST /api/tickets), waits until each one's report answers
(GET /api/reports/tickets/{id}), and prints the distribution of the event age reporting-service records
when it folds an event (histogram ticketflow.reporting.event.age, topic ticketflow.ticket-events, read from
its Prometheus endpoint before and after the run): the path event store -> publisher -> Kafka -> reporting
consumer -> PostgreSQL commit. Needs a running platform (./ticketflow up --detach) and Python 3 only.

    benchmarks/opened-to-reported.py [tickets-per-second] [seconds]
"""
import os
import re
import sys
import urllib.request

from ticketflow_load import await_each, open_paced, request, token

PROMETHEUS = os.environ.get("TICKETFLOW_REPORTING", "http://localhost:8085") + "/actuator/prometheus"
BUCKET = re.compile(r'^ticketflow_reporting_event_age_seconds_bucket\{(?P<labels>[^}]*)\} (?P<count>\S+)$')


def body(n):
    return {"subject": f"Paced ticket {n}", "description": "benchmarks/opened-to-reported.py",
            "requester": {"email": f"paced{n % 1000}@example.com", "name": "Paced"},
            "type": "INCIDENT", "priority": "NORMAL", "channel": "API"}


def buckets():
    """Cumulative counts per upper bound (seconds) of the ticket-events age histogram."""
    counts = {}
    scrape = urllib.request.Request(PROMETHEUS, headers={"Authorization": f"Bearer {token('frank')}"})
    with urllib.request.urlopen(scrape, timeout=10) as response:
        for line in response.read().decode().splitlines():
            match = BUCKET.match(line)
            if match and 'topic="ticketflow.ticket-events"' in match["labels"]:
                bound = re.search(r'le="([^"]+)"', match["labels"])[1]
                counts[float("inf") if bound == "+Inf" else float(bound)] = float(match["count"])
    return counts


def quantile(before, after, q):
    """The q-quantile of the events recorded between two scrapes, interpolated within its bucket, in ms."""
    bounds = sorted(after)
    counts = [after[b] - before.get(b, 0) for b in bounds]
    total = counts[-1]
    if total == 0:
        return None
    rank, lower, below = q * total, 0.0, 0.0
    for bound, cumulative in zip(bounds, counts):
        if cumulative >= rank:
            if bound == float("inf"):
                return lower * 1000
            share = (rank - below) / (cumulative - below) if cumulative > below else 1
            return (lower + (bound - lower) * share) * 1000
        lower, below = bound, cumulative
    return None


def main():
    rate = float(sys.argv[1]) if len(sys.argv) > 1 else 100
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 30
    before = buckets()
    ids = open_paced(rate, seconds, body)
    reported, missing = await_each(ids, lambda ticket: 0 if request("GET", f"/api/reports/tickets/{ticket}", user="frank")[0] == 200 else None)
    after = buckets()
    events = after.get(float("inf"), 0) - before.get(float("inf"), 0)
    figures = ", ".join(f"p{int(q * 100)} {quantile(before, after, q):.0f} ms" for q in (0.5, 0.9, 0.99)) \
        if events else "none recorded"
    print(f"ticket events projected by reporting during the run: {events:.0f}; age when projected: {figures}")
    print(f"{len(reported)} tickets reported")
    if missing:
        print(f"{missing} tickets not in the reports after 60 s")


if __name__ == "__main__":
    main()
