#!/usr/bin/env python3
"""Compare hotline-roster with an independent optimizer (HiGHS) given the same time, lexicographically.

Usage:
    python3 Fixtures/tools/independent_lexicographic.py PLAN [PLAN ...] --binary PATH
                                                        [--time-limit 120] [--work DIR] [--json FILE]

For every plan:
  1. `hotline-roster solve PLAN --time-limit T` (its whole command: reading, solving, writing) and
     `hotline-roster check`; the stages' values, bounds and statuses come from its summary.json.
  2. `hotline-roster export-model PLAN --stage S --earlier free --format mps` for every stage in the
     plan's priority order: the plan's program with that stage's objective alone (nothing of this
     tool's solve is in the files).
  3. HiGHS runs the same lexicographic order on that program within the same T seconds of solving
     (reading the files is not counted against it): each stage gets an equal share of what is left,
     starts from the previous stage's solution, and is then kept within its limit (the value it
     reached plus the stage's tolerance from the plan's priorities, contract v2, as summary.json gives
     it, plus hotline-roster's row slack) before the next stage. A stage listed twice runs twice.
     fairness_spread's squares are tangent rows in the exported files (an under-estimate): HiGHS's
     value there is the under-estimate, hotline-roster's the exact sum, which favours HiGHS.
  4. The two are compared stage by stage in priority order; the first stage whose values differ by
     more than 1e-6 (relative) decides.

Needs highspy (`pip install highspy`); not part of the project's build or tests. HiGHS may use both
cores while hotline-roster uses one, which favours HiGHS.
"""

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time

try:
    import highspy
except ImportError:  # pragma: no cover - a tool, not a test
    sys.exit("independent_lexicographic.py needs highspy: pip install highspy")


def run(command):
    """Runs a command, returning its exit status and wall-clock seconds; stderr is kept on failure."""
    began = time.monotonic()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return done.returncode, time.monotonic() - began, done.stderr


def ours(binary, plan, out, limit):
    status, seconds, stderr = run([binary, "solve", plan, "--out", out, "--quiet", "--time-limit", str(limit)])
    if status != 0:
        sys.exit(f"{plan}: solve exited {status}: {stderr.strip()}")
    checked, _, stderr = run([binary, "check", plan, out])
    with open(os.path.join(out, "summary.json"), encoding="utf-8") as file:
        summary = json.load(file)
    stages = [
        {"stage": s["stage"], "value": s["objective"], "bound": s["bound"], "status": s["status"],
         "tolerance": s.get("tolerance", 0.0)}
        for s in summary["stages"]
    ]
    return {"seconds": seconds, "check": "PASS" if checked == 0 else f"FAIL ({checked})", "stages": stages}


def stage_costs(binary, plan, stages, folder):
    """Each stage's objective on the shared columns, read from its own exported file."""
    names, costs = None, {}
    for stage in stages:
        file = os.path.join(folder, f"{stage}.mps")
        status, _, stderr = run([binary, "export-model", plan, "--stage", stage, "--earlier", "free",
                                 "--format", "mps", "--out", file, "--quiet"])
        if status != 0:
            sys.exit(f"{plan}: export-model --stage {stage} exited {status}: {stderr.strip()}")
        reader = quiet_highs()
        reader.readModel(file)
        lp = reader.getLp()
        if names is None:
            names = list(lp.col_names_)
        elif list(lp.col_names_) != names:
            sys.exit(f"{plan}: {stage}.mps has other columns than the first stage's file")
        costs[stage] = list(lp.col_cost_)
    return os.path.join(folder, f"{stages[0]}.mps"), costs


def quiet_highs():
    highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    return highs


def highs_lexicographic(model_file, stages, costs, integral, limit, tolerances):
    """Runs HiGHS in a child process, stage by stage; a stage that outlasts the whole limit by a minute
    (HiGHS does not always stop on time) ends the run, and the stages after it count as not reached."""
    results = multiprocessing.get_context("fork").Queue()
    began = time.monotonic()
    worker = multiprocessing.get_context("fork").Process(
        target=highs_stages, args=(model_file, stages, costs, integral, limit, tolerances, results))
    worker.start()
    finished, overran = [], False
    while len(finished) < len(stages):
        wait = limit + 60 - (time.monotonic() - began)
        try:
            stage = results.get(timeout=max(0.1, wait))
        except Exception:  # queue.Empty: the child is past its limit
            overran = worker.is_alive()
            break
        if stage is None:
            break
        finished.append(stage)
    if worker.is_alive():
        worker.terminate()
    worker.join()
    return {"seconds": time.monotonic() - began, "stages": finished, "overran": overran}


