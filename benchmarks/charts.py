#!/usr/bin/python3
"""Draws the charts of benchmarks/RESULTS.md from the raw figures kept in benchmarks/results/.

    /usr/bin/python3 benchmarks/charts.py

Needs matplotlib: Debian's package, `sudo apt-get install python3-matplotlib`, which is Debian's
own Python's (/usr/bin/python3; another python3 on the PATH may not see it).

Reads (each written by the script named, none by hand):
  results/fortunes/results.tsv        fortunes.sh: server, database, req/s, round, p99 ms
  results/wrk/results.tsv             wrk.sh: endpoint, server, req/s, round
  results/flaskr-final/results.tsv    flaskr.sh: endpoint, server, req/s, round, p99 ms
  results/flaskr-final-nolog/results.tsv
  results/router/router.json          RouterBenchmark (JMH), written with -rf json

and writes one SVG per comparison into benchmarks/charts/ (a missing input: its chart is skipped,
and the script says so). Each bar is the median over the rounds, its whisker the lowest and the
highest round, as in RESULTS.md's tables. The same inputs give the same files, byte for byte
(no date in the SVG, fixed element ids), so a rerun changes a chart only when its figures change.
"""

import csv
import json
import statistics
import sys
from pathlib import Path

try:
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt
except ImportError:
    sys.exit("charts.py needs matplotlib: sudo apt-get install python3-matplotlib, then run it"
             " with /usr/bin/python3 (Debian's Python, which has the package)")

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
CHARTS = HERE / "charts"

# Reproducible SVG: text kept as text, ids from a fixed salt, no date written.
plt.rcParams.update({
    "svg.fonttype": "none",
    "svg.hashsalt": "carafe-benchmarks",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
})

NAMES = {
    "undertow": "raw Undertow",
    "undertow-blocking": "raw Undertow, worker pool",
    "undertow-io": "raw Undertow, I/O thread",
    "undertow-blocking-jdk25": "raw Undertow, worker pool, JDK 25",
    "undertow-io-jdk25": "raw Undertow, I/O thread, JDK 25",
    "javalin": "Javalin 7 (Jetty)",
    "carafe": "Carafe",
    "carafe-jetty": "Carafe on Jetty",
    "carafe-jdk25": "Carafe, JDK 25",
    "carafe-io": "Carafe, non-blocking",
    "carafe-io-jdk25": "Carafe, non-blocking, JDK 25",
    "flask": "Flask (gunicorn, 5 sync workers)",
}
# Peers in grey and blue tones, Carafe in orange: the eye finds Carafe first.
COLOURS = {
    "undertow": "#9e9e9e", "undertow-blocking": "#9e9e9e", "undertow-io": "#616161",
    "undertow-blocking-jdk25": "#bdbdbd", "undertow-io-jdk25": "#757575",
    "javalin": "#5b8fc7", "flask": "#5b8fc7",
    "carafe": "#e8731a", "carafe-jetty": "#f4a261", "carafe-jdk25": "#f6b26b",
    "carafe-io": "#b5540f", "carafe-io-jdk25": "#d9822b",
}


def read_tsv(path, columns):
    """The rows of a tab-separated file of the scripts as dicts, or None when it is absent."""
    if not path.is_file():
        print(f"  (no {path.relative_to(HERE)}: its chart is skipped)")
        return None
    with path.open(newline="") as f:
        return [dict(zip(columns, row)) for row in csv.reader(f, delimiter="\t") if row]


def spread(values):
    """Median, and the distances down to the lowest and up to the highest value."""
    m = statistics.median(values)
    return m, m - min(values), max(values) - m


