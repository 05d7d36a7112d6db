#!/usr/bin/env bash
# Executes the sample notebook headless with the real .NET Interactive kernel, referencing the package as a user
# would (#r "nuget: KnowledgeGraph, X.Y.Z" from the local feed artifacts/feed), and checks its outputs: no cell
# failed, and the HTML displays and SVG pictures of the notebook extension are there.
# Packs the library first when 30-packages.sh has not (so it also runs alone).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
start=$(date +%s)

version=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)
notebook=src/KnowledgeGraph.Notebooks/union-state.ipynb
grep -q "#r \\\\\"nuget: KnowledgeGraph, $version\\\\\"" "$notebook" || {
  echo "notebook: $notebook does not reference KnowledgeGraph $version (VersionPrefix in Directory.Build.props)" >&2; exit 1; }

feed=$PWD/artifacts/feed
if [ ! -f "$feed/KnowledgeGraph.$version.nupkg" ]; then
  dotnet pack src/KnowledgeGraph -c Release -o "$feed" >&2
fi
# The notebook's tables cell also references KnowledgeGraph.DataFrames (and so Microsoft.Data.Analysis from nuget.org).
if [ ! -f "$feed/KnowledgeGraph.DataFrames.$version.nupkg" ]; then
  dotnet pack src/KnowledgeGraph.DataFrames -c Release -o "$feed" >&2
fi

# The kernel: the dotnet-interactive tool at a pinned version, in a folder of our own (no PATH, no global install).
tools=$PWD/artifacts/tools/dotnet-interactive
if [ ! -x "$tools/dotnet-interactive" ]; then
  dotnet tool install Microsoft.dotnet-interactive --version 1.0.712001 --tool-path "$tools" >&2
fi
export JUPYTER_PATH=$PWD/artifacts/jupyter
mkdir -p "$JUPYTER_PATH/kernels/.net-csharp"
cat > "$JUPYTER_PATH/kernels/.net-csharp/kernel.json" <<JSON
{"argv": ["$tools/dotnet-interactive", "jupyter", "--default-kernel", "csharp", "{connection_file}", "--http-local-only"],
 "display_name": ".NET (C#)", "language": "C#"}
JSON

# The same id and version may have been packed before: drop the stale copies so the kernel restores this build.
rm -rf "$HOME/.nuget/packages/knowledgegraph" "$HOME/.nuget/packages/knowledgegraph.cli" "$HOME/.nuget/packages/knowledgegraph.dataframes"
# The kernel's own restore cache (~/.packagemanagement/nuget/Cache, files named by hash) remembers resolved paths.
if [ -d "$HOME/.packagemanagement/nuget/Cache" ]; then
  grep -lis 'knowledgegraph' "$HOME/.packagemanagement/nuget/Cache/"* 2>/dev/null | xargs -r rm -f || true
fi

out=$PWD/artifacts/notebooks
mkdir -p "$out"
jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
  --ExecutePreprocessor.kernel_name=.net-csharp --output-dir "$out" "$notebook" >&2
/usr/bin/python3 .ci/notebook/check_notebook.py "$out/union-state.ipynb"
echo "notebook: executed and checked in $(( $(date +%s) - start )) s" >&2
