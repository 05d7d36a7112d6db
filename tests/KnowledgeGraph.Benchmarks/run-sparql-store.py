#!/usr/bin/env python3
"""Moves a gen_graph.py graph into a SPARQL store on disk (Debian's Virtuoso 7) the way the README tells a user to,
and checks the store's answers against the library's: a dependency closure from a few entities and every relation's
status as of a few dates (the three-valued rule, which the N-Triples export carries as kg:earliestDay, kg:latestDay and
kg:witness). Prints a markdown report of the steps (time, peak memory) and the answers side by side.

Usage: run-sparql-store.py DIR [--roots n17,n4521] [--dates 1995,2010,2023-06] [--out FILE] [--keep]
Needs: virtuoso-t and isql-vt (apt-get install -y virtuoso-opensource-7-bin), the .NET SDK, /usr/bin/time.
"""
import argparse, csv, datetime, hashlib, io, os, platform, re, shutil, socket, subprocess, sys, tempfile, time
import urllib.error, urllib.parse, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
KG_PREFIX = "https://knowledgegraph.example/"
GRAPH_IRI = "urn:kg:bench"

AS_OF = """PREFIX kg: <https://knowledgegraph.example/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT ?status (COUNT(*) AS ?n) FROM <%(g)s> WHERE {
  ?r a kg:Relation .
  OPTIONAL { ?r kg:earliestDay ?lo } OPTIONAL { ?r kg:latestDay ?hi }
  BIND(IF((BOUND(?lo) && ?lo > "%(b)s"^^xsd:date) || (BOUND(?hi) && ?hi < "%(a)s"^^xsd:date), "does not hold",
       IF(EXISTS { ?r kg:witness ?w . OPTIONAL { ?w kg:witnessStart ?s } OPTIONAL { ?w kg:witnessEnd ?e }
                   FILTER((!BOUND(?s) || ?s <= "%(b)s"^^xsd:date) && (!BOUND(?e) || ?e >= "%(a)s"^^xsd:date)) },
          "holds", "may hold")) AS ?status)
} GROUP BY ?status"""

