#!/usr/bin/env bash
# Cold wall time of `kubesec scan` over a corpus against a parse-only program (YamlDotNet reading
# every event of the same files), each in a fresh process, alternating, N runs; prints medians and the ratio.
# The tool is measured as it ships (published: precompiled libraries on linux-x64, its GC settings); the
# parse-only program runs once with the default GC and once with the tool's GC settings, for comparison.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$root/../shared/corpus/k8s}"
runs="${2:-7}"
cd "$root"
dotnet publish src/KubeSec.Tool/KubeSec.Tool.csproj -c Release -f net10.0 -o artifacts/measure-scan/tool -nologo -v:q >/dev/null
dotnet build tests/KubeSec.Benchmarks/KubeSec.Benchmarks.csproj -c Release -nologo -v:q >/dev/null
tool="artifacts/measure-scan/tool/kubesec.dll"
tool_gc=(env DOTNET_gcServer=1 DOTNET_gcConcurrent=0 DOTNET_GCdynamicAdaptationMode=0 DOTNET_GCHeapCount=2 DOTNET_GCNoAffinitize=1)
bench="tests/KubeSec.Benchmarks/bin/Release/net10.0/KubeSec.Benchmarks.dll"

wall() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

scan=(); parse=(); parse_gc=()
for _ in $(seq "$runs"); do
  parse+=("$(wall dotnet "$bench" cold-parse "$corpus")")
  scan+=("$(wall dotnet "$tool" scan "$corpus" --all-rules --mode observe)")
  parse_gc+=("$(wall "${tool_gc[@]}" dotnet "$bench" cold-parse "$corpus")")
done
p=$(printf '%s\n' "${parse[@]}" | median)
g=$(printf '%s\n' "${parse_gc[@]}" | median)
s=$(printf '%s\n' "${scan[@]}" | median)
echo "parse-only (YamlDotNet events, fresh process):   median ${p} ms   runs: ${parse[*]}"
echo "parse-only with the tool's GC settings:          median ${g} ms   runs: ${parse_gc[*]}"
echo "kubesec scan --all-rules (published, fresh):     median ${s} ms   runs: ${scan[*]}"
awk -v s="$s" -v p="$p" -v g="$g" 'BEGIN { printf "ratio scan/parse-only: %.2f (against parse-only with the same GC settings: %.2f)\n", s / p, s / g }'
