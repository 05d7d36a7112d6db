#!/usr/bin/env bash
# kg export --format dot renders with the real GraphViz: exit 0 and a non-empty SVG.
set -euo pipefail
out=$(mktemp -d)
dotnet run --project src/KnowledgeGraph.Cli -c Release --no-build -- export --format dot -o "$out/union-state.dot"
dot -Tsvg "$out/union-state.dot" -o "$out/union-state.svg"
test -s "$out/union-state.svg" && grep -q "<svg" "$out/union-state.svg"
echo "dot-render: $(wc -c < "$out/union-state.svg") bytes of SVG" >&2
# A broken file must fail validation with exit 2 and positions.
printf '{\n  "format": "knowledge-graph/1",\n  "entities": [{"id": "a", "kind": "Dragon", "name": "A"}]\n}\n' > "$out/broken.json"
set +e
dotnet run --project src/KnowledgeGraph.Cli -c Release --no-build -- validate "$out/broken.json" 2> "$out/err.txt"
code=$?
set -e
test "$code" -eq 2
grep -q "broken.json:3:" "$out/err.txt"
rm -rf "$out"
