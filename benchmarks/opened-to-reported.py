#!/usr/bin/env python3
"""Paced load through the gateway, then how long each ticket took from opened to projected in reporting.

Opens tickets at a fixed rate (POST /api/tickets), then reads each one's report
(GET /api/reports/tickets/{id}) and prints the distribution of projectedAt - openedAt: the path
event store -> publisher -> Kafka -> reporting consumer -> PostgreSQL. Needs a running platform
(./ticketflow up --detach) and Python 3 only.

    benchmarks/opened-to-reported.py [tickets-per-second] [seconds]
"""
import concurrent.futures
import datetime
import http.client
import json
import os
import sys
import threading
import time
import urllib.parse

GATEWAY = urllib.parse.urlparse(os.environ.get("TICKETFLOW_GATEWAY", "http://localhost:8080"))
local = threading.local()


def connection():
    if not hasattr(local, "conn"):
        local.conn = http.client.HTTPConnection(GATEWAY.hostname, GATEWAY.port or 80, timeout=30)
    return local.conn


def request(method, path, body=None):
    headers = {"Content-Type": "application/json"} if body else {}
    for attempt in (1, 2):
        try:
            conn = connection()
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            return response.status, response.read()
        except (http.client.HTTPException, OSError):
            local.__dict__.pop("conn", None)
            if attempt == 2:
                raise


def open_ticket(n):
    body = json.dumps({"subject": f"Paced ticket {n}", "description": "benchmarks/opened-to-reported.py",
                       "requester": {"email": f"paced{n % 1000}@example.com", "name": "Paced"},
                       "type": "INCIDENT", "priority": "NORMAL", "channel": "API"})
    started = time.perf_counter()
    status, payload = request("POST", "/api/tickets", body)
    elapsed = time.perf_counter() - started
    return (json.loads(payload)["ticketId"] if status == 201 else None), elapsed


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def instant(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def main():
    rate = float(sys.argv[1]) if len(sys.argv) > 1 else 100
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 30
    total = int(rate * seconds)
    futures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=64) as pool:
        begin = time.perf_counter()
        for n in range(total):
            # pace by schedule, not by response: a slow answer must not lower the offered rate
            delay = begin + n / rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            futures.append(pool.submit(open_ticket, n))
        results = [f.result() for f in futures]
        duration = time.perf_counter() - begin
    ids = [ticket for ticket, _ in results if ticket]
    post_ms = [elapsed * 1000 for _, elapsed in results]
    print(f"offered {rate:.0f}/s for {seconds:.0f} s: {len(ids)} of {total} accepted in {duration:.1f} s")
    print(f"POST latency ms: p50 {percentile(post_ms, 50):.1f}  p90 {percentile(post_ms, 90):.1f}  "
          f"p99 {percentile(post_ms, 99):.1f}  max {max(post_ms):.1f}")

    lags, missing = [], 0
    deadline = time.time() + 60
    for ticket in ids:
        while True:
            status, payload = request("GET", f"/api/reports/tickets/{ticket}")
            if status == 200:
                fact = json.loads(payload)
                lags.append((instant(fact["projectedAt"]) - instant(fact["openedAt"])).total_seconds() * 1000)
                break
            if time.time() > deadline:
                missing += 1
                break
            time.sleep(0.2)
    if lags:
        print(f"opened -> reported ms ({len(lags)} tickets): p50 {percentile(lags, 50):.0f}  "
              f"p90 {percentile(lags, 90):.0f}  p99 {percentile(lags, 99):.0f}  max {max(lags):.0f}")
    if missing:
        print(f"{missing} tickets not in the reports after 60 s")


if __name__ == "__main__":
    main()
