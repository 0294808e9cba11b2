#!/usr/bin/env bash
# Sets everything up on a fresh machine and runs the main job on the bundled sample:
# packs KubeSec.Build and KubeSec.Tool into nupkg/, builds samples/SampleService with the package
# (findings appear as build warnings, SARIF in obj/), then scans the same folder with the tool.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

command -v dotnet >/dev/null || { echo "run-sample: the .NET SDK (dotnet) is required" >&2; exit 2; }

echo "== Packing KubeSec.Build and KubeSec.Tool into nupkg/"
dotnet pack src/KubeSec.Build/KubeSec.Build.csproj -c Release -o nupkg -nologo -v:q
dotnet pack src/KubeSec.Tool/KubeSec.Tool.csproj -c Release -o nupkg -nologo -v:q

echo "== dotnet build samples/SampleService (the package lints its manifests and Dockerfile)"
rm -rf samples/.packages/kubesec.build samples/SampleService/obj samples/SampleService/bin
dotnet build samples/SampleService/SampleService.csproj -nologo -clp:NoSummary
sarif="samples/SampleService/obj/Debug/kubesec.sarif"
test -s "$sarif" || { echo "run-sample: no SARIF at $sarif" >&2; exit 1; }
echo "SARIF 2.1.0 written to $sarif"

echo "== kubesec scan samples/SampleService (the same engine as a dotnet tool; exit code 1 = findings fail the gate)"
tools="$root/.tools/kubesec"
rm -rf "$tools"
dotnet tool install KubeSec.Tool --version 0.1.0 --tool-path "$tools" --add-source "$root/nupkg" >/dev/null
set +e
"$tools/kubesec" scan samples/SampleService
status=$?
set -e
[ "$status" -le 1 ] || { echo "run-sample: kubesec failed with exit code $status" >&2; exit "$status"; }
echo "run-sample: done (kubesec exit code $status)"
