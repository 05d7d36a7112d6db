#!/usr/bin/env bash
# The analytics commands run on the embedded union-state graph and give the answers the README shows.
set -euo pipefail
kg() { dotnet run --project src/KnowledgeGraph.Cli -c Release --no-build -- "$@"; }
expect() { local pattern=$1; shift; local out; out=$(kg "$@"); grep -qF -- "$pattern" <<<"$out" || { echo "analytics: 'kg $*' did not print '$pattern'" >&2; exit 1; }; }
expect "Belarus (belarus)" rank --by betweenness --top 3
expect "relation integral-supplies-russia" critical russia integral
expect "linked, 1 step" exposure integral --as-of 2023-05-04
expect "Dependency paths lost (russia): 1" whatif --remove integral --between russia
expect "modularity" communities --method louvain
echo "analytics: rank, critical, exposure, whatif and communities answer as documented" >&2
