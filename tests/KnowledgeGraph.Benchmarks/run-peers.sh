#!/usr/bin/env bash
# Runs ours, networkx and igraph on the same gen_graph.py directories and prints a markdown table (see run-peers.py).
# Usage: tests/KnowledgeGraph.Benchmarks/run-peers.sh DIR... [--pairs N] [--peers networkx,igraph] [--out FILE]
set -euo pipefail
exec /usr/bin/python3 "$(dirname "$0")/run-peers.py" "$@"
