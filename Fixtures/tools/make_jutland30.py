#!/usr/bin/env python3
"""Generate the bundled planning folder Fixtures/jutland-30/.

Usage (from the repository root or anywhere):
    python3 Fixtures/tools/make_jutland30.py [--out DIR] [--check-only]

Deterministic: standard library only, one fixed random seed, no clock or
environment input.  Running it twice yields byte-identical files.

The data are synthetic: a weekly forecast of about 2,000 contacts for a hotline
shared by the 30 municipalities of Region Midtjylland and Region Nordjylland,
and about 120 fictitious agents (names are invented, any resemblance to real
persons is coincidental).  See Fixtures/README.md for the assumptions.

After writing, the script recomputes the staffing requirement per 30-minute
slot with Erlang C (same formula as the contract) and asserts that
  * every open slot is covered by the windows of >= 8 agents and by at least
    ceil(1.5 * requirement) agents,
  * offered hours (sum over agents of min(max_hours, window hours)) are
    1.6-2.0 x the required agent-hours,
  * a simple greedy roster that respects every shift rule (3-8 h shifts inside
    one window, one shift a day, max_hours, max_days, 11 h rest) meets the
    requirement in every slot, i.e. floor = service = 0 is attainable,
and it prints these totals.
"""

import argparse
import math
import os
import random
import sys

SEED = 202649  # fixed: 2026-W49
WEEKLY_CONTACTS = 2000.0
MUNI_NOISE = 0.15  # +-15 % per municipality on top of population
CELL_NOISE = 0.10  # +-10 % per municipality/day/hour cell
TARGET_OFFER_RATIO = 1.45  # initial window budget, before coverage repair
OFFER_RATIO_RANGE = (1.6, 2.0)
OFFER_RATIO_GOAL = 1.85  # trim surplus availability down to this
MIN_COVERAGE = 8
COVERAGE_FACTOR = 1.5

WEEK = "2026-W49"
SLOT = 30  # minutes
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS = DAYS[:5]
OPEN = {d: (8 * 60, 18 * 60) for d in WEEKDAYS}
OPEN.update({"sat": (10 * 60, 15 * 60), "sun": (10 * 60, 15 * 60)})

STAFFING = dict(min_agents=2, handle_time_seconds=420, service_level=0.80,
                answer_within_seconds=60, shrinkage=0.15)
SHIFT_MIN_H, SHIFT_MAX_H, MIN_REST_H = 3, 8, 11

HOTLINE_YAML = """week: 2026-W49
timezone: Europe/Copenhagen
slot_minutes: 30
opening_hours:
  mon: "08:00-18:00"
  tue: "08:00-18:00"
  wed: "08:00-18:00"
  thu: "08:00-18:00"
  fri: "08:00-18:00"
  sat: "10:00-15:00"
  sun: "10:00-15:00"
closed: []
staffing:
  min_agents: 2
  handle_time_seconds: 420
  service_level: 0.80
  answer_within_seconds: 60
  shrinkage: 0.15
shifts:
  min_hours: 3
  max_hours: 8
  min_rest_hours: 11
fairness:
  basis: demand
priorities: [floor, service, fairness, contracts, economy]
"""