# The standard form, SELECT DISTINCT ?x { <root> (kg:DEPENDS_ON|^kg:SUPPLIES)+ ?x }, is what the README shows and what
# Oxigraph answers in CI; Virtuoso 7 walks every path of it before DISTINCT and runs out of its transitive memory at
# 100,000 entities, so here the same closure is asked in Virtuoso's own transitive form, distinct as it walks.
CLOSURE = """PREFIX kg: <https://knowledgegraph.example/ontology#>
SELECT DISTINCT ?x FROM <%(g)s> WHERE {
  { SELECT ?s ?x WHERE { { ?s kg:DEPENDS_ON ?x } UNION { ?x kg:SUPPLIES ?s } } }
  OPTION (TRANSITIVE, t_distinct, t_in(?s), t_out(?x), t_min(1))
  FILTER (?s = <https://knowledgegraph.example/entity/%(root)s>)
}"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(cmd, **kw):
    """Runs cmd under /usr/bin/time; returns (seconds, peak MB, stdout)."""
    t0 = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, capture_output=True, text=True, **kw)
    secs = time.monotonic() - t0
    if p.returncode != 0:
        sys.stderr.write(p.stderr)
        raise SystemExit(f"failed ({p.returncode}): {' '.join(cmd)}")
    peak_kb = int(p.stderr.strip().splitlines()[-1])
    return secs, peak_kb / 1024.0, p.stdout, p.stderr


def virtuoso_version():
    p = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "virtuoso-opensource-7-bin"], capture_output=True, text=True)
    return p.stdout.strip() or "(version unknown)"


def date_window(d):
    """The first and last day of a YYYY, YYYY-MM or YYYY-MM-DD date."""
    parts = [int(x) for x in d.split("-")]
    if len(parts) == 1:
        return f"{parts[0]:04d}-01-01", f"{parts[0]:04d}-12-31"
    if len(parts) == 2:
        y, m = parts
        nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
        return f"{y:04d}-{m:02d}-01", (nxt - datetime.timedelta(days=1)).isoformat()
    return d, d


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--roots", default="")
    ap.add_argument("--dates", default="1995,2010,2023-06")
    ap.add_argument("--out")
    ap.add_argument("--keep", action="store_true", help="keep the work folder (graph, N-Triples, database)")
    args = ap.parse_args()
    for tool in ("virtuoso-t", "isql-vt"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is missing: apt-get install -y virtuoso-opensource-7-bin")
    roots = [r for r in args.roots.split(",") if r]
    if not roots:
        with open(os.path.join(args.dir, "pairs.csv")) as f:
            rows = list(csv.reader(f))[1:]
        roots = [rows[i][0] for i in range(min(3, len(rows)))]
    dates = [d for d in args.dates.split(",") if d]

    subprocess.run(["dotnet", "build", os.path.join(REPO, "KnowledgeGraph.sln"), "-c", "Release", "-v", "q", "-nologo"], check=True, stdout=subprocess.DEVNULL)
    kg = os.path.join(REPO, "src/KnowledgeGraph.Cli/bin/Release/net10.0/kg")
    bench = os.path.join(REPO, "tests/KnowledgeGraph.Benchmarks/bin/Release/net10.0/KnowledgeGraph.Benchmarks")
    work = tempfile.mkdtemp(prefix="kg-sparql-store-", dir=os.environ.get("TMPDIR", "/tmp"))
    data = os.path.join(work, "data")
    db = os.path.join(work, "db")
    os.makedirs(data)
    os.makedirs(db)
    steps = []
    server = None
    try:
        graph = os.path.join(work, "graph.json")
        s, m, _, _ = timed([kg, "import", "--open-vocabulary", "--format", "csv", os.path.join(args.dir, "nodes.csv"), os.path.join(args.dir, "edges.csv"), "-o", graph])
        steps.append(("kg import csv → JSON", s, m, f"{os.path.getsize(graph) / 2**20:,.0f} MB"))
        nt = os.path.join(data, "graph.nt")
        s, m, _, _ = timed([kg, "export", "-g", graph, "--format", "nt", "-o", nt])
        with open(nt, "rb") as f:
            lines = sum(1 for _ in f)
        steps.append(("kg export --format nt (streamed)", s, m, f"{os.path.getsize(nt) / 2**20:,.0f} MB, {lines:,} triples"))

        sql_port, http_port = free_port(), free_port()
        ini = os.path.join(work, "virtuoso.ini")
        with open(ini, "w") as f:
            f.write(f"""[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
FileExtend = 200
Striping = 0
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = {sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 340000
MaxDirtyBuffers = 250000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 0
DirsAllowed = ., {data}
[HTTPServer]
ServerPort = {http_port}
ServerRoot = {work}
MaxClientConnections = 2
[SPARQL]
ResultSetMaxRows = 100000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 0
""")
        server = subprocess.Popen(["virtuoso-t", "-c", ini, "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=work)
        deadline = time.monotonic() + 120
        while True:
            try:
                socket.create_connection(("127.0.0.1", http_port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit(f"Virtuoso did not start (log: {db}/virtuoso.log)")
                time.sleep(0.5)

        load_sql = os.path.join(work, "load.sql")
        with open(load_sql, "w") as f:
            f.write(f"ld_dir('{data}', 'graph.nt', '{GRAPH_IRI}');\nrdf_loader_run();\ncheckpoint;\n"
                    "SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;\n")
        t0 = time.monotonic()
        p = subprocess.run(["isql-vt", str(sql_port), "dba", "dba", load_sql], capture_output=True, text=True)
        load_secs = time.monotonic() - t0
        if p.returncode != 0 or re.search(r"\*\*\* Error", p.stdout + p.stderr):
            raise SystemExit("the bulk load failed:\n" + p.stdout + p.stderr)

        def sparql(q):
            body = urllib.parse.urlencode({"query": q}).encode()
            req = urllib.request.Request(f"http://127.0.0.1:{http_port}/sparql", data=body, headers={"Accept": "text/csv"})
            t0 = time.monotonic()
            try:
                with urllib.request.urlopen(req, timeout=3600) as r:
                    text = r.read().decode("utf-8")
            except urllib.error.HTTPError as e:
                raise SystemExit(f"the store refused a query ({e.code}): {e.read().decode('utf-8', 'replace').strip()}\n{q}")
            rows = list(csv.reader(io.StringIO(text)))
            return time.monotonic() - t0, rows[1:]

        _, rows = sparql(f"SELECT (COUNT(*) AS ?n) FROM <{GRAPH_IRI}> WHERE {{ ?s ?p ?o }}")
        stored = int(rows[0][0])
        steps.append(("Virtuoso bulk load (ld_dir, rdf_loader_run, checkpoint)", load_secs, None, f"{stored:,} triples stored"))

        store_lines, store_times = [], {}
        prefix = KG_PREFIX + "entity/"
        for root in roots:
            secs, rows = sparql(CLOSURE % {"g": GRAPH_IRI, "root": root})
            ids = sorted((r[0][len(prefix):] for r in rows if r[0].startswith(prefix) and r[0][len(prefix):] != root), key=lambda x: x.encode())
            digest = hashlib.sha256("".join(i + "\n" for i in ids).encode()).hexdigest()
            store_lines.append(f"closure\t{root}\t{len(ids)}\t{digest}")
            store_times[("closure", root)] = secs
        for d in dates:
            a, b = date_window(d)
            secs, rows = sparql(AS_OF % {"g": GRAPH_IRI, "a": a, "b": b})
            counts = {r[0]: int(r[1]) for r in rows}
            store_lines.append(f"asof\t{d}\t{counts.get('holds', 0)}\t{counts.get('may hold', 0)}\t{counts.get('does not hold', 0)}")
            store_times[("asof", d)] = secs

        s, m, out, err = timed([bench, "store", graph, "--roots", ",".join(roots), "--dates", ",".join(dates)])
        lib_lines = [l for l in out.splitlines() if l]
        lib_times = {}
        for l in err.splitlines():
            mt = re.match(r"library (closure|asof) (\S+)\t([\d.]+) s", l)
            if mt:
                lib_times[(mt.group(1), mt.group(2))] = float(mt.group(3))
        steps.append(("library: load JSON and answer", s, m, ""))
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=60)
            except subprocess.TimeoutExpired:
                server.kill()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept {work}", file=sys.stderr)

    out = io.StringIO()
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    out.write(f"# A graph in a SPARQL store on disk: {args.dir}\n\n")
    out.write(f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores ({cpu}), "
              f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GB; Virtuoso {virtuoso_version()}; "
              f"`tests/KnowledgeGraph.Benchmarks/run-sparql-store.sh {' '.join(sys.argv[1:])}`\n\n")
    out.write("| step | seconds | peak MB | size |\n| --- | ---: | ---: | --- |\n")
    for name, secs, mb, size in steps:
        out.write(f"| {name} | {secs:.1f} | {'' if mb is None else f'{mb:,.0f}'} | {size} |\n")
    out.write("\n| question | store's answer | library's answer | equal | store s | library s |\n| --- | --- | --- | --- | ---: | ---: |\n")
    ok = len(store_lines) == len(lib_lines)
    for sl, ll in zip(store_lines, lib_lines):
        kind, key = sl.split("\t")[:2]
        same = sl == ll
        ok &= same
        show = lambda l: " ".join(x[:12] for x in l.split("\t")[2:])
        out.write(f"| {kind} {key} | {show(sl)} | {show(ll)} | {'yes' if same else '**no**'} | "
                  f"{store_times.get((kind, key), 0):.2f} | {lib_times.get((kind, key), 0):.2f} |\n")
    out.write("\nClosure: count and the SHA-256 of the sorted ids (first 12 hex digits); as of: holds, may hold, does not hold.\n")
    text = out.getvalue()
    sys.stdout.write(text)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