def grouped_bars(ax, groups, series, figure, value_format="{:,.0f}", log=False):
    """Bars of figure(group, series) -> list of values, one cluster per group; absent pairs left out."""
    width = 0.8 / len(series)
    for i, name in enumerate(series):
        xs, medians, low, high = [], [], [], []
        for g, group in enumerate(groups):
            values = figure(group, name)
            if values:
                m, lo, hi = spread(values)
                xs.append(g + (i - (len(series) - 1) / 2) * width)
                medians.append(m)
                low.append(lo)
                high.append(hi)
        if not xs:
            continue
        bars = ax.bar(xs, medians, width * 0.92, yerr=[low, high], capsize=2,
                      color=COLOURS.get(name, "#cccccc"), label=NAMES.get(name, name),
                      error_kw={"elinewidth": 0.8, "ecolor": "#333333"})
        for bar, m, hi in zip(bars, medians, high):
            # Above the whisker, which would cross it otherwise.
            ax.annotate(value_format.format(m), (bar.get_x() + bar.get_width() / 2, m + hi),
                        xytext=(0, 2), textcoords="offset points", ha="center", va="bottom",
                        fontsize=7, rotation=90 if len(groups) * len(series) > 8 else 0)
    ax.set_xticks(range(len(groups)))
    if log:
        ax.set_yscale("log")
    ax.grid(axis="y", color="#e0e0e0", linewidth=0.6)
    ax.set_axisbelow(True)


def save(fig, name):
    CHARTS.mkdir(exist_ok=True)
    path = CHARTS / name
    fig.savefig(path, format="svg", metadata={"Date": None}, bbox_inches="tight")
    plt.close(fig)
    print(f"  wrote {path.relative_to(HERE)}")


def fortunes():
    rows = read_tsv(RESULTS / "fortunes" / "results.tsv", ["server", "database", "rps", "round", "p99"])
    if rows is None:
        return
    databases = [d for d in ("sqlite", "postgres") if any(r["database"] == d for r in rows)]
    servers = [s for s in ("undertow", "javalin", "carafe") if any(r["server"] == s for r in rows)]

    def figure(database, server):
        return [float(r["rps"]) for r in rows if r["database"] == database and r["server"] == server]

    fig, ax = plt.subplots(figsize=(6.4, 3.6))
    grouped_bars(ax, databases, servers, figure)
    ax.set_xticklabels([{"sqlite": "SQLite", "postgres": "PostgreSQL"}[d] for d in databases])
    ax.set_ylabel("requests/s: median of the rounds,\nwhiskers the lowest and highest")
    rounds = len({r["round"] for r in rows})
    ax.set_title(f"Fortunes page (TechEmpower), wrk -c32, {rounds} rounds; higher is better")
    ax.legend(frameon=False, fontsize=8, loc="upper right")
    ax.margins(y=0.15)
    save(fig, "fortunes.svg")