# (id, kommunekode, name, region, population) -- populations rounded, 2024-ish.
MUNICIPALITIES = [
    ("aarhus", "751", "Aarhus", "Midtjylland", 367000),
    ("favrskov", "710", "Favrskov", "Midtjylland", 50000),
    ("hedensted", "766", "Hedensted", "Midtjylland", 47000),
    ("herning", "657", "Herning", "Midtjylland", 90000),
    ("holstebro", "661", "Holstebro", "Midtjylland", 59000),
    ("horsens", "615", "Horsens", "Midtjylland", 98000),
    ("ikast-brande", "756", "Ikast-Brande", "Midtjylland", 42000),
    ("lemvig", "665", "Lemvig", "Midtjylland", 19500),
    ("norddjurs", "707", "Norddjurs", "Midtjylland", 37000),
    ("odder", "727", "Odder", "Midtjylland", 23500),
    ("randers", "730", "Randers", "Midtjylland", 100000),
    ("ringkobing-skjern", "760", "Ringkøbing-Skjern", "Midtjylland", 56000),
    ("samso", "741", "Samsø", "Midtjylland", 3700),
    ("silkeborg", "740", "Silkeborg", "Midtjylland", 100000),
    ("skanderborg", "746", "Skanderborg", "Midtjylland", 65000),
    ("skive", "779", "Skive", "Midtjylland", 46000),
    ("struer", "671", "Struer", "Midtjylland", 20500),
    ("syddjurs", "706", "Syddjurs", "Midtjylland", 43000),
    ("viborg", "791", "Viborg", "Midtjylland", 98000),
    ("aalborg", "851", "Aalborg", "Nordjylland", 222000),
    ("bronderslev", "810", "Brønderslev", "Nordjylland", 36500),
    ("frederikshavn", "813", "Frederikshavn", "Nordjylland", 58000),
    ("hjorring", "860", "Hjørring", "Nordjylland", 64000),
    ("jammerbugt", "849", "Jammerbugt", "Nordjylland", 38000),
    ("laeso", "825", "Læsø", "Nordjylland", 1750),
    ("mariagerfjord", "846", "Mariagerfjord", "Nordjylland", 41500),
    ("morso", "773", "Morsø", "Nordjylland", 20000),
    ("rebild", "840", "Rebild", "Nordjylland", 30500),
    ("thisted", "787", "Thisted", "Nordjylland", 43500),
    ("vesthimmerland", "820", "Vesthimmerland", "Nordjylland", 36500),
]
TINY = {"laeso", "samso"}  # exactly one agent with little availability

# Relative contact intensity per weekday and per clock hour (hour -> weight).
DAY_FACTOR = {"mon": 1.25, "tue": 1.05, "wed": 1.0, "thu": 1.0, "fri": 0.85, "sat": 1.0, "sun": 1.0}
WEEKDAY_HOURS = {8: 0.80, 9: 1.30, 10: 1.35, 11: 1.10, 12: 0.80, 13: 0.95, 14: 0.85, 15: 0.65, 16: 0.45, 17: 0.30}
WEEKEND_HOURS = {
    "sat": {10: 0.40, 11: 0.45, 12: 0.40, 13: 0.35, 14: 0.25},
    "sun": {10: 0.30, 11: 0.35, 12: 0.35, 13: 0.30, 14: 0.25},
}

FIRST_NAMES = [
    "Anne", "Mette", "Kirsten", "Hanne", "Helle", "Susanne", "Lene", "Marianne", "Camilla", "Louise",
    "Charlotte", "Maria", "Pia", "Tina", "Gitte", "Birgitte", "Karina", "Julie", "Sofie", "Ida",
    "Emma", "Line", "Signe", "Rikke", "Trine", "Malene", "Dorte", "Bente", "Inger", "Lone",
    "Sørine", "Åse", "Jens", "Peter", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan",
    "Niels", "Anders", "Martin", "Morten", "Rasmus", "Jesper", "Christian", "Mads", "Kasper", "Mikkel",
    "Frederik", "Jonas", "Ole", "Poul", "Bjørn", "Torben", "Steen", "Kåre", "Ebbe", "Bo",
]
LAST_NAMES = [
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
    "Poulsen", "Johansen", "Møller", "Mortensen", "Østergaard", "Kjær", "Jakobsen", "Nørgaard",
    "Lauridsen", "Bach", "Dahl", "Holm", "Vestergaard", "Søndergaard", "Højgaard", "Frederiksen",
    "Knudsen", "Lund", "Eriksen", "Henriksen", "Thygesen", "Mikkelsen", "Iversen", "Bækgaard",
    "Kjærsgaard", "Brøndum", "Skovgaard", "Ravn", "Krogh", "Damgaard", "Lindholm", "Dalsgaard",
]

# Window templates (minutes).  Every one is >= 3 h and inside opening hours.
def hm(text):
    h, m = text.split(":")
    return int(h) * 60 + int(m)


def tmpl(*spans):
    return tuple((hm(a), hm(b)) for a, b in (s.split("-") for s in spans))


