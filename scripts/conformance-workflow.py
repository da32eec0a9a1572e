"""The Instantly Python SDK (`instantlyai`) against `inst sim serve`: a workflow a real user runs.

    python conformance-workflow.py BASE_URL

Each step prints `ok  …` or raises with what differed; the exit status is 0 only if all pass.
"""

import sys
import urllib.error
import urllib.request

import httpx
from instantlyai import Instantly, NotFoundError, ValidationError

base_url = sys.argv[1]
client = Instantly(api_key="conformance-key", base_url=base_url, max_retries=0)
failures = []


def step(name):
    def run(check):
        try:
            check()
            print(f"ok    {name}")
        except Exception as error:  # noqa: BLE001 - every failure is reported, then the next step runs
            failures.append(name)
            print(f"FAIL  {name}: {type(error).__name__}: {error}")
        return check
    return run


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


state = {}
WEEKDAYS = {str(day): day in range(1, 6) for day in range(7)}


@step("campaigns.list: the demo workspace's campaigns")
def _():
    names = {campaign.name for campaign in client.campaigns.list()}
    for name in ("Q4 Executive Peer", "Q4 Partnerships", "Q4 Practitioner"):
        expect(name in names, f"{name!r} missing from {sorted(names)}")


@step("campaigns.create: a draft campaign")
def _():
    campaign = client.campaigns.create(
        name="Conformance",
        campaign_schedule={"schedules": [{"name": "Weekdays", "timing": {"from": "09:00", "to": "17:00"},
                                          "days": WEEKDAYS, "timezone": "America/Detroit"}]},
        sequences=[{"steps": [{"type": "email", "delay": 2,
                               "variants": [{"subject": "Hello {{firstName}}", "body": "<div>Hi there</div>"}]}]}],
        email_list=["ada@northwind.test"],
    )
    expect(campaign.name == "Conformance", f"name is {campaign.name!r}")
    expect(campaign.status.value == 0, f"a new campaign's status is {campaign.status!r}, not 0 (draft)")
    state["campaign"] = str(campaign.id)


@step("campaigns.create: America/New_York is not in the spec's timezone enum (400)")
def _():
    try:
        client.campaigns.create(
            name="Wrong zone",
            campaign_schedule={"schedules": [{"name": "Weekdays", "timing": {"from": "09:00", "to": "17:00"},
                                              "days": WEEKDAYS, "timezone": "America/New_York"}]},
        )
    except ValidationError as error:
        expect("timezone" in str(error), f"the message does not name the field: {error}")
        return
    raise AssertionError("the campaign was created")


@step("no API key is 401")
def _():
    answer = httpx.get(f"{base_url}/api/v2/campaigns", headers={"User-Agent": "inst-conformance"}, timeout=10)
    expect(answer.status_code == 401, f"{answer.status_code} {answer.text!r}")


@step("campaigns.retrieve: the campaign just created")
def _():
    campaign = client.campaigns.retrieve(state["campaign"])
    expect(str(campaign.id) == state["campaign"], f"got id {campaign.id}")
    expect(campaign.campaign_schedule.schedules[0].timezone.value == "America/Detroit", "the schedule's timezone changed")


@step("campaigns.list limit=1: pages with next_starting_after")
def _():
    ids = [str(campaign.id) for campaign in client.campaigns.list(limit=1)]
    expect(len(ids) == len(set(ids)) >= 4, f"{len(ids)} campaigns over pages of 1, {len(set(ids))} distinct")
    expect(state["campaign"] in ids, "the new campaign is missing")


@step("campaigns.retrieve: an unknown id is 404")
def _():
    try:
        client.campaigns.retrieve("00000000-0000-4000-8000-000000000000")
    except NotFoundError:
        return
    raise AssertionError("no NotFoundError")


LEADS = [{"email": f"lead{n}@conformance.test", "first_name": f"Lead{n}", "company_name": "Conformance"} for n in range(250)]


@step("leads.bulk_add: 250 leads into the campaign")
def _():
    result = client.leads.bulk_add(campaign_id=state["campaign"], leads=LEADS)
    expect(result.leads_uploaded == 250, f"leads_uploaded is {result.leads_uploaded}")


@step("leads.bulk_add skip_if_in_campaign: nothing uploaded twice")
def _():
    result = client.leads.bulk_add(campaign_id=state["campaign"], leads=LEADS[:10], skip_if_in_campaign=True)
    expect(result.leads_uploaded == 0, f"leads_uploaded is {result.leads_uploaded}")


@step("leads.list campaign limit=100: every lead once across pages")
def _():
    leads = list(client.leads.list(campaign=state["campaign"], limit=100))
    emails = [lead.email for lead in leads]
    expect(len(emails) == 250, f"{len(emails)} leads listed")
    expect(set(emails) == {lead["email"] for lead in LEADS}, "the listed emails differ from those added")
    state["lead"] = str(leads[0].id)


@step("leads.retrieve: one lead")
def _():
    lead = client.leads.retrieve(state["lead"])
    expect(lead.email.endswith("@conformance.test"), f"email is {lead.email!r}")


@step("email_verification: the reserved test domains")
def _():
    for email, status in (("someone@northwind.test", "verified"), ("someone@invalid.test", "invalid"),
                          ("someone@catchall.test", "verified")):
        answer = client.email_verification.create(email=email)
        expect(answer.verification_status.value == status, f"{email}: {answer.verification_status!r}, not {status}")
        if email.endswith("@catchall.test"):
            expect(answer.catch_all is not None and answer.catch_all.value is True, f"catch_all is {answer.catch_all!r}")


@step("email_verification: slow.test is pending, then verified on polling")
def _():
    answer = client.email_verification.create(email="someone@slow.test")
    polls = 0
    while answer.verification_status.value == "pending" and polls < 10:
        answer = client.email_verification.retrieve("someone@slow.test")
        polls += 1
    expect(answer.verification_status.value == "verified", f"still {answer.verification_status!r} after {polls} polls")
    expect(polls >= 1, "slow.test was never pending")


@step("campaigns.analytics and analytics_overview")
def _():
    rows = client.campaigns.analytics(id=state["campaign"])
    expect([str(row.campaign_id) for row in rows] == [state["campaign"]], f"analytics rows {rows!r}")
    expect(rows[0].leads_count == 250, f"leads_count is {rows[0].leads_count}")
    overview = client.campaigns.analytics_overview()
    expect(overview.reply_count >= 0, "no reply_count in the overview")


@step("law 1: a bare Python-urllib User-Agent gets 403 error code: 1010")
def _():
    request = urllib.request.Request(f"{base_url}/api/v2/campaigns", headers={"Authorization": "Bearer conformance-key"})
    try:
        urllib.request.urlopen(request, timeout=10)
    except urllib.error.HTTPError as error:
        body = error.read().decode()
        expect(error.code == 403 and "1010" in body, f"{error.code} {body!r}")
        return
    raise AssertionError("the request passed")


client.close()
if failures:
    print(f"conformance: {len(failures)} step(s) failed: {', '.join(failures)}", file=sys.stderr)
    sys.exit(1)
print("conformance: every step passed")