def whole_requests():
    rows = read_tsv(RESULTS / "wrk" / "results.tsv", ["endpoint", "server", "rps", "round"])
    if rows is None:
        return
    endpoints = list(dict.fromkeys(r["endpoint"] for r in rows))
    servers = list(dict.fromkeys(r["server"] for r in rows))

    def figure(endpoint, server):
        return [float(r["rps"]) for r in rows if r["endpoint"] == endpoint and r["server"] == server]

    fig, ax = plt.subplots(figsize=(7.2, 3.8))
    grouped_bars(ax, endpoints, servers, figure)
    ax.set_xticklabels([e + (" (404)" if e == "/nowhere" else "") for e in endpoints])
    ax.set_ylabel("requests/s: median of the rounds,\nwhiskers the lowest and highest")
    rounds = len({r["round"] for r in rows})
    ax.set_title(f"Whole requests, wrk -c32, {rounds} rounds; higher is better")
    ax.legend(frameon=False, fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.margins(y=0.2)
    save(fig, "wrk.svg")


def flaskr():
    labels = {"index": "GET /\n(100 posts)", "hello": "GET /hello",
              "login": "login,\npbkdf2 260,000", "login-cheap": "login,\npbkdf2 1,000"}
    runs = [("flaskr-final", "with access logs"), ("flaskr-final-nolog", "without access logs")]
    tables = [(read_tsv(RESULTS / run / "results.tsv", ["endpoint", "server", "rps", "round", "p99"]), title)
              for run, title in runs]
    tables = [(rows, title) for rows, title in tables if rows]
    if not tables:
        return
    fig, axes = plt.subplots(1, len(tables), figsize=(5.0 * len(tables), 3.8), squeeze=False,
                             gridspec_kw={"width_ratios": [len({r["endpoint"] for r in rows}) for rows, _ in tables]})
    for ax, (rows, title) in zip(axes[0], tables):
        endpoints = list(dict.fromkeys(r["endpoint"] for r in rows))
        servers = list(dict.fromkeys(r["server"] for r in rows))

        def figure(endpoint, server, rows=rows):
            return [float(r["rps"]) for r in rows if r["endpoint"] == endpoint and r["server"] == server]

        grouped_bars(ax, endpoints, servers, figure, log=True)
        ax.set_xticklabels([labels.get(e, e) for e in endpoints], fontsize=7)
        rounds = len({r["round"] for r in rows})
        ax.set_title(f"{title}, {rounds} rounds")
        ax.margins(y=0.25)
    axes[0][0].set_ylabel("requests/s, log scale: median of the rounds,\nwhiskers the lowest and highest")
    axes[0][-1].legend(frameon=False, fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.suptitle("Flaskr: Carafe against Flask under gunicorn, same SQLite file; higher is better",
                 y=1.04)
    save(fig, "flaskr.svg")


def router():
    path = RESULTS / "router" / "router.json"
    if not path.is_file():
        print(f"  (no {path.relative_to(HERE)}: its chart is skipped)")
        return
    runs = json.loads(path.read_text())
    names = {"requestPathOnly": "path only (no lookup)", "hashMapFloor": "HashMap.get (floor)",
             "carafe": "Carafe", "carafeWithValues": "Carafe, with values",
             "undertow": "Undertow PathTemplateMatcher", "spring": "Spring PathPattern",
             "javalin": "Javalin PathMatcher"}
    order = list(names)
    tables = sorted({run["params"]["table"] for run in runs})
    fig, axes = plt.subplots(1, len(tables), figsize=(5.2 * len(tables), 3.2), squeeze=False,
                             layout="constrained")
    for ax, table in zip(axes[0], tables):
        chosen = sorted((run for run in runs if run["params"]["table"] == table),
                        key=lambda run: order.index(run["benchmark"].rsplit(".", 1)[1])
                        if run["benchmark"].rsplit(".", 1)[1] in order else len(order))
        methods = [run["benchmark"].rsplit(".", 1)[1] for run in chosen]
        scores = [run["primaryMetric"]["score"] for run in chosen]
        errors = [run["primaryMetric"]["scoreError"] for run in chosen]
        errors = [0 if e != e else e for e in errors]  # NaN when there was one iteration
        # JMH's interval may reach below zero, which a log scale cannot draw: stop it near zero.
        below = [min(e, s * 0.9) for s, e in zip(scores, errors)]
        colours = ["#e8731a" if m.startswith("carafe") else "#bdbdbd" if m in ("requestPathOnly", "hashMapFloor")
                   else "#5b8fc7" for m in methods]
        ys = range(len(methods))
        ax.barh(ys, scores, xerr=[below, errors], color=colours, capsize=2,
                error_kw={"elinewidth": 0.8, "ecolor": "#333333"})
        for y, s, e in zip(ys, scores, errors):
            ax.annotate(f"{s:,.0f} ± {e:,.0f} ns", (s + e, y), xytext=(4, 0),
                        textcoords="offset points", va="center", fontsize=7)
        ax.set_yticks(list(ys))
        ax.set_yticklabels([names.get(m, m) for m in methods])
        ax.invert_yaxis()
        ax.set_xscale("log")
        ax.set_xlabel(f"{chosen[0]['primaryMetric']['scoreUnit']}, log scale; lower is better")
        ax.set_title({"github": "GitHub API (203 routes)", "static": "static (157 routes)"}.get(table, table))
        ax.margins(x=0.3)
    fig.suptitle("Router: one lookup per request path of the table (JMH, average time, 99.9% interval)")
    save(fig, "router.svg")


def main():
    print("== Charts from benchmarks/results/ into benchmarks/charts/")
    fortunes()
    whole_requests()
    flaskr()
    router()


if __name__ == "__main__":
    main()
