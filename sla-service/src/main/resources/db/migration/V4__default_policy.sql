-- The default policy, so a fresh platform starts clocks on every ticket: every type and requester, around the
-- clock (no calendar), rank 1000 so that any policy ranked lower wins. In effect since 1970, so that tickets of
-- any age are covered. Change it like any other policy (PUT /api/sla/policies/default) or retire it
-- (DELETE), after which tickets no policy covers get no clocks.
insert into sla_policy_version (policy_id, version, effective_from, retired, change_number, definition)
values ('default', 1, '1970-01-01T00:00:00Z', false, 1, '{
    "id": "default",
    "name": "Default",
    "rank": 1000,
    "types": [],
    "organisations": [],
    "targets": {
        "LOW":    {"firstResponse": "PT24H", "nextResponse": "PT48H", "resolution": "PT120H"},
        "NORMAL": {"firstResponse": "PT8H",  "nextResponse": "PT24H", "resolution": "PT72H"},
        "HIGH":   {"firstResponse": "PT4H",  "nextResponse": "PT8H",  "resolution": "PT24H"},
        "URGENT": {"firstResponse": "PT1H",  "nextResponse": "PT2H",  "resolution": "PT4H"}
    },
    "warningThreshold": 75,
    "calendarId": null,
    "pauseOnHold": false,
    "escalations": []
}');

update sla_definition_change set change_number = 1;
