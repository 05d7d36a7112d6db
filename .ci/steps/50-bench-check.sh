#!/usr/bin/env bash
# The benchmark program must give the peers' answers: generate a small graph with the shared kit, run ours (Release,
# already built by .ci/run) and networkx on it once, and fail if any checksum differs (floats to 1e-3).
# Nothing here is timed. Skips, with a message, when ../shared/bench is absent (it is present under CI).
set -euo pipefail
cd "$(dirname "$0")/../.."
# ../shared/bench relative to the repository root (or to the main checkout when this is a git worktree).
if ! bench="$(/usr/bin/python3 tests/KnowledgeGraph.Benchmarks/run-peers.py --print-bench)" || [ ! -f "$bench/gen_graph.py" ]; then
  echo "50-bench-check: ../shared/bench is absent; skipping the peer checksum check." >&2
  exit 0
fi
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
/usr/bin/python3 "$bench/gen_graph.py" 2000 3 "$dir" >/dev/null
[ -f tests/KnowledgeGraph.Benchmarks/bin/Release/net10.0/KnowledgeGraph.Benchmarks.dll ] || dotnet build tests/KnowledgeGraph.Benchmarks -c Release -v q -nologo >/dev/null
/usr/bin/python3 tests/KnowledgeGraph.Benchmarks/run-peers.py --check --no-build --pairs 200 --peers networkx "$dir"
