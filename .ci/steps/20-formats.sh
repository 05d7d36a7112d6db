#!/usr/bin/env bash
# Every export format from the embedded graph with the Release kg, each checked by the tool that reads it:
# rapper (Turtle, N-Triples), GraphViz (SVG, PNG), networkx and igraph (GraphML), rdflib (JSON-LD), an XML parser (GEXF),
# python's csv module (Neo4j); then an import of the FollowTheMoney and Wikidata fixtures, validated by kg validate.
set -euo pipefail
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The Release build's kg.dll, run directly (dotnet run costs seconds per call).
dll=$(ls src/KnowledgeGraph.Cli/bin/Release/net*/kg.dll | head -n 1)
kg() { dotnet "$dll" "$@"; }

for f in dot svg png graphml gexf ttl nt jsonld cypher mermaid jgf json; do
  kg export --format "$f" -o "$out/g.$f"
  test -s "$out/g.$f"
done
kg export --format neo4j -o "$out/neo4j" 2>/dev/null
kg export --format svg --cluster country --highlight-path russia integral --as-of 2023 --engine neato -o "$out/h.svg"

rapper -q -i turtle -c "$out/g.ttl"
rapper -q -i ntriples -c "$out/g.nt"
grep -q "<svg" "$out/g.svg" && grep -q "<svg" "$out/h.svg"
head -c 4 "$out/g.png" | grep -q "PNG"
/usr/bin/python3 - "$out" <<'PY'
import csv, json, sys, xml.etree.ElementTree as ET
import networkx as nx, igraph, rdflib
out = sys.argv[1]
expected = json.load(open(f"{out}/g.json", encoding="utf-8"))
n, m = len(expected["entities"]), len(expected["relations"])
G = nx.read_graphml(f"{out}/g.graphml")
assert (G.number_of_nodes(), G.number_of_edges()) == (n, m), ("networkx", G.number_of_nodes(), G.number_of_edges(), n, m)
I = igraph.Graph.Read_GraphML(f"{out}/g.graphml")
assert (I.vcount(), I.ecount()) == (n, m), ("igraph", I.vcount(), I.ecount())
t = rdflib.Graph().parse(f"{out}/g.ttl", format="turtle")
j = rdflib.Graph().parse(f"{out}/g.jsonld", format="json-ld")
assert set(t) == set(j), "Turtle and JSON-LD differ"
ns = {"g": "http://gexf.net/1.3"}
gexf = ET.parse(f"{out}/g.gexf").getroot()
assert len(gexf.findall(".//g:node", ns)) == n and len(gexf.findall(".//g:edge", ns)) == m
assert gexf.findall(".//g:spell", ns), "no spells in the GEXF"
nodes = list(csv.reader(open(f"{out}/neo4j/entities.csv", newline="", encoding="utf-8")))
rels = list(csv.reader(open(f"{out}/neo4j/relations.csv", newline="", encoding="utf-8")))
assert len(nodes) == n + 1 and len(rels) == m + 1 and nodes[0][0] == "id:ID" and rels[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
print(f"formats: {n} entities, {m} relations; {len(t)} triples", file=sys.stderr)
PY

fx=tests/KnowledgeGraph.Tests/Fixtures
kg import --format ftm "$fx/FollowTheMoney/sample.ftm.jsonl" -o "$out/ftm.json" 2> "$out/ftm.txt"
grep -q "6 entities, 7 relations" "$out/ftm.txt"
kg validate "$out/ftm.json"
kg import --format wikidata "$fx/Wikidata/entities.json" -o "$out/wd.json" 2> /dev/null
kg validate "$out/wd.json"
set +e
kg import --format ftm "$fx/FollowTheMoney/broken.ftm.jsonl" -o "$out/broken.json" 2> "$out/err.txt"
code=$?
set -e
test "$code" -eq 2
grep -q "broken.ftm.jsonl:2:" "$out/err.txt"
echo "formats: every export checked, imports validated" >&2
