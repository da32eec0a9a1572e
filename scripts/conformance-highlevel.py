"""GoHighLevel's Python SDK (`gohighlevel-api-client`) against `inst sim serve`: the reply → CRM steps.

    python conformance-highlevel.py BASE_URL

The simulator serves GoHighLevel at its own paths on the same port as Instantly, with the
location `loc_northwind`. Each step prints `ok  …` or `FAIL  …` with what differed; the exit
status is 0 only if all pass.
"""

import asyncio
import sys

import httpx
from highlevel import GHLError, HighLevel

base_url = sys.argv[1]
LOCATION = "loc_northwind"
# The SDK reads the base URL from the class when the client is made; it sends `Version: v3`.
HighLevel.BASE_URL = base_url
ghl = HighLevel(private_integration_token="conformance-token", log_level="none")
loop = asyncio.new_event_loop()
failures = []


def step(name):
    def run(check):
        try:
            loop.run_until_complete(check())
            print(f"ok    {name}")
        except Exception as error:  # noqa: BLE001 - every failure is reported, then the next step runs
            failures.append(name)
            print(f"FAIL  {name}: {type(error).__name__}: {error}")
        return check
    return run


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


async def refused(call):
    """The GHLError a call raises; fails the step when the call succeeds."""
    try:
        answer = await call
    except GHLError as error:
        return error
    raise AssertionError(f"the call succeeded: {answer!r}")


state = {}
ADA = {"locationId": LOCATION, "firstName": "Ada", "lastName": "Lovelace", "email": "ada@conformance.test",
       "phone": "+15550199001", "companyName": "Analytical Engines", "tags": ["Replied"]}


@step("workflows.get_workflow: the location's workflows include a published \"Hot reply\"")
async def _():
    workflows = (await ghl.workflows.get_workflow(LOCATION))["workflows"]
    hot = [workflow for workflow in workflows if workflow["name"] == "Hot reply"]
    expect(len(hot) == 1, f"workflows are {[workflow['name'] for workflow in workflows]}")
    expect(hot[0]["status"] == "published", f"\"Hot reply\" is {hot[0]['status']!r}")
    state["workflow"] = hot[0]["id"]


@step("contacts.create_contact: a new contact, tags lower-cased, with a traceId")
async def _():
    answer = await ghl.contacts.create_contact(ADA)
    contact = answer["contact"]
    expect(contact["email"] == ADA["email"] and contact["locationId"] == LOCATION, f"contact is {contact!r}")
    expect(contact["tags"] == ["replied"], f"tags are {contact['tags']!r}")
    expect(bool(answer.get("traceId")), "no traceId in the answer")
    state["contact"] = contact["id"]


@step("contacts.create_contact again: 400 duplicate, carrying the existing contact's id")
async def _():
    error = await refused(ghl.contacts.create_contact(dict(ADA, firstName="Augusta")))
    expect(error.status_code == 400, f"status {error.status_code}: {error.message}")
    meta = (error.response or {}).get("meta") or {}
    expect(meta.get("contactId") == state["contact"], f"meta is {meta!r}, not the id {state['contact']}")
    expect(meta.get("matchingField") == "email", f"matchingField is {meta.get('matchingField')!r}")


@step("contacts.upsert_contact: the same email updates the contact (new: false)")
async def _():
    answer = await ghl.contacts.upsert_contact({"locationId": LOCATION, "email": ADA["email"], "lastName": "King",
                                                "tags": ["Replied"]})
    expect(answer["new"] is False, f"new is {answer['new']!r}")
    expect(answer["contact"]["id"] == state["contact"], f"upsert answered {answer['contact']['id']}")
    expect(answer["contact"]["lastName"] == "King", f"lastName is {answer['contact']['lastName']!r}")


@step("contacts.upsert_contact: an unknown email creates one (new: true)")
async def _():
    answer = await ghl.contacts.upsert_contact({"locationId": LOCATION, "email": "grace@conformance.test",
                                                "firstName": "Grace"})
    expect(answer["new"] is True, f"new is {answer['new']!r}")
    expect(answer["contact"]["id"] != state["contact"], "upsert answered the first contact")
    state["second"] = answer["contact"]["id"]


@step("contacts.add_tags: tags are added once, lower-cased")
async def _():
    answer = await ghl.contacts.add_tags(state["contact"], {"tags": ["Hot", "Q4", "replied"]})
    expect(sorted(answer["tags"]) == ["hot", "q4", "replied"], f"tags are {answer['tags']!r}")


