#!/usr/bin/env python3
"""Enumerate every roster of a small planning folder and print the lexicographic optimum.

Usage:
    python3 Fixtures/tools/brute_force.py PLANDIR [--settings FILE] [--show N]

PLANDIR is a planning folder (hotline.yaml, municipalities.csv, demand.csv,
availability/ID.csv, optionally balance.csv).  --settings reads another YAML
file of the same folder instead of hotline.yaml (e.g. hotline-alt.yaml);
--show N lists at most N optimal rosters (default 20).

This is an independent reference implementation of the contract semantics,
written for the hand-checkable fixtures; it shares no code with the Swift tool.
Standard library only.  Exact arithmetic (fractions) is used for calls, hours,
shares and owed hours; only the Erlang C service level uses floating point.

Semantics implemented (see Fixtures/README.md):
  * open slots = opening hours minus closed dates, slot_minutes long;
  * calls of a demand row are spread evenly over the slots of [from, to);
  * r_t = max(min_agents, ceil(N / (1 - shrinkage))), N = smallest integer > A
    with SL(N, A) >= service_level, A = calls_t * handle_time / slot_seconds,
    SL = 1 - C(N, A) * exp(-(N - A) * answer_within / handle_time);
    a slot without calls needs min_agents;
  * a shift is one contiguous run of open slots on one day, inside one opening
    interval and one availability window, min_hours..max_hours long; at most
    one shift per agent per day; weekly hours <= max_hours; days <= max_days;
    rest between consecutive shifts >= min_rest_hours;
  * components (lower is better), compared in `priorities` order:
      floor     = sum_t max(0, min_agents - s_t)           (agent-slots)
      service   = sum_t max(0, r_t - s_t)                  (agent-slots)
      fairness  = max_m |owed_after_m|, then sum_m |owed_after_m|  (hours)
      contracts = sum_a max(0, min_hours_a - hours_a)      (hours)
      economy   = sum_t max(0, s_t - r_t)                  (agent-slots)
    with owed_after_m = owed_m + share_m * H - hours_m, H = total rostered hours.
"""

import argparse
import csv
import datetime
import itertools
import math
import os
import sys
from fractions import Fraction

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
COMPONENTS = ["floor", "service", "fairness", "contracts", "economy"]


# --------------------------------------------------------------------------- YAML subset

def _scalar(text):
    text = text.strip()
    if text == "":
        return None
    if text[0] in "\"'" and text[-1] == text[0] and len(text) >= 2:
        return text[1:-1]
    if text.startswith("[") and text.endswith("]"):
        inner = text[1:-1].strip()
        if inner == "":
            return []
        return [_scalar(part) for part in inner.split(",")]
    if text in ("true", "false"):
        return text == "true"
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return Fraction(text)
    except ValueError:
        return text


def _strip_comment(line):
    out, quote = [], None
    for ch in line:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            break
        out.append(ch)
    return "".join(out).rstrip()


def parse_yaml(text):
    """The subset hotline.yaml uses: nested mappings by indentation, inline
    lists, block lists of scalars, quoted and plain scalars, comments."""
    lines = []
    for raw in text.splitlines():
        line = _strip_comment(raw)
        if line.strip():
            lines.append((len(line) - len(line.lstrip(" ")), line.strip()))

    def block(index, indent):
        if index < len(lines) and lines[index][1].startswith("- "):
            items = []
            while index < len(lines) and lines[index][0] == indent and lines[index][1].startswith("- "):
                items.append(_scalar(lines[index][1][2:]))
                index += 1
            return items, index
        mapping = {}
        while index < len(lines) and lines[index][0] == indent:
            key, _, rest = lines[index][1].partition(":")
            key = key.strip().strip("\"'")
            index += 1
            if rest.strip() == "":
                if index < len(lines) and lines[index][0] > indent:
                    value, index = block(index, lines[index][0])
                elif index < len(lines) and lines[index][0] == indent and lines[index][1].startswith("- "):
                    value, index = block(index, indent)
                else:
                    value = None
            else:
                value = _scalar(rest)
            mapping[key] = value
        return mapping, index

    result, index = block(0, lines[0][0] if lines else 0)
    if index != len(lines):
        raise ValueError("unsupported YAML near: " + lines[index][1])
    return result


