"""What the paced benchmarks share: HTTP to the gateway, paced opening of tickets, percentiles."""
import concurrent.futures
import datetime
import http.client
import json
import os
import subprocess
import threading
import time
import urllib.parse

GATEWAY = urllib.parse.urlparse(os.environ.get("TICKETFLOW_GATEWAY", "http://localhost:8080"))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
local = threading.local()
tokens = {}
tokens_lock = threading.Lock()


def token(user):
    """A bearer token for a demo user of the local issuer (./ticketflow token USER), fetched once per run.

    Under a lock: the pool's first requests all ask at once, and dozens of parallel sign-ins (a JVM each) failed."""
    with tokens_lock:
        return _fetched_token(user)


def _fetched_token(user):
    if user not in tokens:
        tokens[user] = subprocess.run([os.path.join(ROOT, "ticketflow"), "token", user], check=True,
                                      capture_output=True, text=True).stdout.strip()
    return tokens[user]


def connection():
    if not hasattr(local, "conn"):
        local.conn = http.client.HTTPConnection(GATEWAY.hostname, GATEWAY.port or 80, timeout=30)
    return local.conn


def request(method, path, body=None, headers=None, user="carol"):
    """user: whose token it sends; carol, an agent, may open and read tickets."""
    all_headers = {"Content-Type": "application/json"} if body else {}
    all_headers["Authorization"] = f"Bearer {token(user)}"
    all_headers.update(headers or {})
    for attempt in (1, 2):
        try:
            conn = connection()
            conn.request(method, path, body=body, headers=all_headers)
            response = conn.getresponse()
            return response.status, response.read()
        except (http.client.HTTPException, OSError):
            local.__dict__.pop("conn", None)
            if attempt == 2:
                raise


def open_paced(rate, seconds, body_for):
    """Opens rate x seconds tickets on a fixed schedule; answers (ticket ids, POST latencies in ms, duration)."""
    total = int(rate * seconds)

    def open_one(n):
        started = time.perf_counter()
        status, payload = request("POST", "/api/tickets", json.dumps(body_for(n)))
        return (json.loads(payload)["ticketId"] if status == 201 else None), time.perf_counter() - started

    futures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=64) as pool:
        begin = time.perf_counter()
        for n in range(total):
            # pace by schedule, not by response: a slow answer must not lower the offered rate
            delay = begin + n / rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            futures.append(pool.submit(open_one, n))
        results = [f.result() for f in futures]
        duration = time.perf_counter() - begin
    ids = [ticket for ticket, _ in results if ticket]
    print(f"offered {rate:.0f}/s for {seconds:.0f} s: {len(ids)} of {total} accepted in {duration:.1f} s")
    post_ms = [elapsed * 1000 for _, elapsed in results]
    print(f"POST latency ms: {summary(post_ms)}")
    return ids


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def summary(values):
    return (f"p50 {percentile(values, 50):.1f}  p90 {percentile(values, 90):.1f}  "
            f"p99 {percentile(values, 99):.1f}  max {max(values):.1f}")


def instant(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def await_each(ids, fetch, patience=60):
    """For each ticket, polls fetch(ticket) until it answers a value (not None); answers values, missing count."""
    values, missing = [], 0
    deadline = time.time() + patience
    for ticket in ids:
        while True:
            value = fetch(ticket)
            if value is not None:
                values.append(value)
                break
            if time.time() > deadline:
                missing += 1
                break
            time.sleep(0.2)
    return values, missing