@step("contacts.remove_tags: the other tags stay")
async def _():
    answer = await ghl.contacts.remove_tags(state["contact"], {"tags": ["Q4"]})
    expect(sorted(answer["tags"]) == ["hot", "replied"], f"tags are {answer['tags']!r}")
    contact = (await ghl.contacts.get_contact(state["contact"]))["contact"]
    expect(sorted(contact["tags"]) == ["hot", "replied"], f"the stored tags are {contact['tags']!r}")


@step("contacts.add_contact_to_workflow \"Hot reply\", then delete_contact_from_workflow")
async def _():
    added = await ghl.contacts.add_contact_to_workflow(state["contact"], state["workflow"], {})
    expect(added.get("succeded") is True, f"adding answered {added!r}")
    removed = await ghl.contacts.delete_contact_from_workflow(state["contact"], state["workflow"], {})
    expect(removed.get("succeded") is True, f"removing answered {removed!r}")


@step("contacts.add_contact_to_workflow: an unknown workflow is 404")
async def _():
    error = await refused(ghl.contacts.add_contact_to_workflow(state["contact"], "no-such-workflow", {}))
    expect(error.status_code == 404, f"status {error.status_code}: {error.message}")


@step("contacts.search_contacts_advanced pageLimit=2: searchAfter pages reach every contact once")
async def _():
    body = {"locationId": LOCATION, "pageLimit": 2}
    ids, total = [], None
    for _ in range(50):
        page = await ghl.contacts.search_contacts_advanced(body)
        total = page["total"]
        if not page["contacts"]:
            break
        ids += [contact["id"] for contact in page["contacts"]]
        body["searchAfter"] = page["contacts"][-1]["searchAfter"]
    expect(len(ids) == len(set(ids)) == total, f"{len(ids)} contacts over pages, {len(set(ids))} distinct, total {total}")
    expect(state["contact"] in ids and state["second"] in ids, "a contact made above is missing")


@step("contacts.search_contacts_advanced: query and filters find the contact")
async def _():
    by_query = await ghl.contacts.search_contacts_advanced({"locationId": LOCATION, "pageLimit": 10, "query": "Ada King"})
    expect([contact["id"] for contact in by_query["contacts"]] == [state["contact"]], f"query found {by_query!r}")
    by_tag = await ghl.contacts.search_contacts_advanced({"locationId": LOCATION, "pageLimit": 10, "filters": [
        {"field": "tags", "operator": "eq", "value": "hot"}]})
    expect([contact["id"] for contact in by_tag["contacts"]] == [state["contact"]], f"the tag filter found {by_tag!r}")


@step("contacts.delete_contact: both spellings, then the contact is gone")
async def _():
    for contact_id in (state["contact"], state["second"]):
        answer = await ghl.contacts.delete_contact(contact_id)
        expect(answer.get("succeded") is True and answer.get("succeeded") is True, f"delete answered {answer!r}")
    error = await refused(ghl.contacts.get_contact(state["contact"]))
    expect(error.status_code == 400, f"status {error.status_code}: {error.message}")


@step("no token is 401, no Version header is 400, answers carry X-RateLimit-*")
async def _():
    async with httpx.AsyncClient(base_url=base_url, timeout=10) as http:
        anonymous = await http.get("/workflows/", params={"locationId": LOCATION}, headers={"Version": "2021-07-28"})
        expect(anonymous.status_code == 401, f"{anonymous.status_code} {anonymous.text!r}")
        unversioned = await http.get("/workflows/", params={"locationId": LOCATION},
                                     headers={"Authorization": "Bearer conformance-token"})
        expect(unversioned.status_code == 400, f"{unversioned.status_code} {unversioned.text!r}")
        answer = await http.get("/workflows/", params={"locationId": LOCATION},
                                headers={"Authorization": "Bearer conformance-token", "Version": "2021-07-28"})
        expect(answer.headers.get("X-RateLimit-Max") == "100", f"X-RateLimit-Max is {answer.headers.get('X-RateLimit-Max')!r}")
        expect(answer.headers.get("X-RateLimit-Limit-Daily") == "200000", "no X-RateLimit-Limit-Daily")


loop.run_until_complete(ghl.http_client.aclose())
loop.close()
if failures:
    print(f"conformance: {len(failures)} GoHighLevel step(s) failed: {', '.join(failures)}", file=sys.stderr)
    sys.exit(1)
print("conformance: every GoHighLevel step passed")
