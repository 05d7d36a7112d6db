#!/usr/bin/env bash
# Moves a gen_graph.py graph into Virtuoso (a SPARQL store on disk) as the README tells a user to, and compares the
# store's answers (a dependency closure, the status of every relation as of some dates) with the library's.
# Usage: tests/KnowledgeGraph.Benchmarks/run-sparql-store.sh DIR [--roots n17,n4521] [--dates 1995,2010] [--out FILE] [--keep]
set -euo pipefail
exec /usr/bin/python3 "$(dirname "$0")/run-sparql-store.py" "$@"