# --------------------------------------------------------------------------- reading

def minutes(hhmm):
    h, m = hhmm.strip().split(":")
    return int(h) * 60 + int(m)


def hhmm(mins):
    return "%02d:%02d" % (mins // 60, mins % 60)


def parse_windows(cell):
    cell = (cell or "").strip()
    if cell in ("", "-"):
        return []
    out = []
    for part in cell.split(","):
        a, b = part.strip().split("-")
        out.append((minutes(a), minutes(b)))
    return sorted(out)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    header = [h.strip() for h in rows[0]]
    return [dict(zip(header, [c.strip() for c in row])) for row in rows[1:] if any(c.strip() for c in row)]


def iso_week_dates(week):
    year, w = week.split("-W")
    return [datetime.date.fromisocalendar(int(year), int(w), d + 1) for d in range(7)]


def load_plan(plandir, settings_file):
    with open(os.path.join(plandir, settings_file), encoding="utf-8") as f:
        cfg = parse_yaml(f.read())
    slot = int(cfg["slot_minutes"])
    dates = iso_week_dates(str(cfg["week"]))
    closed = {str(d) for d in (cfg.get("closed") or [])}
    opening = {}
    for day in DAYS:
        spec = (cfg.get("opening_hours") or {}).get(day)
        opening[day] = parse_windows(spec) if spec else []
        if dates[DAYS.index(day)].isoformat() in closed:
            opening[day] = []
    slots = []  # (day, start, end)
    for day in DAYS:
        for a, b in opening[day]:
            t = a
            while t + slot <= b:
                slots.append((day, t, t + slot))
                t += slot
    index = {s[:2]: i for i, s in enumerate(slots)}

    munis = read_csv(os.path.join(plandir, "municipalities.csv"))
    muni_ids = [m["id"] for m in munis]
    calls = {m: [Fraction(0)] * len(slots) for m in muni_ids}
    for row in read_csv(os.path.join(plandir, "demand.csv")):
        a, b = minutes(row["from"]), minutes(row["to"])
        n = (b - a) // slot
        assert n >= 1 and (b - a) % slot == 0, row
        for k in range(n):
            key = (row["day"], a + k * slot)
            assert key in index, ("demand outside opening hours", row)
            calls[row["municipality"]][index[key]] += Fraction(row["calls"]) / n

    owed = {m: Fraction(0) for m in muni_ids}
    balance_path = os.path.join(plandir, "balance.csv")
    if os.path.exists(balance_path):
        for row in read_csv(balance_path):
            owed[row["municipality"]] = Fraction(row["owed_hours"])

    basis_kind = cfg["fairness"]["basis"]
    basis = {}
    for m in munis:
        if basis_kind == "demand":
            basis[m["id"]] = sum(calls[m["id"]])
        elif basis_kind == "population":
            basis[m["id"]] = Fraction(m["population"])
        else:
            basis[m["id"]] = Fraction(m.get("weight") or 0)
    total = sum(basis.values())
    shares = {m: basis[m] / total for m in muni_ids}

    agents = []
    for m in muni_ids:
        for row in read_csv(os.path.join(plandir, "availability", m + ".csv")):
            agents.append({
                "muni": m,
                "id": row["agent"],
                "name": row["name"],
                "max_hours": Fraction(row["max_hours"] or 168),
                "min_hours": Fraction(row["min_hours"] or 0),
                "max_days": int(row["max_days"]) if row.get("max_days") else 7,
                "windows": {d: parse_windows(row.get(d)) for d in DAYS},
            })
    return cfg, slots, opening, calls, shares, owed, agents


# --------------------------------------------------------------------------- staffing

def service_level(n, a, within, aht):
    b = 1.0  # Erlang B by recursion, then Erlang C
    for k in range(1, n + 1):
        b = a * b / (k + a * b)
    c = n * b / (n - a * (1 - b))
    return 1 - c * math.exp(-(n - a) * within / aht)


def required(calls, cfg):
    st = cfg["staffing"]
    min_agents = int(st["min_agents"])
    if calls <= 0:
        return min_agents
    aht = float(st["handle_time_seconds"])
    a = float(calls) * aht / (int(cfg["slot_minutes"]) * 60)
    n = math.floor(a) + 1
    while service_level(n, a, float(st["answer_within_seconds"]), aht) < float(st["service_level"]):
        n += 1
    shrink = Fraction(st["shrinkage"])
    return max(min_agents, math.ceil(Fraction(n) / (1 - shrink)))


# --------------------------------------------------------------------------- enumeration

def shift_options(agent, day, opening, cfg):
    slot = int(cfg["slot_minutes"])
    lo = Fraction(cfg["shifts"]["min_hours"]) * 60
    hi = Fraction(cfg["shifts"]["max_hours"]) * 60
    out = []
    for wa, wb in agent["windows"][day]:
        for oa, ob in opening[day]:
            a, b = max(wa, oa), min(wb, ob)
            start = oa + math.ceil((a - oa) / slot) * slot
            while start < b:
                end = start + slot
                while end <= b:
                    if lo <= end - start <= hi:
                        out.append((start, end))
                    end += slot
                start += slot
    return sorted(set(out))


def agent_weeks(agent, opening, cfg):
    rest = Fraction(cfg["shifts"]["min_rest_hours"]) * 60
    per_day = [[None] + shift_options(agent, d, opening, cfg) for d in DAYS]
    weeks = []
    for combo in itertools.product(*per_day):
        worked = [(i, s) for i, s in enumerate(combo) if s is not None]
        if len(worked) > agent["max_days"]:
            continue
        hours = sum(Fraction(s[1] - s[0], 60) for _, s in worked)
        if hours > agent["max_hours"]:
            continue
        ok = True
        for (i, s), (j, t) in zip(worked, worked[1:]):
            if (j * 1440 + t[0]) - (i * 1440 + s[1]) < rest:
                ok = False
        if ok:
            weeks.append((combo, hours))
    return weeks


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("plandir")
    ap.add_argument("--settings", default="hotline.yaml")
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()

    cfg, slots, opening, calls, shares, owed, agents = load_plan(args.plandir, args.settings)
    priorities = [str(p) for p in cfg["priorities"]]
    assert sorted(priorities) == sorted(COMPONENTS), priorities
    min_agents = int(cfg["staffing"]["min_agents"])
    slot = int(cfg["slot_minutes"])
    slot_hours = Fraction(slot, 60)
    total_calls = [sum(calls[m][i] for m in calls) for i in range(len(slots))]
    req = [required(c, cfg) for c in total_calls]
    index = {s[:2]: i for i, s in enumerate(slots)}
    munis = list(shares)

    print("plan:", args.plandir, "settings:", args.settings)
    print("priorities:", ", ".join(priorities))
    print("slots (day start-end: calls -> required):")
    for (d, a, b), c, r in zip(slots, total_calls, req):
        print("  %s %s-%s: %s -> %d" % (d, hhmm(a), hhmm(b), fmt(c), r))
    print("shares:", ", ".join("%s=%s" % (m, fmt(shares[m])) for m in munis))

    weeks = [agent_weeks(a, opening, cfg) for a in agents]
    covers = []  # per agent, per week option: list of slot indices
    for a, opts in zip(agents, weeks):
        cov = []
        for combo, _ in opts:
            idx = []
            for di, s in enumerate(combo):
                if s is None:
                    continue
                t = s[0]
                while t < s[1]:
                    idx.append(index[(DAYS[di], t)])
                    t += slot
            cov.append(idx)
        covers.append(cov)
    n_total = 1
    for opts in weeks:
        n_total *= len(opts)
    print("agent week options:", ", ".join("%s/%s=%d" % (a["muni"], a["id"], len(w)) for a, w in zip(agents, weeks)))
    print("rosters to enumerate:", n_total)
    if n_total > 20_000_000:
        sys.exit("too many rosters for brute force")

    best, best_rosters = None, []
    for choice in itertools.product(*[range(len(w)) for w in weeks]):
        s = [0] * len(slots)
        hours_m = {m: Fraction(0) for m in munis}
        contracts = Fraction(0)
        for ai, ci in enumerate(choice):
            for t in covers[ai][ci]:
                s[t] += 1
            h = weeks[ai][ci][1]
            hours_m[agents[ai]["muni"]] += h
            contracts += max(Fraction(0), agents[ai]["min_hours"] - h)
        total_h = sum(hours_m.values())
        owed_after = [owed[m] + shares[m] * total_h - hours_m[m] for m in munis]
        comp = {
            "floor": (sum(max(0, min_agents - x) for x in s),),
            "service": (sum(max(0, r - x) for r, x in zip(req, s)),),
            "fairness": (max(abs(x) for x in owed_after), sum(abs(x) for x in owed_after)),
            "contracts": (contracts,),
            "economy": (sum(max(0, x - r) for r, x in zip(req, s)),),
        }
        key = tuple(v for p in priorities for v in comp[p])
        if best is None or key < best:
            best, best_rosters = key, [(choice, comp, s, hours_m, owed_after, total_h)]
        elif key == best:
            best_rosters.append((choice, comp, s, hours_m, owed_after, total_h))

    choice, comp, s, hours_m, owed_after, total_h = best_rosters[0]
    print()
    print("OPTIMUM (priorities: %s)" % ", ".join(priorities))
    for p in priorities:
        if p == "fairness":
            print("  fairness  = max %s, sum %s  (hours)" % (fmt(comp[p][0]), fmt(comp[p][1])))
        else:
            unit = "hours" if p == "contracts" else "agent-slots"
            print("  %-9s = %s  (%s)" % (p, fmt(comp[p][0]), unit))
    print("  slot size = %s h; total rostered H = %s h" % (fmt(slot_hours), fmt(total_h)))
    print("optimal rosters: %d" % len(best_rosters))
    for k, (choice, comp, s, hours_m, owed_after, total_h) in enumerate(best_rosters[: args.show]):
        parts = []
        for ai, ci in enumerate(choice):
            combo = weeks[ai][ci][0]
            shifts = ["%s %s-%s" % (DAYS[di], hhmm(x[0]), hhmm(x[1])) for di, x in enumerate(combo) if x]
            parts.append("%s/%s: %s" % (agents[ai]["muni"], agents[ai]["id"], ", ".join(shifts) or "-"))
        print("  #%d  %s" % (k + 1, "; ".join(parts)))
        print("       s_t = %s  H = %s  hours: %s  owed_after: %s" % (
            s, fmt(total_h),
            ", ".join("%s=%s" % (m, fmt(hours_m[m])) for m in munis),
            ", ".join("%s=%s" % (m, fmt(x)) for m, x in zip(munis, owed_after))))


def fmt(x):
    if isinstance(x, Fraction):
        if x.denominator == 1:
            return str(x.numerator)
        d = float(x)
        text = ("%.4f" % d).rstrip("0").rstrip(".")
        exact = x.denominator in (2, 4, 5, 8, 10, 20, 25, 50, 100)
        return text if exact else "%s (=%s)" % (text, x)
    return str(x)


if __name__ == "__main__":
    main()
