#!/usr/bin/env bash
# Runs the fuzz harness longer and deeper than the fixed run in `dotnet test`:
#   bash build/fuzz.sh [iterations=100000] [seed=1] [max-nesting=100000] [max-repeat=100000]
# Failing inputs land in artifacts/fuzz/ (fail-SEED-ITERATION.bin and .txt). An input that kills the
# process (a stack overflow, which .NET cannot catch) is kept as crash-SEED-ITERATION.bin.
set -u
cd "$(dirname "$0")/.."
iterations="${1:-100000}"
seed="${2:-1}"
nesting="${3:-100000}"
repeat="${4:-100000}"
out="artifacts/fuzz"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
# A hard heap limit turns a memory blow-up into an OutOfMemoryException the harness reports, not a swapping machine.
export DOTNET_GCHeapHardLimit="${DOTNET_GCHeapHardLimit:-0xC0000000}"
dotnet build -c Release tests/KubeSec.Fuzz -nologo -v:q || exit 2
dotnet tests/KubeSec.Fuzz/bin/Release/net10.0/KubeSec.Fuzz.dll "$iterations" "$seed" "$out" "$nesting" "$repeat"
status=$?
if [ -f "$out/current.bin" ]; then
  # The process died inside an input: keep it under a name that says so.
  where=$(sed -n 's/^seed \([0-9]*\) iteration \([0-9]*\).*/\1-\2/p' "$out/current.bin.txt")
  mv "$out/current.bin" "$out/crash-$where.bin"
  mv "$out/current.bin.txt" "$out/crash-$where.txt"
  echo "fuzz: the process died (exit $status) on the input now in $out/crash-$where.bin"
  exit 1
fi
exit "$status"
