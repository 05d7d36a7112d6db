#!/usr/bin/python3
"""Run the peer workload on ours (KnowledgeGraph.Benchmarks `peers`), networkx and igraph, and write a markdown table.

Usage (from anywhere; the repository root is found from this file):
  run-peers.py DIR[:PAIRS]... [--pairs N] [--peers networkx,igraph] [--out FILE] [--no-build]
  run-peers.py --check DIR [--pairs N] [--peers networkx]      # exit 1 when a checksum differs (CI)

DIR is a directory written by ../shared/bench/gen_graph.py (relative to the repository root; in a git worktree, relative
to the main checkout; or set KG_PEER_BENCH to the kit's directory). Each DIR is run once per
implementation, one after the other, in the same invocation, so that ratios compare like with like. With several DIRs
(e.g. 10k, 100k and 1M nodes) a scaling table follows the per-DIR tables. DIR:PAIRS overrides --pairs for one DIR
(networkx needs minutes per 1000 pairs at a million nodes). Point-to-point times scale with PAIRS.
"""
import argparse, os, platform, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def find_bench():
    """../shared/bench relative to the repository root; in a git worktree, relative to the main checkout; or $KG_PEER_BENCH."""
    if os.environ.get("KG_PEER_BENCH"):
        return os.path.abspath(os.environ["KG_PEER_BENCH"])
    candidates = [os.path.join(ROOT, "..", "shared", "bench")]
    try:
        common = subprocess.run(["git", "-C", ROOT, "rev-parse", "--path-format=absolute", "--git-common-dir"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout.strip()
        if common:
            candidates.append(os.path.join(os.path.dirname(common), "..", "shared", "bench"))
    except OSError:
        pass
    for c in candidates:
        if os.path.isdir(c):
            return os.path.abspath(c)
    return os.path.abspath(candidates[0])


BENCH = find_bench()
PROJECT = os.path.join(HERE, "KnowledgeGraph.Benchmarks.csproj")
DLL = os.path.join(HERE, "bin", "Release", "net10.0", "KnowledgeGraph.Benchmarks.dll")
OPS = ["load", "bfs_from_hub", "p2p_unweighted", "asof_finder", "p2p_asof", "p2p_weighted", "p2p_typed", "pagerank", "peak_rss_mb"]
# Ops only ours runs (peer_bench.py has no counterpart): shown with "–" for the peers and, when an op is named, as a
# ratio to it. asof_finder makes the finder of p2p_asof (every relation put to the day once).
OURS_ONLY = {"asof_finder": None, "p2p_asof": "p2p_unweighted"}
FLOAT_OPS = {"p2p_weighted"}


def fail(message):
    print("run-peers: " + message, file=sys.stderr)
    sys.exit(2)


def parse(output):
    rows = {}
    for line in output.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0] in OPS:
            rows[parts[0]] = (float(parts[1]), parts[2] if len(parts) > 2 else "")
    return rows


def run(cmd, ours_run=False):
    started = time.time()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        fail(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr}")
    rows = parse(proc.stdout)
    missing = [op for op in OPS if op not in rows and (ours_run or op not in OURS_ONLY)]
    if missing:
        fail(f"{' '.join(cmd)} printed no line for {', '.join(missing)}:\n{proc.stdout}")
    return rows, time.time() - started


def ours(d, pairs):
    return run(["dotnet", DLL, "peers", d, str(pairs)], ours_run=True)


def peer(lib, d, pairs):
    script = os.path.join(BENCH, "peer_bench.py")
    if not os.path.exists(script):
        fail(f"{script} is absent: the peer benchmark kit must be in ../shared/bench relative to the repository root ({ROOT}).")
    return run(["/usr/bin/python3", script, lib, d, str(pairs)])


def same(op, a, b):
    if op == "peak_rss_mb":
        return True
    if op in FLOAT_OPS:
        try:
            return abs(float(a) - float(b)) <= 1e-3
        except ValueError:
            return False
    return a == b


def counts(d):
    def lines(name):
        with open(os.path.join(d, name), "rb") as f:
            return sum(1 for _ in f) - 1
    return lines("nodes.csv"), lines("edges.csv")


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "unknown"
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal"):
                    mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                    break
    except OSError:
        pass
    dotnet = subprocess.run(["dotnet", "--version"], stdout=subprocess.PIPE, text=True).stdout.strip()
    versions = subprocess.run(["/usr/bin/python3", "-c", "import networkx, igraph, sys; print(sys.version.split()[0], networkx.__version__, igraph.__version__)"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout.split()
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    lines = [f"- Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
             f"- Machine: {os.cpu_count()} cores (`nproc`), {cpu}, {mem} RAM, {platform.system()} {platform.release()}",
             f"- .NET SDK {dotnet}; Python {versions[0] if versions else '?'}, networkx {versions[1] if len(versions) > 1 else '?'}, python-igraph {versions[2] if len(versions) > 2 else '?'}",
             f"- Load average when the run ended (1/5/15 min): {load} — the machine is shared; expect noise."]
    return "\n".join(lines)


def fmt_time(op, secs):
    # Times under a tenth of a second keep four decimals (the workloads print four), so that a ratio can be checked.
    return f"{secs:.0f} MB" if op == "peak_rss_mb" else (f"{secs:.4f}" if secs < 0.1 else f"{secs:.3f}")


def ratio(a, b):
    # Ratios under a tenth keep three decimals: 0.05 rounded from 0.054 is not "at most 0.05".
    return "–" if b <= 0 else (f"{a / b:.3f}" if a / b < 0.1 else f"{a / b:.2f}")


def table(d, results, pairs):
    n, m = counts(d)
    libs = list(results)
    out = [f"### {n:,} entities, {m:,} relations (`{os.path.basename(os.path.normpath(d))}`), PAIRS={pairs}", ""]
    head = "| operation | " + " | ".join(f"{lib} (s)" for lib in libs)
    head += "".join(f" | ours/{lib}" for lib in libs if lib != "ours")
    head += " | checksums |"
    out += [head, "|" + "---|" * (head.count("|") - 1)]
    for op in OPS:
        if op in OURS_ONLY:
            base = OURS_ONLY[op]
            row = f"| {op} | " + " | ".join(fmt_time(op, results[lib][op][0]) if lib == "ours" else "–" for lib in libs)
            row += "".join(" | –" for lib in libs if lib != "ours")
            note = f"; {ratio(results['ours'][op][0], results['ours'][base][0])}× ours' {base}" if base else ""
            out.append(row + f" | `{results['ours'][op][1]}` (ours only{note}) |")
            continue
        row = f"| {op} | " + " | ".join(fmt_time(op, results[lib][op][0]) for lib in libs)
        row += "".join(f" | {ratio(results['ours'][op][0], results[lib][op][0])}" for lib in libs if lib != "ours")
        if op == "peak_rss_mb":
            check = ""
        else:
            check = ", ".join(f"{lib} {'=' if same(op, results['ours'][op][1], results[lib][op][1]) else '≠ ' + results[lib][op][1]}" for lib in libs if lib != "ours")
            check = f"`{results['ours'][op][1]}` " + check
        out.append(row + f" | {check} |")
    out.append("")
    out.append("Ratios below 1 mean ours is faster (or smaller). peak_rss_mb is the peak resident set of the whole process, in MB. "
               "asof_finder and p2p_asof are ours only: making a finder that reads the graph as of a day (relations known to hold then), "
               "and the p2p_unweighted pairs on it.")
    return "\n".join(out)


def scaling(dirs, all_results):
    libs = list(all_results[0][1])
    sizes = [f"{counts(d)[0]:,}" for d in dirs]
    out = ["### Scaling: time (s) and peak memory (MB) by graph size", ""]
    head = "| operation | library | " + " | ".join(sizes) + " |"
    out += [head, "|" + "---|" * (head.count("|") - 1)]
    for op in OPS:
        for lib in libs:
            if op in OURS_ONLY and lib != "ours":
                continue
            out.append(f"| {op} | {lib} | " + " | ".join(fmt_time(op, r[lib][op][0]) for _, r in all_results) + " |")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*")
    ap.add_argument("--pairs", type=int, default=1000)
    ap.add_argument("--peers", default="networkx,igraph")
    ap.add_argument("--out")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--print-bench", action="store_true", help="print the peer kit's directory and exit")
    args = ap.parse_args()
    if args.print_bench:
        print(BENCH)
        sys.exit(0 if os.path.isdir(BENCH) else 1)
    if not args.dirs:
        fail("no DIR given")
    if not os.path.isdir(BENCH):
        fail(f"the peer benchmark kit is absent: expected {BENCH} (../shared/bench relative to the repository root).")
    if not args.no_build:
        subprocess.run(["dotnet", "build", PROJECT, "-c", "Release", "-v", "q", "-nologo"], check=True, stdout=subprocess.DEVNULL)
    peers = [p for p in args.peers.split(",") if p]
    all_results = []
    bad = 0
    pairs_of = {}
    for d in args.dirs:
        pairs = args.pairs
        head, _, tail = d.rpartition(":")
        if head and tail.isdigit():
            d, pairs = head, int(tail)
        d = os.path.abspath(d)
        pairs_of[d] = pairs
        results = {"ours": ours(d, pairs)[0]}
        for lib in peers:
            results[lib] = peer(lib, d, pairs)[0]
        all_results.append((d, results))
        for lib in peers:
            for op in OPS:
                if op in OURS_ONLY:
                    continue
                if op == "pagerank" and lib == "igraph":
                    continue  # peer_bench's igraph PageRank is unweighted (networkx's is weighted); its top node may differ
                if not same(op, results["ours"][op][1], results[lib][op][1]):
                    bad += 1
                    print(f"checksum differs: {d} {op}: ours {results['ours'][op][1]}, {lib} {results[lib][op][1]}", file=sys.stderr)
    if args.check:
        print("checksums: " + ("all match" if bad == 0 else f"{bad} differ"))
        sys.exit(1 if bad else 0)
    text = [machine(), ""]
    for d, results in all_results:
        text += [table(d, results, pairs_of[d]), ""]
    if len(all_results) > 1:
        text += [scaling([d for d, _ in all_results], all_results), ""]
    report = "\n".join(text)
    if args.out:
        with open(args.out, "w") as f:
            f.write(report)
    print(report)


if __name__ == "__main__":
    main()