FULL_DAYS = [tmpl("08:00-18:00"), tmpl("08:00-16:00"), tmpl("09:00-17:00"), tmpl("10:00-18:00"),
             tmpl("08:00-15:00")]
MORNINGS = [tmpl("08:00-12:00"), tmpl("08:00-13:00"), tmpl("09:00-13:00"), tmpl("08:00-11:00")]
AFTERNOONS = [tmpl("13:00-18:00"), tmpl("12:00-17:00"), tmpl("14:00-18:00"), tmpl("12:00-16:00"),
              tmpl("15:00-18:00")]
SPLITS = [tmpl("08:00-11:00", "14:00-18:00"), tmpl("08:00-12:00", "15:00-18:00"),
          tmpl("09:00-12:00", "14:00-17:00")]
WEEKEND = [tmpl("10:00-15:00")]
STYLE_POOLS = {"full": FULL_DAYS, "morning": MORNINGS, "afternoon": AFTERNOONS, "split": SPLITS}
STYLE_WEIGHTS = [("full", 40), ("morning", 28), ("afternoon", 20), ("split", 12)]


# --------------------------------------------------------------------------- helpers

def fmt_time(m):
    return "%02d:%02d" % (m // 60, m % 60)


def slots_of_week():
    out = []
    for d in DAYS:
        a, b = OPEN[d]
        for t in range(a, b, SLOT):
            out.append((d, t))
    return out


SLOTS = slots_of_week()
SLOT_INDEX = {s: i for i, s in enumerate(SLOTS)}


def erlang_c(n, a):
    """Probability of waiting, M/M/n with offered traffic a (a < n)."""
    b = 1.0  # Erlang B by the stable recursion
    for k in range(1, n + 1):
        b = a * b / (k + a * b)
    return n * b / (n - a * (1 - b))


def service_level(n, a):
    aht = STAFFING["handle_time_seconds"]
    return 1 - erlang_c(n, a) * math.exp(-(n - a) * STAFFING["answer_within_seconds"] / aht)


def required_agents(calls):
    """Agents to roster in one slot: Erlang C + shrinkage + floor."""
    if calls <= 0:
        return STAFFING["min_agents"]
    a = calls * STAFFING["handle_time_seconds"] / (SLOT * 60)
    n = math.floor(a) + 1
    while service_level(n, a) < STAFFING["service_level"]:
        n += 1
    # round(..., 9) guards against 17 / 0.85 = 20.000000000000004
    return max(STAFFING["min_agents"], math.ceil(round(n / (1 - STAFFING["shrinkage"]), 9)))


def windows_minutes(windows):
    return sum(b - a for day in windows.values() for a, b in day)


def slot_cover(windows):
    """Slot indices covered by an agent's windows."""
    out = []
    for d, spans in windows.items():
        for a, b in spans:
            for t in range(a, b, SLOT):
                out.append(SLOT_INDEX[(d, t)])
    return out


def achievable_hours(agent):
    """Hours the agent could work under the shift rules (one shift <= 8 h a day)."""
    per_day = sorted((min(SHIFT_MAX_H * 60, max(b - a for a, b in spans)) for spans in agent["windows"].values()
                      if spans and max(b - a for a, b in spans) >= SHIFT_MIN_H * 60), reverse=True)
    days = agent["max_days"] or 7
    return min(agent["max_hours"], sum(per_day[:days]) / 60)


# --------------------------------------------------------------------------- generation

def make_demand(rng):
    """calls[(muni_id, day, hour)] rounded to 0.1, >= 0.1 everywhere."""
    noise = {m[0]: 1 + rng.uniform(-MUNI_NOISE, MUNI_NOISE) for m in MUNICIPALITIES}
    weight = {m[0]: m[4] * noise[m[0]] for m in MUNICIPALITIES}
    total_w = sum(weight.values())
    profile = {}
    for d in DAYS:
        hours = WEEKDAY_HOURS if d in WEEKDAYS else WEEKEND_HOURS[d]
        for h, w in hours.items():
            profile[(d, h)] = DAY_FACTOR[d] * w
    total_p = sum(profile.values())
    calls = {}
    for m in MUNICIPALITIES:
        for (d, h), p in profile.items():
            x = WEEKLY_CONTACTS * weight[m[0]] / total_w * p / total_p
            x *= 1 + rng.uniform(-CELL_NOISE, CELL_NOISE)
            calls[(m[0], d, h)] = max(0.1, round(x, 1))
    return calls


def agent_counts():
    """Agents per municipality: concave in population (bigger ones pool more)."""
    scale = 15 / 367000 ** 0.75
    return {m[0]: 1 if m[0] in TINY else max(1, round(scale * m[4] ** 0.75)) for m in MUNICIPALITIES}


def draw_max_hours(rng):
    x = rng.random()
    if x < 0.08:
        return 8
    if x < 0.85:
        return rng.choice([10, 12, 12, 15, 15, 16, 18, 20, 20, 22, 25])
    return rng.choice([30, 32, 37])


def add_piece(agent, day, piece):
    agent["windows"][day] = list(piece)


def build_agents(rng, share, required_hours):
    counts = agent_counts()
    used_names = set()
    agents = []
    for m in MUNICIPALITIES:
        mid = m[0]
        n = counts[mid]
        budget_m = TARGET_OFFER_RATIO * share[mid] * required_hours
        for k in range(n):
            while True:
                name = rng.choice(FIRST_NAMES) + " " + rng.choice(LAST_NAMES)
                if name not in used_names:
                    used_names.add(name)
                    break
            agent = {"muni": mid, "id": "a%02d" % (k + 1), "name": name, "windows": {},
                     "max_hours": draw_max_hours(rng), "min_hours": 0, "max_days": 0, "style": None}
            if mid in TINY:
                # a single morning a week
                agent["max_hours"] = 8
                add_piece(agent, rng.choice(["tue", "wed", "thu"]), tmpl("08:00-12:00"))
                agent["style"] = "morning"
                agents.append(agent)
                continue
            style = rng.choices([s for s, _ in STYLE_WEIGHTS], [w for _, w in STYLE_WEIGHTS])[0]
            agent["style"] = style
            budget = budget_m / n * rng.uniform(0.7, 1.3) * 60
            days = WEEKDAYS[:]
            rng.shuffle(days)
            while windows_minutes(agent["windows"]) < budget and days:
                day = days.pop()
                add_piece(agent, day, rng.choice(STYLE_POOLS[style]))
            agents.append(agent)
    # About 20 % of the agents also (or only) work weekends, 10:00-15:00.
    candidates = [a for a in agents if a["muni"] not in TINY]
    rng.shuffle(candidates)
    weekenders = candidates[: round(0.2 * len(agents))]
    for i, agent in enumerate(weekenders):
        days = [["sat"], ["sun"], ["sat", "sun"]][i % 3]
        for d in days:
            add_piece(agent, d, WEEKEND[0])
        if len(agent["windows"]) > 2 and i % 2 == 0:
            # weekend people give up one weekday
            weekday = sorted(d for d in agent["windows"] if d in WEEKDAYS)[0]
            del agent["windows"][weekday]
    return agents


def coverage(agents):
    cov = [0] * len(SLOTS)
    for a in agents:
        for i in slot_cover(a["windows"]):
            cov[i] += 1
    return cov


def repair_coverage(rng, agents, target, budget_m):
    """Add windows where coverage is below target, to the agents of the
    municipalities that are furthest below their window budget."""
    while True:
        cov = coverage(agents)
        short = [(target[i] - cov[i], -i) for i in range(len(SLOTS)) if cov[i] < target[i]]
        if not short:
            return
        _, neg = max(short)
        day, t = SLOTS[-neg]
        if day in WEEKDAYS:
            pieces = [p for pool in (FULL_DAYS, MORNINGS, AFTERNOONS, SPLITS) for p in pool
                      if any(a <= t < b for a, b in p)]
        else:
            pieces = WEEKEND
        offered_m = {}
        for a in agents:
            offered_m[a["muni"]] = offered_m.get(a["muni"], 0) + windows_minutes(a["windows"]) / 60
        free = [a for a in agents if day not in a["windows"] and a["muni"] not in TINY]
        if day not in WEEKDAYS:
            # prefer people who already work the other weekend day
            free = [a for a in free if any(d in a["windows"] for d in ("sat", "sun"))] or free
        assert free, ("cannot repair coverage", day, fmt_time(t))
        # municipality furthest below its budget, then the agent with fewest window hours
        free.sort(key=lambda a: (offered_m[a["muni"]] / budget_m[a["muni"]],
                                 windows_minutes(a["windows"]), a["muni"], a["id"]))
        agent = free[0]
        style_pool = STYLE_POOLS.get(agent["style"], [])
        preferred = [p for p in pieces if p in style_pool] or pieces
        add_piece(agent, day, rng.choice(preferred))


def offered_hours(agent):
    return min(agent["max_hours"], windows_minutes(agent["windows"]) / 60)


def trim_availability(agents, target, budget_m, required_hours, ratio_goal):
    """Drop whole-day windows where coverage is comfortably above target, from the
    municipalities furthest above their window budget, until offered hours are
    down to ratio_goal x required hours."""
    while sum(offered_hours(a) for a in agents) > ratio_goal * required_hours:
        cov = coverage(agents)
        offered_m = {}
        for a in agents:
            offered_m[a["muni"]] = offered_m.get(a["muni"], 0) + offered_hours(a)
        best = None
        for a in agents:
            if a["muni"] in TINY or len(a["windows"]) < 2:
                continue
            for day, spans in a["windows"].items():
                if day not in WEEKDAYS:
                    continue  # keep the weekend crew intact
                idx = slot_cover({day: spans})
                slack = min(cov[i] - target[i] for i in idx)
                if slack < 1:
                    continue
                rest = {d: w for d, w in a["windows"].items() if d != day}
                saving = offered_hours(a) - min(a["max_hours"], windows_minutes(rest) / 60)
                if saving <= 0:
                    continue
                key = (offered_m[a["muni"]] / budget_m[a["muni"]], slack, saving, a["muni"], a["id"], day)
                if best is None or key > best[0]:
                    best = (key, a, day)
        if best is None:
            return
        del best[1]["windows"][best[2]]


def set_contract_fields(rng, agents):
    """max_days for some agents with many days; min_hours for about a quarter."""
    regular = [a for a in agents if a["muni"] not in TINY]
    many_days = [a for a in regular if len(a["windows"]) >= 3]
    for a in rng.sample(many_days, min(len(many_days), round(0.10 * len(agents)))):
        a["max_days"] = rng.randint(2, min(4, len(a["windows"]) - 1))
    eligible = [a for a in regular if achievable_hours(a) >= 6]
    for a in rng.sample(eligible, min(len(eligible), round(0.25 * len(agents)))):
        ach = achievable_hours(a)
        a["min_hours"] = rng.randint(4, max(4, min(12, int(0.6 * ach))))


# --------------------------------------------------------------------------- checks

def greedy_roster(agents, req):
    """Scarcity-first greedy: returns (assignments, staffed per slot) or raises."""
    rem_h = {id(a): a["max_hours"] * 60 for a in agents}
    days_left = {id(a): (a["max_days"] or 7) for a in agents}
    worked = {id(a): {} for a in agents}
    staffed = [0] * len(SLOTS)

    def options(agent, day, t):
        if day in worked[id(agent)] or days_left[id(agent)] <= 0:
            return []
        out = []
        for a, b in agent["windows"].get(day, []):
            if not (a <= t < b):
                continue
            for start in range(a, t + SLOT, SLOT):
                for length in range(SHIFT_MIN_H * 60, SHIFT_MAX_H * 60 + 1, SLOT):
                    end = start + length
                    if start <= t < end <= b and length <= rem_h[id(agent)] and rest_ok(agent, day, start, end):
                        out.append((start, end))
        return out

    def rest_ok(agent, day, start, end):
        di = DAYS.index(day)
        for dj, (s, e) in worked[id(agent)].items():
            j = DAYS.index(dj)
            gap = (di * 1440 + start) - (j * 1440 + e) if j < di else (j * 1440 + s) - (di * 1440 + end)
            if gap < MIN_REST_H * 60:
                return False
        return True

    while True:
        deficit = [r - s for r, s in zip(req, staffed)]
        open_ = [i for i in range(len(SLOTS)) if deficit[i] > 0]
        if not open_:
            return worked, staffed
        best = None
        for i in open_:
            day, t = SLOTS[i]
            cands = [a for a in agents if options(a, day, t)]
            if not cands:
                raise AssertionError("greedy: nobody can cover %s %s" % (day, fmt_time(t)))
            key = (deficit[i] / len(cands), deficit[i], -i)
            if best is None or key > best[0]:
                best = (key, i, cands)
        _, i, cands = best
        day, t = SLOTS[i]
        choice = None
        for a in cands:
            for start, end in options(a, day, t):
                idx = [SLOT_INDEX[(day, x)] for x in range(start, end, SLOT)]
                gain = sum(1 for j in idx if deficit[j] > 0) - 0.75 * sum(1 for j in idx if deficit[j] <= 0)
                key = (gain, -(end - start), rem_h[id(a)], a["muni"], a["id"])
                if choice is None or key > choice[0]:
                    choice = (key, a, start, end, idx)
        _, a, start, end, idx = choice
        worked[id(a)][day] = (start, end)
        rem_h[id(a)] -= end - start
        days_left[id(a)] -= 1
        for j in idx:
            staffed[j] += 1


def validate_windows(agents):
    for a in agents:
        for d, spans in a["windows"].items():
            lo, hi = OPEN[d]
            prev = None
            for s, e in sorted(spans):
                assert lo <= s < e <= hi, (a["muni"], a["id"], d, s, e)
                assert s % SLOT == 0 and e % SLOT == 0
                assert e - s >= SHIFT_MIN_H * 60, (a["muni"], a["id"], d)
                assert prev is None or prev <= s, "overlap"
                prev = e
        assert 0 <= a["min_hours"] <= achievable_hours(a), (a["muni"], a["id"])
        assert a["min_hours"] <= a["max_hours"]


# --------------------------------------------------------------------------- writing

def write(path, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="Generate Fixtures/jutland-30.")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(here), "jutland-30"))
    ap.add_argument("--check-only", action="store_true", help="compute and check, write nothing")
    args = ap.parse_args()

    rng = random.Random(SEED)
    calls = make_demand(rng)
    ids = sorted(m[0] for m in MUNICIPALITIES)

    slot_calls = [0.0] * len(SLOTS)
    muni_total = {m: 0.0 for m in ids}
    for (mid, d, h), c in calls.items():
        muni_total[mid] += c
        for t in (h * 60, h * 60 + 30):
            slot_calls[SLOT_INDEX[(d, t)]] += c / 2
    total_calls = sum(muni_total.values())
    share = {m: muni_total[m] / total_calls for m in ids}
    req = [required_agents(c) for c in slot_calls]
    required_hours = sum(req) * SLOT / 60

    agents = build_agents(rng, share, required_hours)
    target = [max(MIN_COVERAGE, math.ceil(COVERAGE_FACTOR * r)) for r in req]
    budget_m = {m: TARGET_OFFER_RATIO * share[m] * required_hours for m in ids}
    repair_coverage(rng, agents, target, budget_m)
    trim_availability(agents, target, budget_m, required_hours, OFFER_RATIO_GOAL)
    set_contract_fields(rng, agents)
    validate_windows(agents)

    cov = coverage(agents)
    offered = sum(offered_hours(a) for a in agents)
    achievable = sum(achievable_hours(a) for a in agents)
    ratio = offered / required_hours
    worked, staffed = greedy_roster(agents, req)
    greedy_hours = sum((e - s) for w in worked.values() for s, e in w.values()) / 60
    over = sum(max(0, s - r) for s, r in zip(staffed, req))

    min_cov = min(cov)
    min_cov_at = [("%s %s" % (SLOTS[i][0], fmt_time(SLOTS[i][1]))) for i in range(len(SLOTS)) if cov[i] == min_cov]
    margin = min(c - r for c, r in zip(cov, req))
    weekenders = sum(1 for a in agents if any(d in a["windows"] for d in ("sat", "sun")))
    with_min = sum(1 for a in agents if a["min_hours"] > 0)
    with_days = sum(1 for a in agents if a["max_days"])
    split_days = sum(1 for a in agents for spans in a["windows"].values() if len(spans) > 1)
    per_muni = {m: sum(1 for a in agents if a["muni"] == m) for m in ids}

    print("jutland-30 (%s, seed %d)" % (WEEK, SEED))
    print("  municipalities:            %d" % len(ids))
    print("  agents:                    %d  (aarhus %d, aalborg %d, laeso %d, samso %d; min per municipality %d)" % (
        len(agents), per_muni["aarhus"], per_muni["aalborg"], per_muni["laeso"], per_muni["samso"],
        min(per_muni.values())))
    print("  contacts/week:             %.1f" % total_calls)
    print("  open 30-min slots:         %d" % len(SLOTS))
    print("  required agent-slots:      %d  (= %.1f agent-hours; per slot min %d, max %d)" % (
        sum(req), required_hours, min(req), max(req)))
    print("  offered hours:             %.1f  (sum of min(max_hours, window hours); ratio %.2f x required)" % (
        offered, ratio))
    print("  achievable hours:          %.1f  (also capped by 8 h/day, one shift a day, max_days)" % achievable)
    print("  coverage per slot:         min %d (at %s), max %d; min(coverage - required) %d" % (
        min_cov, ", ".join(min_cov_at[:4]) + (" ..." if len(min_cov_at) > 4 else ""), max(cov), margin))
    print("  weekend agents:            %d (%.0f %%)" % (weekenders, 100 * weekenders / len(agents)))
    print("  agents with min_hours:     %d (%.0f %%), with max_days: %d, split-day windows: %d" % (
        with_min, 100 * with_min / len(agents), with_days, split_days))
    print("  greedy roster:             service shortfall 0, %.1f agent-hours, %d agent-slots above requirement" % (
        greedy_hours, over))

    assert len(agents) in range(110, 131), len(agents)
    assert 1900 <= total_calls <= 2100, total_calls
    assert min(per_muni.values()) >= 1 and per_muni["laeso"] == 1 and per_muni["samso"] == 1
    assert all(c >= MIN_COVERAGE for c in cov), "a slot has fewer than %d agents available" % MIN_COVERAGE
    assert all(c >= t for c, t in zip(cov, target)), "coverage below 1.5 x requirement"
    assert OFFER_RATIO_RANGE[0] <= ratio <= OFFER_RATIO_RANGE[1], ratio
    assert all(s >= r for s, r in zip(staffed, req)), "greedy roster misses the requirement"

    if args.check_only:
        return
    out = args.out
    os.makedirs(os.path.join(out, "availability"), exist_ok=True)
    with open(os.path.join(out, "hotline.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(HOTLINE_YAML)
    munis = {m[0]: m for m in MUNICIPALITIES}
    write(os.path.join(out, "municipalities.csv"),
          ["id;code;name;region;population"] +
          ["%s;%s;%s;%s;%d" % munis[m] for m in ids])
    rows = ["municipality;day;from;to;calls"]
    for m in ids:
        for d in DAYS:
            a, b = OPEN[d]
            for h in range(a // 60, b // 60):
                rows.append("%s;%s;%s;%s;%.1f" % (m, d, fmt_time(h * 60), fmt_time(h * 60 + 60), calls[(m, d, h)]))
    write(os.path.join(out, "demand.csv"), rows)
    expected_files = {m + ".csv" for m in ids}
    for stale in set(os.listdir(os.path.join(out, "availability"))) - expected_files:
        os.remove(os.path.join(out, "availability", stale))
    for m in ids:
        rows = ["agent;name;max_hours;min_hours;max_days;" + ";".join(DAYS)]
        for a in (x for x in agents if x["muni"] == m):
            cells = [",".join("%s-%s" % (fmt_time(s), fmt_time(e)) for s, e in sorted(a["windows"].get(d, [])))
                     for d in DAYS]
            rows.append(";".join([a["id"], a["name"], str(a["max_hours"]),
                                  str(a["min_hours"]) if a["min_hours"] else "",
                                  str(a["max_days"]) if a["max_days"] else ""] + cells))
        write(os.path.join(out, "availability", m + ".csv"), rows)
    print("wrote", os.path.relpath(out))


if __name__ == "__main__":
    sys.exit(main())
