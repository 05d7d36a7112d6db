#!/usr/bin/env bash
# The packages as a user gets them: packs KnowledgeGraph (library) and KnowledgeGraph.Cli (dotnet tool kg) into
# artifacts/feed, checks their contents and metadata, then, from a package cache cleared of our own packages,
# builds and runs the consumer project (tests/consumer, outside the solution) on net8.0 and net10.0 against the
# feed by exact version, and installs the tool from the feed and runs `kg depends russia integral`.
# Only the .NET 10 runtime may be installed: the net8.0 build runs on it with DOTNET_ROLL_FORWARD=Major.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
start=$(date +%s)
fail() { echo "packages: $*" >&2; exit 1; }

version=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)
[ -n "$version" ] || fail "no VersionPrefix in Directory.Build.props"
feed=$PWD/artifacts/feed
rm -rf "$feed"
mkdir -p artifacts
dotnet pack KnowledgeGraph.sln -c Release -o "$feed" 2>&1 | tee "$PWD/artifacts/pack.log" >&2 || fail "dotnet pack failed"
if grep -E ': warning ' artifacts/pack.log >&2; then fail "dotnet pack warned"; fi
echo "packages: packed in $(( $(date +%s) - start )) s" >&2

# --- Contents and metadata ---------------------------------------------------------------------------------------
lib=$feed/KnowledgeGraph.$version.nupkg
tool=$feed/KnowledgeGraph.Cli.$version.nupkg
for f in "$lib" "$tool" "$feed/KnowledgeGraph.$version.snupkg" "$feed/KnowledgeGraph.Cli.$version.snupkg" "$feed/KnowledgeGraph.DataFrames.$version.nupkg"; do
  [ -s "$f" ] || fail "missing $f"
done
has() { unzip -l "$1" | awk '{print $4}' | grep >/dev/null -x "$2" || fail "$(basename "$1") lacks $2"; }
for f in README.md lib/netstandard2.0/KnowledgeGraph.dll lib/netstandard2.0/KnowledgeGraph.xml lib/net8.0/KnowledgeGraph.dll \
         lib/net8.0/KnowledgeGraph.xml interactive-extensions/dotnet/extension.dib; do has "$lib" "$f"; done
for f in README.md tools/net10.0/any/kg.dll tools/net10.0/any/KnowledgeGraph.dll tools/net10.0/any/DotnetToolSettings.xml; do has "$tool" "$f"; done
unzip -l "$feed/KnowledgeGraph.$version.snupkg" | grep >/dev/null 'lib/net8.0/KnowledgeGraph.pdb' || fail "the symbols package lacks the net8.0 pdb"
nuspec() { unzip -p "$1" "$2.nuspec"; }
for id in KnowledgeGraph KnowledgeGraph.Cli; do
  spec=$(nuspec "$feed/$id.$version.nupkg" "$id")
  for pattern in "<id>$id</id>" "<version>$version</version>" '<license type="expression">MIT</license>' '<readme>README.md</readme>' \
                 '<description>.\{40,\}</description>' '<tags>.*knowledge-graph.*</tags>' '<authors>.\+</authors>' '<projectUrl>https://' \
                 '<repository type="git" url="https://[^"]*" [^>]*commit="[0-9a-f]\{40\}"'; do
    echo "$spec" | grep >/dev/null "$pattern" || fail "$id.nuspec lacks $pattern"
  done
done
nuspec "$tool" KnowledgeGraph.Cli | grep >/dev/null '<packageType name="DotnetTool"' || fail "KnowledgeGraph.Cli is not a dotnet tool package"
unzip -p "$tool" tools/net10.0/any/DotnetToolSettings.xml | grep >/dev/null '<Command Name="kg"' || fail "the tool's command is not kg"
unzip -p "$lib" interactive-extensions/dotnet/extension.dib | grep >/dev/null 'Formatter.Register<KnowledgeGraph.Entity>' || fail "extension.dib registers no formatter"
# SourceLink: the pdb maps the sources to the repository URL at the packed commit.
unzip -p "$feed/KnowledgeGraph.$version.snupkg" lib/net8.0/KnowledgeGraph.pdb | LC_ALL=C grep -a >/dev/null '"documents":{[^}]*https://raw.githubusercontent.com/' \
  || fail "the pdb has no SourceLink map"
echo "packages: contents and metadata of KnowledgeGraph and KnowledgeGraph.Cli $version are complete" >&2

# --- From a clean cache: only our own packages are removed, so the dependencies need no download -------------------
rm -rf "$HOME/.nuget/packages/knowledgegraph" "$HOME/.nuget/packages/knowledgegraph.cli" "$HOME/.nuget/packages/knowledgegraph.dataframes"

# The consumer on both target frameworks.
consumer=tests/consumer
rm -rf "$consumer/bin" "$consumer/obj"
dotnet build "$consumer" -c Release -p:KnowledgeGraphVersion="$version" >&2 || fail "the consumer does not build against the package"
grep -q "\"KnowledgeGraph/$version\"" "$consumer/obj/project.assets.json" || fail "the consumer did not restore KnowledgeGraph $version"
grep -q "\"source\": \"$feed/\?\"" "$HOME/.nuget/packages/knowledgegraph/$version/.nupkg.metadata" || fail "KnowledgeGraph $version was not restored from $feed"
dotnet "$consumer/bin/Release/net10.0/KnowledgeGraph.Consumer.dll" graphs/union-state.json || fail "the consumer failed on net10.0"
# No .NET 8 runtime here: run the net8.0 build on the newest runtime installed.
DOTNET_ROLL_FORWARD=Major dotnet "$consumer/bin/Release/net8.0/KnowledgeGraph.Consumer.dll" graphs/union-state.json || fail "the consumer failed on net8.0"

# The tool, installed from the feed into a folder of its own.
tooldir=$PWD/artifacts/kg-tool
rm -rf "$tooldir"
dotnet tool install KnowledgeGraph.Cli --version "$version" --tool-path "$tooldir" --add-source "$feed" >&2 || fail "the tool does not install from $feed"
out=$("$tooldir/kg" depends russia integral) || fail "kg depends russia integral failed"
echo "$out"
echo "$out" | grep >/dev/null "Russia depends on Integral through 1 path" || fail "kg depends gave an unexpected answer"
"$tooldir/kg" --help >/dev/null || fail "kg --help failed"
echo "packages: pack, consumer (net8.0, net10.0) and tool checked in $(( $(date +%s) - start )) s" >&2
