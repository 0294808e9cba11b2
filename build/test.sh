#!/usr/bin/env bash
# Runs every test of the solution (unit, in-process tool, and end-to-end tests that pack the
# packages and build throwaway consumer projects), then prints one line: "N passed, N failed".
# Needs only the .NET SDK and npm (the SARIF validation test installs the SARIF multitool into .tools/).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

# ShellCheck is optional at run time, but the tests cover both its presence and its absence;
# install it where we can (Debian package, root), otherwise the "missing" path is what runs.
if ! command -v shellcheck >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && apt-get install -y -qq shellcheck) >/dev/null 2>&1 || echo "test: could not install shellcheck" >&2
fi

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

# A test that hangs is ended by the runner (and counted as failed) instead of stalling the run:
# the hostile-input tests rely on this bound as well as on their own timeouts.
dotnet test KubeSec.Build.sln -nologo --logger "trx" --results-directory "$results" \
  --blame-hang-timeout 10m --blame-hang-dump-type none "$@"
status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "test: no test ran" >&2
  failed=1
fi

echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
