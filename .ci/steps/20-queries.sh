#!/usr/bin/env bash
# CI: the query commands of kg answer on the embedded graph, with the documented exit codes.
set -euo pipefail
kg() { dotnet run --project src/KnowledgeGraph.Cli -c Release --no-build -- "$@"; }
out=$(kg search 'Лукашенко' --limit 1)
grep -q 'Alyaksandr Lukashenka (lukashenka)' <<<"$out" || { echo "kg search did not find lukashenka: $out" >&2; exit 1; }
kg path belarus oil-gas-contracts-2022 --via 'PARTY_TO>' --as-of 2023 >/dev/null
set +e
kg path belarus oil-gas-contracts-2022 --via 'PARTY_TO>' --as-of 2021 >/dev/null 2>&1; code=$?
set -e
[ "$code" -eq 1 ] || { echo "kg path --as-of 2021 should exit 1 (no path), got $code" >&2; exit 1; }
check() { grep -q -- "$2" <<<"$1" || { echo "expected '$2' in: $1" >&2; exit 1; }; }
check "$(kg dependents integral)" 'Russia (russia), direct'
check "$(kg timeline belarus)" '1999        started'
check "$(kg diff 2021 2023)" 'oil-gas-contracts-2022'
echo "queries: ok" >&2
