#!/usr/bin/env python3
"""Cross-check hotline-roster's lexicographic optimum against brute_force.py on random small plans.

Usage:
    python3 Fixtures/tools/cross_check.py [-n 150] [--seed 1] [--jobs 2] [--max-rosters 300000]
                                          [--keep DIR] [--failures DIR] [--report FILE]
                                          [--binary PATH] [--only SEED ...]

For every seed a small random planning folder is generated (deterministically from the seed) in
two spellings with the same meaning:

  * canonical/  UTF-8, `;`, English headers, every setting written out: what brute_force.py reads;
  * variant/    the same plan as a planner might send it: Windows-1252 files with Danish headers
                and decimal commas, `,`-delimited files with quoted cells and a BOM, CR or CRLF
                line ends, comment and blank lines, shuffled and mixed-case columns, settings left
                at their defaults, missing availability files (= no agents), windows separated by
                spaces, `-` for unavailable.

Then:
  1. hotline-roster solve variant   --out solved-variant   (+ hotline-roster check)
  2. hotline-roster solve canonical --out solved-canonical (+ hotline-roster check)
  3. brute_force.py canonical
and the six component values (floor, service, fairness max, fairness sum, contracts, economy) are
compared in the plan's priority order (tolerance 1e-6).  Status must be `optimal`, every exit 0,
every check PASS.  Failing plans are copied (with outputs and logs) to --failures.

Standard library only.  The plan size is kept below --max-rosters (as counted by brute_force.py's own
week enumeration) by redrawing.
"""

import argparse
import concurrent.futures
import importlib.util
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BRUTE = os.path.join(HERE, "brute_force.py")
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
DANISH_DAYS = ["man", "tir", "ons", "tor", "fre", "lør", "søn"]
WEEK_DATES = ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"]
COMPONENTS = ["floor", "service", "fairness", "contracts", "economy"]
TOL = 1e-6

MUNICIPALITIES = [
    ("aarhus", "751", "Aarhus", "Midtjylland"),
    ("odder", "727", "Odder", "Midtjylland"),
    ("samso", "741", "Samsø", "Midtjylland"),
    ("laeso", "825", "Læsø", "Nordjylland"),
    ("bronderslev", "810", "Brønderslev", "Nordjylland"),
    ("morso", "773", "Morsø", "Nordjylland"),
    ("hjorring", "860", "Hjørring", "Nordjylland"),
    ("ringkobing-skjern", "760", "Ringkøbing-Skjern", "Midtjylland"),
    ("aalborg", "851", "Aalborg", "Nordjylland"),
    ("skanderborg", "746", "Skanderborg", "Midtjylland"),
]
FIRST = ["Søren", "Mette", "Jens", "Birthe", "Åse", "Øjvind", "Ærling", "Anne", "Bjørn", "Kirsten", "Hans"]
LAST = ["Østergaard", "Nørgaard", "Bæk", "Ølgaard", "Kjærgaard", "Møller", "Sørensen", "Jensen", "Ågård"]


