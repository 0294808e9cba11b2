#!/usr/bin/env bash
# Cold wall time of `kubesec scan` over a corpus against a parse-only program (YamlDotNet reading
# every event of the same files), each in a fresh process, alternating, N runs; prints medians and the ratio.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$root/../shared/corpus/k8s}"
runs="${2:-7}"
cd "$root"
dotnet build src/KubeSec.Tool/KubeSec.Tool.csproj -c Release -nologo -v:q >/dev/null
dotnet build tests/KubeSec.Benchmarks/KubeSec.Benchmarks.csproj -c Release -nologo -v:q >/dev/null
tool="src/KubeSec.Tool/bin/Release/net10.0/kubesec.dll"
bench="tests/KubeSec.Benchmarks/bin/Release/net10.0/KubeSec.Benchmarks.dll"

wall() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

scan=(); parse=()
for _ in $(seq "$runs"); do
  parse+=("$(wall dotnet "$bench" cold-parse "$corpus")")
  scan+=("$(wall dotnet "$tool" scan "$corpus" --all-rules --mode observe)")
done
p=$(printf '%s\n' "${parse[@]}" | median)
s=$(printf '%s\n' "${scan[@]}" | median)
echo "parse-only (YamlDotNet events, fresh process): median ${p} ms   runs: ${parse[*]}"
echo "kubesec scan --all-rules (fresh process):      median ${s} ms   runs: ${scan[*]}"
awk -v s="$s" -v p="$p" 'BEGIN { printf "ratio scan/parse-only: %.2f\n", s / p }'