def highs_stages(model_file, stages, costs, integral, limit, tolerances, results):
    highs = quiet_highs()
    highs.readModel(model_file)
    columns = highs.getNumCol()
    everything = list(range(columns))
    began = time.monotonic()
    solution = None
    for position, stage in enumerate(stages):
        left = limit - (time.monotonic() - began)
        share = max(0.01, left / (len(stages) - position))
        highs.changeColsCost(columns, everything, costs[stage])
        highs.setOptionValue("time_limit", share)
        if solution is not None:
            highs.setSolution(solution)
        highs.run()
        info = highs.getInfo()
        status = highs.modelStatusToString(highs.getModelStatus())
        if info.primal_solution_status != 2:  # 2 = a feasible solution
            results.put({"stage": stage, "value": None, "bound": info.mip_dual_bound, "status": status})
            break
        solution = highs.getSolution()
        # HiGHS 1.16 has reported an optimal objective whose returned solution broke a row by 25 h
        # (the bundled week's fairness_max after setSolution): every value is recomputed from the
        # returned columns and kept only if they satisfy every row and bound.
        violation = largest_violation(highs, solution.col_value)
        if violation > 1e-6:
            results.put({"stage": stage, "value": None, "bound": info.mip_dual_bound,
                         "status": f"{status}, but the returned solution violates a row by {violation:.3g}"})
            break
        value = sum(c * x for c, x in zip(costs[stage], solution.col_value))
        results.put({"stage": stage, "value": value, "bound": info.mip_dual_bound, "status": status})
        # Kept within its limit as hotline-roster keeps a finished stage.
        limit_value = value + tolerances[position]
        slack = 1e-6 if integral[stage] else 1e-7 * max(1.0, abs(limit_value))
        nonzero = [(j, c) for j, c in enumerate(costs[stage]) if c != 0]
        highs.addRow(-highspy.kHighsInf, limit_value + slack, len(nonzero),
                     [j for j, _ in nonzero], [c for _, c in nonzero])
    results.put(None)


def largest_violation(highs, x):
    """The most any row or column bound is broken by the columns x."""
    lp = highs.getLp()
    # Each attribute access copies the whole array: take them once.
    start, index, value = list(lp.a_matrix_.start_), list(lp.a_matrix_.index_), list(lp.a_matrix_.value_)
    col_lower, col_upper = list(lp.col_lower_), list(lp.col_upper_)
    row_lower, row_upper = list(lp.row_lower_), list(lp.row_upper_)
    activity = [0.0] * lp.num_row_
    worst = 0.0
    for j in range(lp.num_col_):
        worst = max(worst, col_lower[j] - x[j], x[j] - col_upper[j])
        for k in range(start[j], start[j + 1]):
            activity[index[k]] += value[k] * x[j]
    for i, a in enumerate(activity):
        worst = max(worst, row_lower[i] - a, a - row_upper[i])
    return worst


def verdict(mine, theirs):
    if len(theirs) < len(mine) and all(b["value"] is not None for b in theirs) and all(
            abs(a["value"] - b["value"]) <= 1e-6 * max(1.0, abs(a["value"])) for a, b in zip(mine, theirs)):
        return f"hotline-roster better (HiGHS did not reach {mine[len(theirs)]['stage']} within the limit)"
    for a, b in zip(mine, theirs):
        if b["value"] is None:
            return f"hotline-roster better (HiGHS found no solution for {b['stage']})"
        if abs(a["value"] - b["value"]) > 1e-6 * max(1.0, abs(a["value"])):
            better = "hotline-roster" if a["value"] < b["value"] else "HiGHS"
            return f"{better} better at {a['stage']}"
    return "equal"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("plans", nargs="+")
    parser.add_argument("--binary", required=True)
    parser.add_argument("--time-limit", type=float, default=120)
    parser.add_argument("--work", help="folder for rosters and exported files (default: a temporary one)")
    parser.add_argument("--json", help="write every figure here")
    args = parser.parse_args()
    work = args.work or tempfile.mkdtemp(prefix="independent-")
    report = []
    for plan in args.plans:
        name = os.path.basename(os.path.normpath(plan))
        folder = os.path.join(work, name)
        os.makedirs(folder, exist_ok=True)
        mine = ours(args.binary, plan, os.path.join(folder, "roster"), args.time_limit)
        stages = [s["stage"] for s in mine["stages"]]
        integral = {s: s in ("floor", "service", "economy") for s in stages}
        model_file, costs = stage_costs(args.binary, plan, list(dict.fromkeys(stages)), folder)
        tolerances = [s["tolerance"] for s in mine["stages"]]
        theirs = highs_lexicographic(model_file, stages, costs, integral, args.time_limit, tolerances)
        outcome = verdict(mine["stages"], theirs["stages"])
        report.append({"plan": plan, "time_limit": args.time_limit, "hotline_roster": mine, "highs": theirs,
                       "verdict": outcome})
        print(f"== {plan}  (time limit {args.time_limit:g} s; hotline-roster {mine['seconds']:.1f} s, "
              f"check {mine['check']}; HiGHS {theirs['seconds']:.1f} s)")
        print(f"   {'stage':<16} {'hotline-roster':>24} {'HiGHS':>30}")
        for index, a in enumerate(mine["stages"]):
            b = theirs["stages"][index] if index < len(theirs["stages"]) else None
            left = f"{a['value']:.4f} (bound {a['bound']:.4f})"
            right = ("not reached" + (" (HiGHS overran the limit)" if theirs["overran"] else "")) if b is None else (
                "no solution" if b["value"] is None else f"{b['value']:.4f} (bound {b['bound']:.4f})")
            print(f"   {a['stage']:<16} {left:>24} {right:>30}")
        print(f"   verdict: {outcome}")
        sys.stdout.flush()
    if args.json:
        with open(args.json, "w", encoding="utf-8") as file:
            json.dump(report, file, indent=1)


if __name__ == "__main__":
    main()
