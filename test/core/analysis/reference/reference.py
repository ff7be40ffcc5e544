"""Independent reference for test/core/analysis: a line-by-line port of the published R code.

- Runs analysis: qicharts2 R/helper.functions.R `runs.analysis` and `qic.run` (median of the baseline).
- IHI shift (>= 6 on one side, points on the median skipped) and trend (>= 5 up or down, repeats skipped).
- XmR: NHSRplotthedots R/ptd_spc_standard.R and R/ptd_calculate_point_type.R (precedence version).

Run `python3 reference.py > fixtures.json` to regenerate. Uses exact binomial sums (fractions).
Series for the XmR part have no missing values (NHSRplotthedots requires a gap-free series).
"""
import json, math, random
from fractions import Fraction


def sign(x):
    return (x > 0) - (x < 0)


def qbinom05(n):
    if n <= 0:
        return 0
    c = Fraction(0)
    for k in range(n + 1):
        c += Fraction(math.comb(n, k), 2 ** n)
        if c >= Fraction(1, 20):
            return k
    return n


def r_median(xs):
    xs = sorted(xs)
    if not xs:
        return None
    m = len(xs) // 2
    return xs[m] if len(xs) % 2 else (xs[m - 1] + xs[m]) / 2


def run_chart(values, freeze=None):
    base = values if freeze is None else values[:freeze]
    cl = r_median([v for v in base if v is not None])
    runs = [] if cl is None else [sign(v - cl) for v in values if v is not None]
    runs = [r for r in runs if r != 0]
    n = len(runs)
    out = {"centre": [cl] * len(values), "useful": n}
    if n:
        lengths = []
        for r in runs:
            if lengths and lengths[-1][0] == r:
                lengths[-1][1] += 1
            else:
                lengths.append([r, 1])
        longest = max(l for _, l in lengths)
        out.update(longestRun=longest, longestRunLimit=round(math.log2(n)) + 3, crossings=max(len(lengths) - 1, 0), crossingsLimit=qbinom05(max(n - 1, 0)))
        out["runsSignal"] = out["longestRun"] > out["longestRunLimit"] or out["crossings"] < out["crossingsLimit"]
    else:
        out.update(longestRun=None, longestRunLimit=None, crossings=None, crossingsLimit=None, runsSignal=False)
    # IHI shift: consecutive useful points on one side.
    shifts, current = [], []
    for i, v in enumerate(values):
        if v is None or cl is None or v == cl:
            continue
        s = sign(v - cl)
        if current and current[0][1] != s:
            if len(current) >= 6:
                shifts.append({"start": current[0][0], "end": current[-1][0]})
            current = []
        current.append((i, s))
    if len(current) >= 6:
        shifts.append({"start": current[0][0], "end": current[-1][0]})
    out["shifts"] = shifts
    # IHI trend: drop missing values and repeats, then maximal monotone runs sharing turning points.
    pts = []
    for i, v in enumerate(values):
        if v is None or (pts and pts[-1][1] == v):
            continue
        pts.append((i, v))
    trends = []
    k = 0
    while k < len(pts) - 1:
        d = sign(pts[k + 1][1] - pts[k][1])
        j = k + 1
        while j + 1 < len(pts) and sign(pts[j + 1][1] - pts[j][1]) == d:
            j += 1
        if j - k + 1 >= 5:
            trends.append({"start": pts[k][0], "end": pts[j][0], "direction": "up" if d > 0 else "down"})
        k = j
    out["trends"] = trends
    return out


