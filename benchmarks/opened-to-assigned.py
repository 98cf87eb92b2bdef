#!/usr/bin/env python3
"""Paced load through the gateway, then how long routing took to get each ticket assigned.

Sets up a team of online agents with room for everything and a rule sending the benchmark's tickets to
it, opens tickets at a fixed rate, then reads each ticket's audit trail (GET /api/tickets/{id}/history)
and prints the distribution of TicketAssigned - TicketOpened (both as stored by ticket-service): the path
event store -> publisher -> Kafka -> routing (view, decision, outbox) -> Kafka -> ticket-service's command
consumer -> event store. Needs a running platform (./ticketflow up --detach) and Python 3 only.

    benchmarks/opened-to-assigned.py [tickets-per-second] [seconds] [agents]
"""
import json
import sys
import uuid

from ticketflow_load import await_each, instant, open_paced, request, summary


def setup(agents):
    suffix = uuid.uuid4().hex[:8]
    team = f"bench-{suffix}"
    calls = [("POST", "/api/teams", {"teamId": team, "name": "Benchmark"})]
    for n in range(agents):
        agent = f"bench-{suffix}-{n}"
        calls.append(("POST", "/api/agents", {
            "agentId": agent, "displayName": f"Agent {n}", "email": f"{agent}@example.com", "teamIds": [team],
            "skills": [{"skill": "benchmarks", "level": 1 + n % 5}], "languages": ["en"],
            "maxConcurrentTickets": 1000}))
        calls.append(("PUT", f"/api/agents/{agent}/availability", {"availability": "ONLINE"}))
    calls.append(("POST", "/api/routing/rules", {"name": f"benchmark {suffix}", "teamId": team,
                                                 "match": {"types": ["INCIDENT"], "tags": [team]},
                                                 "skills": [{"skill": "benchmarks", "minLevel": 1}]}))
    for method, path, body in calls:
        status, payload = request(method, path, json.dumps(body), user="erin")  # a supervisor sets up
        if status not in (200, 201):
            sys.exit(f"{method} {path}: {status} {payload.decode()}")
    return team


def assigned_after(ticket):
    status, payload = request("GET", f"/api/tickets/{ticket}/history")
    if status != 200:
        return None
    events = {event["type"]: event["occurredAt"] for event in reversed(json.loads(payload)["events"])}
    if "TicketAssigned" not in events:
        return None
    return (instant(events["TicketAssigned"]) - instant(events["TicketOpened"])).total_seconds() * 1000


def main():
    rate = float(sys.argv[1]) if len(sys.argv) > 1 else 100
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 30
    agents = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    team = setup(agents)
    ids = open_paced(rate, seconds, lambda n: {
        "subject": f"Paced ticket {n}", "description": "benchmarks/opened-to-assigned.py",
        "requester": {"email": f"paced{n % 1000}@example.com", "name": "Paced"},
        "type": "INCIDENT", "priority": "NORMAL", "channel": "API", "tags": [team]})
    lags, missing = await_each(ids, assigned_after)
    if lags:
        print(f"opened -> assigned ms ({len(lags)} tickets, {agents} agents): {summary(lags)}")
    if missing:
        print(f"{missing} tickets not assigned after 60 s")


if __name__ == "__main__":
    main()
