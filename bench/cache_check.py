"""bench/run's check of the response cache under writes: an editor creates one partner serving the county each second
while readers fetch the cached county page; every page whose request started after a write was acknowledged must
count that partner. Prints one line: BENCH writes=N checked=N stale=N.

usage: cache_check.py <county-page-url> <graphql-url> <admin-key> <state> <county-fips> <seconds>
"""
import json, sys, threading, time, urllib.request

page_url, graphql_url, key, state, fips, seconds = sys.argv[1:]
seconds = float(seconds)
acknowledged = []  # (monotonic time the write's response arrived, partners the county had before it + 1)
observed = []      # (monotonic time the read started, totalCount it saw)
stop = time.monotonic() + seconds


def total(body):
    return json.loads(body)["data"]["county"]["partners"]["totalCount"]


def read_page():
    request = urllib.request.Request(page_url, headers={"Accept": "application/json"})
    with urllib.request.urlopen(request) as response:
        return response.read()


def reader():
    while time.monotonic() < stop:
        started = time.monotonic()
        observed.append((started, total(read_page())))


mutation = ("mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { __typename } } }")
before = total(read_page())
threads = [threading.Thread(target=reader) for _ in range(2)]
for thread in threads:
    thread.start()
written = 0
while time.monotonic() < stop - 1:
    written += 1
    body = json.dumps({"query": mutation, "variables": {"input": {
        "state": state, "name": f"Bench cache editor partner {time.time_ns()}",
        "serviceAreas": [{"kind": "COUNTY", "code": fips}]}}}).encode()
    request = urllib.request.Request(graphql_url, data=body, headers={
        "Content-Type": "application/json", "Authorization": f"Bearer {key}"})
    with urllib.request.urlopen(request) as response:
        answer = json.load(response)
    if answer.get("errors") or answer["data"]["createPartner"]["errors"]:
        sys.exit(f"cache_check: the write failed: {answer}")
    acknowledged.append((time.monotonic(), before + written))
    time.sleep(1)
for thread in threads:
    thread.join()

# A read that started after write i was acknowledged must see at least the count write i made.
checked = stale = 0
for started, seen in observed:
    expected = max((count for at, count in acknowledged if at <= started), default=before)
    checked += 1
    stale += seen < expected
print(f"BENCH writes={written} checked={checked} stale={stale}")