def load_brute_module():
    spec = importlib.util.spec_from_file_location("brute_force_mod", BRUTE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


BF = load_brute_module()


# --------------------------------------------------------------------------- helpers

def hm(mins):
    return "%02d:%02d" % (mins // 60, mins % 60)


def dec(x, comma=False):
    """Exact decimal text of a Fraction whose denominator divides 10**6."""
    x = Fraction(x)
    sign = "-" if x < 0 else ""
    x = abs(x)
    whole = x.numerator // x.denominator
    frac = x - whole
    digits = ""
    k = 0
    while frac and k < 6:
        frac *= 10
        d = frac.numerator // frac.denominator
        digits += str(d)
        frac -= d
        k += 1
    assert frac == 0, x
    text = sign + str(whole) + ("." + digits if digits else "")
    return text.replace(".", ",") if comma else text


def overlaps(a, b, intervals):
    return any(max(a, oa) < min(b, ob) for oa, ob in intervals)


# --------------------------------------------------------------------------- plan generation

def generate(seed, attempt, short_windows=False, generous=False):
    """short_windows: the first version of this generator (partial windows often shorter than a
    shift); kept so that its seeds reproduce.  generous: more agents with wider windows, so that
    rosters usually cover the floor and economy (overstaffing) matters."""
    tag = "generous/" if generous else ""
    rng = random.Random("hotline-cross-check/%s%d/%d" % (tag, seed, attempt))
    shrink = attempt // 4  # later attempts draw smaller plans
    p = {"seed": seed, "attempt": attempt}
    slot = rng.choice([60, 60, 30]) if shrink < 3 else 60
    p["slot"] = slot
    step = slot

    # ---- days and opening hours
    n_days = rng.choice([1, 1, 2, 2, 3]) if shrink < 2 else rng.choice([1, 2])
    if rng.random() < 0.6:
        first = rng.randrange(0, 7 - n_days + 1)
        days = list(range(first, first + n_days))  # consecutive: rest can bind
    else:
        days = sorted(rng.sample(range(7), n_days))
    opening = {}
    max_open = 6 if shrink < 2 else 4
    for d in days:
        total = rng.randint(3 * 60 // step, max_open * 60 // step) * step  # minutes
        start = rng.randrange(7 * 60, 11 * 60 + 1, step)
        if rng.random() < 0.3 and total >= 2 * 60:
            first_len = rng.randrange(60, total - 60 + 1, step)
            gap = rng.randrange(60, 3 * 60 + 1, step)
            opening[d] = [(start, start + first_len), (start + first_len + gap, start + total + gap)]
        else:
            opening[d] = [(start, start + total)]
    p["opening"] = opening
    closed = []
    if n_days >= 2 and rng.random() < 0.12:
        closed = [rng.choice(days)]
    p["closed"] = closed
    open_days = [d for d in days if d not in closed]

    # ---- settings
    p["min_agents"] = rng.choice([1, 1, 1, 1, 0])
    p["shrinkage"] = rng.choice([Fraction(0), Fraction(0), Fraction(15, 100), Fraction(3, 10)])
    p["handle"] = rng.choice([420, 420, 420, 300, 600])
    p["service_level"] = rng.choice([Fraction(80, 100), Fraction(80, 100), Fraction(90, 100)])
    p["within"] = rng.choice([60, 60, 20])
    choices_min = [60, 120] + ([90] if slot == 30 else [])
    p["shift_min"] = rng.choice(choices_min)
    max_choices = [m for m in [120, 180, 240] + ([150] if slot == 30 else []) if m >= p["shift_min"]]
    if shrink >= 2:
        max_choices = [m for m in max_choices if m <= 180] or [p["shift_min"]]
    p["shift_max"] = rng.choice(max_choices)
    p["rest"] = rng.choice([11, 11, 20, 20, 24, 8])
    p["basis"] = rng.choice(["demand", "population", "weight"])
    prio = COMPONENTS[:]
    if rng.random() < 0.8:
        rng.shuffle(prio)
    p["priorities"] = prio

    # ---- municipalities
    n_m = rng.randint(2, 4)
    picked = rng.sample(MUNICIPALITIES, n_m)
    munis = []
    equal_pop = rng.random() < 0.2
    for mid, code, name, region in picked:
        pop = 10000 if equal_pop else rng.choice([1750, 3700, 23500, 36500, 50000, 98000, 222000, 367000])
        weight = rng.choice([Fraction(1), Fraction(2), Fraction(3), Fraction(3, 2), Fraction(5, 2)])
        munis.append({"id": mid, "code": code, "name": name, "region": region, "population": pop, "weight": weight})
    p["munis"] = munis
    p["with_weight_column"] = p["basis"] == "weight" or rng.random() < 0.2

    # ---- demand: rows on slot boundaries inside one opening interval; some overlap
    demand = []
    level = rng.choice(["tiny", "tiny", "moderate"])
    for d in open_days:
        hourly_total = (Fraction(rng.randint(1, 8), 10) if level == "tiny" else Fraction(rng.randint(10, 60), 10))
        weights = [rng.choice([0, 1, 1, 2, 3]) for _ in munis]
        if sum(weights) == 0:
            weights[0] = 1
        for m, w in zip(munis, weights):
            if w == 0:
                continue
            rate = hourly_total * w / sum(weights)
            for a, b in opening[d]:
                t = a
                while t < b:
                    length = min(b - t, rng.randrange(step, max(step, b - t) + 1, step))
                    calls = (rate * length / 60 * 10).__round__() / Fraction(10)
                    if calls > 0:
                        demand.append((m["id"], d, t, t + length, calls))
                    t += length
            if rng.random() < 0.15:  # an extra overlapping row (rows on one slot add up)
                a, b = rng.choice(opening[d])
                demand.append((m["id"], d, a, a + step, Fraction(rng.randint(1, 5), 10)))
    if not demand:  # e.g. the only day is closed: keep a demand basis anyway
        p["basis"] = "population" if p["basis"] == "demand" else p["basis"]
    p["demand"] = demand

    # ---- balance
    p["balance"] = None
    if rng.random() < 0.35:
        rows = []
        for m in munis:
            if rng.random() < 0.85:
                rows.append((m["id"], Fraction(rng.randint(-16, 16), 4)))
        p["balance"] = rows

    # ---- agents
    max_agents = max(2, 5 - shrink)
    n_a = rng.randint(3 if generous else 2, max_agents)
    owners = [rng.randrange(n_m) for _ in range(n_a)]
    agents = {m["id"]: [] for m in munis}
    used_names = set()
    for k, oi in enumerate(owners):
        m = munis[oi]["id"]
        while True:
            name = rng.choice(FIRST) + " " + rng.choice(LAST)
            if name not in used_names:
                used_names.add(name)
                break
        a = {"id": "a%02d" % (len(agents[m]) + 1), "name": name}
        a["max_hours"] = rng.choice([Fraction(2), Fraction(3), Fraction(4), Fraction(4), Fraction(5), Fraction(6), Fraction(8)]
                                    + ([Fraction(7, 2)] if slot == 30 else []))
        a["min_hours"] = None
        if rng.random() < 0.35:
            a["min_hours"] = min(a["max_hours"], Fraction(rng.randint(1, 4)))
        elif rng.random() < 0.2:
            a["min_hours"] = Fraction(0)
        r = rng.random()
        a["max_days"] = 1 if r < 0.3 else (2 if r < 0.4 else (7 if r < 0.45 else None))
        windows = {}
        for d in days:
            kind = rng.choice(["none", "full", "full", "part", "part", "split", "wide"] if not generous else
                              ["none", "full", "full", "full", "part", "split", "wide", "wide"])
            lo = opening[d][0][0]
            hi = opening[d][-1][1]
            ws = None
            for _ in range(30):
                if kind == "none":
                    ws = []
                elif kind == "full":
                    ws = [(lo, hi)]
                elif kind == "wide":  # partly outside opening hours: cut to the open part
                    ws = [(max(0, lo - rng.choice([60, 120])), min(24 * 60, hi + rng.choice([0, 60, 120])))]
                elif kind == "part":
                    if not short_windows and rng.random() < 0.75 and hi - lo > p["shift_min"]:  # usually long enough for a shift
                        a0 = rng.randrange(lo, hi - p["shift_min"] + 1, step)
                        b0 = rng.randrange(a0 + p["shift_min"], hi + 1, step)
                    else:
                        a0 = rng.randrange(lo, hi, step)
                        b0 = rng.randrange(a0 + step, hi + 1, step)
                    ws = [(a0, b0)]
                else:  # split: two windows with a gap of at least one slot
                    if hi - lo < 3 * step:
                        ws = [(lo, hi)]
                    else:
                        a0 = rng.randrange(lo, hi - 2 * step, step)
                        b0 = rng.randrange(a0 + step, hi - step, step)
                        a1 = rng.randrange(b0 + step, hi, step)
                        b1 = rng.randrange(a1 + step, hi + 1, step)
                        ws = [(a0, b0), (a1, b1)]
                if all(overlaps(x, y, opening[d]) for x, y in ws):
                    break
            else:
                ws = [(lo, hi)]
            if ws:
                windows[d] = ws
        a["windows"] = windows
        agents[m].append(a)
    p["agents"] = agents

    # ---- how the variant spells the files
    p["style"] = {
        "yaml": rng.choice(["full", "minimal", "lists"]),
        "municipalities": rng.choice(["plain", "cp1252", "comma_bom", "messy"]),
        "demand": rng.choice(["plain", "cp1252", "comma_bom", "messy"]),
        "balance": rng.choice(["plain", "cp1252", "comma_bom", "messy"]),
        "availability": {m["id"]: rng.choice(["plain", "cp1252_danish", "cp1252_danish", "comma_bom", "messy"])
                         for m in munis},
        "missing_availability": [m["id"] for m in munis if not agents[m["id"]] and rng.random() < 0.5],
    }
    return p


# --------------------------------------------------------------------------- writing

def yaml_text(p, style):
    lines = ["# generated by cross_check.py seed %d" % p["seed"], "week: 2026-W49"]
    full = style == "full" or style is None
    if full:
        lines.append("timezone: Europe/Copenhagen")
    if full or p["slot"] != 30:
        lines.append("slot_minutes: %d" % p["slot"])
    lines.append("opening_hours:")
    for d in sorted(p["opening"]):
        iv = ["%s-%s" % (hm(a), hm(b)) for a, b in p["opening"][d]]
        if style == "lists":
            lines.append("  %s: [%s]" % (DAYS[d], ", ".join('"%s"' % x for x in iv)))
        else:
            lines.append('  %s: "%s"' % (DAYS[d], ", ".join(iv)))
    if full or p["closed"]:
        if style == "lists" and p["closed"]:
            lines.append("closed:")
            lines += ["  - %s" % WEEK_DATES[d] for d in p["closed"]]
        else:
            lines.append("closed: [%s]" % ", ".join(WEEK_DATES[d] for d in p["closed"]))
    staffing = [("min_agents", str(p["min_agents"]), p["min_agents"] == 2),
                ("handle_time_seconds", str(p["handle"]), p["handle"] == 420),
                ("service_level", dec(p["service_level"]), p["service_level"] == Fraction(8, 10)),
                ("answer_within_seconds", str(p["within"]), p["within"] == 60),
                ("shrinkage", dec(p["shrinkage"]), p["shrinkage"] == Fraction(15, 100))]
    staffing = [(k, v) for k, v, default in staffing if full or not default]
    if staffing:
        lines.append("staffing:")
        lines += ["  %s: %s" % kv for kv in staffing]
    shifts = [("min_hours", dec(Fraction(p["shift_min"], 60)), p["shift_min"] == 180),
              ("max_hours", dec(Fraction(p["shift_max"], 60)), p["shift_max"] == 480),
              ("min_rest_hours", str(p["rest"]), p["rest"] == 11)]
    shifts = [(k, v) for k, v, default in shifts if full or not default]
    if shifts:
        lines.append("shifts:")
        lines += ["  %s: %s" % kv for kv in shifts]
    if full or p["basis"] != "demand":
        lines += ["fairness:", "  basis: %s" % p["basis"]]
    if full or p["priorities"] != COMPONENTS:
        if style == "lists":
            lines.append("priorities:")
            lines += ["  - %s" % x for x in p["priorities"]]
        else:
            lines.append("priorities: [%s]" % ", ".join(p["priorities"]))
    return "\n".join(lines) + "\n"


def write_table(path, header, rows, style, rng):
    """header: list of column names; rows: list of lists of cell texts (already spelled with '.'
    decimals; a `;` Windows-1252 file turns numeric cells to decimal commas via the `numeric` set)."""
    if style == "plain":
        text = ";".join(header) + "\n" + "".join(";".join(r) + "\n" for r in rows)
        data = text.encode("utf-8")
    elif style.startswith("cp1252"):
        text = ";".join(header) + "\r\n" + "".join(";".join(r) + "\r\n" for r in rows)
        data = text.encode("cp1252")
    elif style == "comma_bom":
        def q(c):
            return '"' + c.replace('"', '""') + '"'
        eol = rng.choice(["\r\n", "\n", "\r"])
        out = [",".join(q(h) if rng.random() < 0.5 else h for h in header)]
        for r in rows:
            cells = []
            for c in r:
                need = ("," in c or '"' in c or "\n" in c)
                cells.append(q(c) if need or rng.random() < 0.6 else c)
            out.append(",".join(cells))
        data = ("\ufeff" + eol.join(out) + eol).encode("utf-8")
    elif style == "messy":
        # shuffled columns, mixed case and padded header names, comments, blank lines, CR line ends, BOM
        order = list(range(len(header)))
        rng.shuffle(order)
        hdr = [(" " + header[i].upper() + " ") if rng.random() < 0.5 else header[i].capitalize() for i in order]
        out = ["# exported by hand", ";".join(hdr)]
        for r in rows:
            if rng.random() < 0.3:
                out.append("")
            if rng.random() < 0.2:
                out.append("# a comment line")
            out.append(";".join(r[i] for i in order))
        data = ("\ufeff" + "\r".join(out) + "\r").encode("utf-8")
    else:
        raise ValueError(style)
    with open(path, "wb") as f:
        f.write(data)


def write_plan(p, folder, canonical):
    rng = random.Random("hotline-cross-check-writer/%d/%d/%s" % (p["seed"], p["attempt"], canonical))
    os.makedirs(os.path.join(folder, "availability"), exist_ok=True)
    st = p["style"]
    with open(os.path.join(folder, "hotline.yaml"), "w", encoding="utf-8") as f:
        f.write(yaml_text(p, "full" if canonical else st["yaml"]))

    def style_of(key):
        return "plain" if canonical else st[key]

    def num(x, style):
        return dec(x, comma=style.startswith("cp1252") or (style == "messy" and rng.random() < 0.5))

    # municipalities.csv
    s = style_of("municipalities")
    header = ["id", "code", "name", "region", "population"] + (["weight"] if p["with_weight_column"] else [])
    rows = []
    for m in p["munis"]:
        r = [m["id"], m["code"], m["name"], m["region"], str(m["population"])]
        if p["with_weight_column"]:
            r.append(num(m["weight"], s))
        rows.append(r)
    write_table(os.path.join(folder, "municipalities.csv"), header, rows, s, rng)

    # demand.csv
    s = style_of("demand")
    rows = [[mid, DAYS[d], hm(a), hm(b), num(c, s)] for mid, d, a, b, c in p["demand"]]
    write_table(os.path.join(folder, "demand.csv"), ["municipality", "day", "from", "to", "calls"], rows, s, rng)

    # balance.csv
    if p["balance"] is not None:
        s = style_of("balance")
        rows = [[mid, num(o, s), "2026-W48"] for mid, o in p["balance"]]
        write_table(os.path.join(folder, "balance.csv"), ["municipality", "owed_hours", "after_week"], rows, s, rng)

    # availability/ID.csv
    for m in p["munis"]:
        mid = m["id"]
        if not canonical and mid in st["missing_availability"]:
            continue
        s = "plain" if canonical else st["availability"][mid]
        danish = s == "cp1252_danish"
        header = (["medarbejder", "navn", "maks_timer", "min_timer", "maks_dage"] + DANISH_DAYS) if danish else \
                 (["agent", "name", "max_hours", "min_hours", "max_days"] + DAYS)
        rows = []
        for a in p["agents"][mid]:
            name = a["name"]
            if not canonical and s == "comma_bom" and rng.random() < 0.4:
                name = name.split(" ")[1] + ", " + name.split(" ")[0]  # a delimiter inside a quoted cell
            r = [a["id"], name, num(a["max_hours"], s),
                 "" if a["min_hours"] is None else num(a["min_hours"], s),
                 "" if a["max_days"] is None else str(a["max_days"])]
            for d in range(7):
                ws = a["windows"].get(d, [])
                if not ws:
                    r.append("" if canonical or rng.random() < 0.5 else "-")
                else:
                    sep = "," if canonical else rng.choice([",", ", ", " "])
                    r.append(sep.join("%s-%s" % (hm(x), hm(y)) for x, y in ws))
            rows.append(r)
        write_table(os.path.join(folder, "availability", mid + ".csv"), header, rows, s, rng)


def count_rosters(folder):
    cfg, slots, opening, calls, shares, owed, agents = BF.load_plan(folder, "hotline.yaml")
    n = 1
    for a in agents:
        n *= len(BF.agent_weeks(a, opening, cfg))
    return n


def make_plan(seed, workdir, max_rosters, short_windows=False, generous=False):
    for attempt in range(200):
        p = generate(seed, attempt, short_windows, generous)
        base = os.path.join(workdir, "plan-%04d%s%s" % (seed, "-sw" if short_windows else "", "-gen" if generous else ""))
        shutil.rmtree(base, ignore_errors=True)
        write_plan(p, os.path.join(base, "canonical"), True)
        try:
            n = count_rosters(os.path.join(base, "canonical"))
        except ZeroDivisionError:  # all bases zero: redraw
            continue
        if n <= max_rosters:
            write_plan(p, os.path.join(base, "variant"), False)
            with open(os.path.join(base, "plan.json"), "w") as f:
                json.dump(p, f, default=str, indent=1, sort_keys=True)
            return p, base, n
    raise RuntimeError("seed %d: no small enough plan" % seed)


# --------------------------------------------------------------------------- running

def run(cmd, timeout):
    t0 = time.time()
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        return r.returncode, r.stdout, r.stderr, time.time() - t0
    except subprocess.TimeoutExpired as e:
        return "timeout", e.stdout or "", e.stderr or "", time.time() - t0


def parse_value(text):
    text = text.strip()
    m = re.search(r"\(=([-0-9/]+)\)", text)
    if m:
        return Fraction(m.group(1))
    return Fraction(text.split()[0])


def parse_brute(out):
    comp = {}
    in_opt = False
    for line in out.splitlines():
        if line.startswith("OPTIMUM"):
            in_opt = True
            continue
        if not in_opt:
            continue
        m = re.match(r"\s+fairness\s+= max (.*), sum (.*)  \(hours\)$", line)
        if m:
            comp["fairness_max"] = parse_value(m.group(1))
            comp["fairness_sum"] = parse_value(m.group(2))
            continue
        m = re.match(r"\s+(floor|service|contracts|economy)\s+= (.*)  \((agent-slots|hours)\)$", line)
        if m:
            comp[m.group(1)] = parse_value(m.group(2))
    m = re.search(r"optimal rosters: (\d+)", out)
    comp_n = int(m.group(1)) if m else None
    h = re.search(r"total rostered H = (\S+) h", out)
    return comp, comp_n, (h.group(1) if h else None)


def order_keys(priorities):
    keys = []
    for p in priorities:
        keys += ["fairness_max", "fairness_sum"] if p == "fairness" else [p]
    return keys


def compare(a, b, keys):
    """-1 if a is lexicographically better, 1 if worse, 0 if equal within TOL; plus the first differing key."""
    for k in keys:
        x, y = float(a[k]), float(b[k])
        if abs(x - y) > TOL:
            return (-1 if x < y else 1), k
    return 0, None


def solve_and_check(binary, plan, out, timeout):
    res = {}
    rc, so, se, dt = run([binary, "solve", plan, "--out", out, "--quiet"], timeout)
    res["solve_rc"], res["solve_seconds"] = rc, round(dt, 3)
    res["solve_stderr"] = se[-3000:]
    res["solve_stdout"] = so[-3000:]
    summary_path = os.path.join(out, "summary.json")
    if os.path.exists(summary_path):
        with open(summary_path) as f:
            summary = json.load(f)
        res["status"] = summary.get("status")
        res["components"] = summary.get("components")
        res["warnings"] = summary.get("warnings")
        res["agent_hours"] = summary.get("roster", {}).get("agent_hours")
        rc2, so2, se2, _ = run([binary, "check", plan, out], timeout)
        res["check_rc"] = rc2
        res["check_output"] = (so2 + se2)[-3000:]
    return res


def one(seed, args, workdir):
    rec = {"seed": seed, "problems": []}
    try:
        p, base, n = make_plan(seed, workdir, args.max_rosters, args.short_windows, args.generous)
    except Exception as e:  # noqa: BLE001
        rec["problems"].append("generation failed: %r" % e)
        return rec
    rec["name"] = os.path.basename(base)
    rec["rosters"] = n
    rec["priorities"] = p["priorities"]
    rec["style"] = p["style"]
    keys = order_keys(p["priorities"])

    rc, so, se, dt = run([sys.executable, BRUTE, os.path.join(base, "canonical")], args.brute_timeout)
    rec["brute_seconds"] = round(dt, 2)
    with open(os.path.join(base, "brute.txt"), "w") as f:
        f.write(so + ("\n--- stderr ---\n" + se if se else ""))
    if rc != 0:
        rec["problems"].append("brute_force exit %s: %s" % (rc, se.strip()[-500:]))
        brute = None
    else:
        brute, n_opt, brute_h = parse_brute(so)
        if len(brute) != 6:
            rec["problems"].append("could not parse brute_force output")
            brute = None
        else:
            rec["brute"] = {k: str(v) for k, v in brute.items()}
            rec["brute_optimal_rosters"] = n_opt
            rec["brute_H"] = brute_h

    for variant in ("variant", "canonical"):
        res = solve_and_check(args.binary, os.path.join(base, variant), os.path.join(base, "solved-" + variant),
                              args.solve_timeout)
        rec[variant] = res
        with open(os.path.join(base, "solve-%s.log" % variant), "w") as f:
            f.write(json.dumps(res, indent=1))
        if res["solve_rc"] != 0:
            rec["problems"].append("%s: solve exit %s: %s" % (variant, res["solve_rc"], res["solve_stderr"].strip()[-800:]))
        if "status" not in res:
            rec["problems"].append("%s: no summary.json" % variant)
            continue
        if res["status"] != "optimal":
            rec["problems"].append("%s: status %s" % (variant, res["status"]))
        if res.get("check_rc") != 0:
            rec["problems"].append("%s: check exit %s: %s" % (variant, res.get("check_rc"), res["check_output"].strip()[-800:]))
        if brute is not None and res.get("components"):
            c, k = compare(res["components"], brute, keys)
            if c != 0:
                rec["problems"].append("%s: components differ from brute force at %s (solver %s): solver %s vs brute %s" % (
                    variant, k, "better" if c < 0 else "worse",
                    [round(float(res["components"][x]), 6) for x in keys], [str(brute[x]) for x in keys]))
    if rec.get("variant", {}).get("components") and rec.get("canonical", {}).get("components"):
        c, k = compare(rec["variant"]["components"], rec["canonical"]["components"], keys)
        if c != 0:
            rec["problems"].append("variant and canonical spellings solve differently at %s" % k)

    rec["ok"] = not rec["problems"]
    if not rec["ok"] and args.failures:
        dest = os.path.join(args.failures, rec["name"])
        shutil.rmtree(dest, ignore_errors=True)
        shutil.copytree(base, dest)
        with open(os.path.join(dest, "problems.txt"), "w") as f:
            f.write("seed %d, priorities %s\n" % (seed, ", ".join(p["priorities"])))
            f.write("order of comparison: %s\n" % ", ".join(keys))
            if brute:
                f.write("brute force: %s\n" % ", ".join("%s=%s" % (x, brute[x]) for x in keys))
            for v in ("variant", "canonical"):
                if rec.get(v, {}).get("components"):
                    f.write("solver %s: %s (status %s)\n" % (
                        v, ", ".join("%s=%s" % (x, rec[v]["components"][x]) for x in keys), rec[v].get("status")))
            f.write("\n".join(rec["problems"]) + "\n")
        rec["kept"] = dest
    if not args.keep_all:
        shutil.rmtree(base, ignore_errors=True)
    return rec


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=150, help="number of plans")
    ap.add_argument("--seed", type=int, default=1, help="first seed (plans use seed, seed+1, ...)")
    ap.add_argument("--only", type=int, nargs="*", help="run exactly these seeds")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--max-rosters", type=int, default=300_000)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "hotline-roster"))
    ap.add_argument("--workdir", help="where plans are generated (default: a temp dir)")
    ap.add_argument("--keep-all", action="store_true", help="keep every generated plan in the workdir")
    ap.add_argument("--failures", default="/tmp/cross-check-failures", help="copy failing plans here ('' = don't)")
    ap.add_argument("--report", help="write every plan's record as JSON here")
    ap.add_argument("--generous", action="store_true", help="more agents with wider windows (floor usually met)")
    ap.add_argument("--short-windows", action="store_true",
                    help="draw partial windows as the first version did (often shorter than a shift)")
    ap.add_argument("--solve-timeout", type=float, default=300)
    ap.add_argument("--brute-timeout", type=float, default=900)
    args = ap.parse_args()

    if not os.access(args.binary, os.X_OK):
        sys.exit("no solver binary at %s (swift build -c release --product hotline-roster)" % args.binary)
    workdir = args.workdir or tempfile.mkdtemp(prefix="hotline-cross-check-")
    os.makedirs(workdir, exist_ok=True)
    if args.failures:
        os.makedirs(args.failures, exist_ok=True)
    seeds = args.only if args.only else list(range(args.seed, args.seed + args.n))
    records = []
    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(one, s, args, workdir): s for s in seeds}
        for fut in concurrent.futures.as_completed(futures):
            rec = fut.result()
            records.append(rec)
            mark = "ok  " if rec.get("ok") else "FAIL"
            print("%s seed %4d  rosters %8s  brute %6.1fs  solve %5.2fs  %s" % (
                mark, rec["seed"], rec.get("rosters"), rec.get("brute_seconds", 0),
                rec.get("variant", {}).get("solve_seconds", 0), "; ".join(rec["problems"])[:400]), flush=True)
    records.sort(key=lambda r: r["seed"])
    ok = sum(1 for r in records if r.get("ok"))
    print()
    print("plans: %d  matched (all checks passed): %d  failed: %d  (%.0f s, workdir %s)" % (
        len(records), ok, len(records) - ok, time.time() - t0, workdir))
    statuses = {}
    for r in records:
        for v in ("variant", "canonical"):
            st = r.get(v, {}).get("status")
            statuses[st] = statuses.get(st, 0) + 1
    print("solver statuses (both spellings):", statuses)
    for r in records:
        if not r.get("ok"):
            print("  %s (seed %d) kept at %s" % (r.get("name"), r["seed"], r.get("kept")))
            for prob in r["problems"]:
                print("     - " + prob)
    if args.report:
        with open(args.report, "w") as f:
            json.dump(records, f, indent=1, default=str)
    return 0 if ok == len(records) else 1


if __name__ == "__main__":
    sys.exit(main())