def nhsr_segment(y, improvement, fix_after, screen):
    n = len(y)
    fix = [y[i] if fix_after is None or i < fix_after else None for i in range(n)]
    vals = [v for v in fix if v is not None]
    mean = sum(vals) / len(vals) if vals else float("nan")
    mr = [None] + [abs(fix[i] - fix[i - 1]) if fix[i] is not None and fix[i - 1] is not None else None for i in range(1, n)]
    present = [m for m in mr if m is not None]
    amr = sum(present) / len(present) if present else float("nan")
    if screen:
        mr = [m if m is not None and m < 3.267 * amr else None for m in mr]
        present = [m for m in mr if m is not None]
        amr = sum(present) / len(present) if present else float("nan")
    lpl, upl = mean - 2.66 * amr, mean + 2.66 * amr
    close_lim = 2 * (2.66 / 3)
    nlpl, nupl = mean - close_lim * amr, mean + close_lim * amr
    outside = [v > upl or v < lpl for v in y]
    rtm = [sign(v - mean) if not math.isnan(mean) else 0 for v in y]
    close = [(not outside[i]) and (y[i] < nlpl or y[i] > nupl) for i in range(n)]

    def part_of_seven(v):
        vp = v + [0] * 6
        return [any(abs(vp[i + k]) == 1 for k in range(7)) for i in range(n)]

    vp = [0] * 6 + rtm
    one_side = [int(all(vp[i + 6] == vp[i + 6 - k] for k in range(1, 7)) and vp[i + 6] != 0) for i in range(n)]
    trend_end = [0] * n
    if n >= 7:
        for i in range(6, n):
            d = [sign(y[i - k] - y[i - k - 1]) for k in range(6)]
            trend_end[i] = 1 if all(x == 1 for x in d) else -1 if all(x == -1 for x in d) else 0
    cp = [0, 0] + [int(c) for c in close] + [0, 0]
    rp = [0, 0] + rtm + [0, 0]
    two = [int(any(sum(cp[i + a:i + a + 3]) >= 2 and abs(sum(rp[i + a:i + a + 3])) == 3 for a in range(3))) for i in range(n)]
    part_trend = part_of_seven(trend_end)
    part_two = [close[i] and two[i] == 1 for i in range(n)]
    part_side = part_of_seven(one_side)
    sdy = [sign(y[i + 1] - y[i]) for i in range(n - 1)]
    right = sdy + sdy[-1:]
    left = [0] + sdy
    points = []
    for i in range(n):
        nxt = part_trend[i + 1] if i + 1 < n else False
        s = right[i] if (nxt and part_trend[i]) else left[i]
        if outside[i]:
            v = 1 if rtm[i] == 1 else -1
        elif part_trend[i]:
            v = 1 if s == 1 else -1
        elif part_two[i] or part_side[i]:
            v = 1 if rtm[i] > 0 else -1
        else:
            v = 0
        if v == 0:
            signal = None
        elif improvement == "neither":
            signal = "neutral-high" if v > 0 else "neutral-low"
        else:
            signal = "improvement" if v * (1 if improvement == "up" else -1) > 0 else "concern"
        nanless = lambda x: None if math.isnan(x) else x
        points.append({"mean": nanless(mean), "lower": nanless(lpl), "upper": nanless(upl), "outside": outside[i], "shift": part_side[i], "trend": part_trend[i], "twoOfThree": part_two[i], "signal": signal})
    return points


def xmr(values, improvement, fix_after=None, rebase=(), screen=True):
    starts = sorted(set([0] + [r for r in rebase if 0 < r < len(values)]))
    points = []
    for s, start in enumerate(starts):
        end = starts[s + 1] if s + 1 < len(starts) else len(values)
        points += nhsr_segment(values[start:end], improvement, fix_after, screen)
    return {"points": points}


def series(rng, n, missing):
    kind = rng.choice(["int", "float", "shift", "trend"])
    out = []
    for i in range(n):
        if kind == "int":
            v = rng.randint(0, 6)
        elif kind == "float":
            v = round(rng.gauss(50, 8), 1)
        elif kind == "shift":
            v = rng.randint(8, 12) + (9 if i >= n // 2 else 0)
        else:
            v = i + rng.choice([0, 0, 1, -1])
        out.append(None if missing and rng.random() < 0.1 else v)
    return out


rng = random.Random(20261124)
cases = []
for k in range(120):
    n = rng.choice([0, 1, 2, 5, 7, 9, 10, 12, 15, 20, 24, 30, 40])
    values = series(rng, n, missing=True)
    freeze = rng.choice([None, None, 5, 10, 12])
    cases.append({"kind": "run", "values": values, "options": {} if freeze is None else {"freezeAfter": freeze}, "expected": run_chart(values, freeze)})
for k in range(120):
    n = rng.choice([1, 2, 5, 7, 9, 12, 15, 20, 24, 30, 40])
    values = series(rng, n, missing=False)
    options = {"improvement": rng.choice(["up", "down", "neither"])}
    if rng.random() < 0.3:
        options["fixAfter"] = rng.choice([5, 8, 12])
    if rng.random() < 0.3 and n > 4:
        options["rebaseAt"] = [rng.randint(1, n - 1)]
    if rng.random() < 0.3:
        options["screenMovingRanges"] = False
    expected = xmr(values, options["improvement"], options.get("fixAfter"), options.get("rebaseAt", ()), options.get("screenMovingRanges", True))
    cases.append({"kind": "xmr", "values": values, "options": options, "expected": expected})
print(json.dumps(cases))
