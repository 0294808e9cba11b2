#!/usr/bin/env bash
# What KubeSec.Build adds to a small project's build: two identical projects (a few manifests and a
# Dockerfile), one with the package and one without, built alternately in fresh MSBuild processes
# (node reuse off, as on this machine kind). "cold": obj/<Configuration> and bin removed (restore
# kept); "no-op": nothing changed since the last build. Prints medians and the differences.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-7}"
cd "$root"
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0

version="0.0.0-measure.$(date +%s)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet pack src/KubeSec.Build/KubeSec.Build.csproj -c Release -o "$work/feed" -p:Version="$version" -nologo -v:q >/dev/null

make_project() { # name, with-package
  local dir="$work/$1"
  mkdir -p "$dir/deploy"
  cat > "$dir/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="measure" value="$work/feed" /></packageSources></configuration>
XML
  local reference=""
  [ "$2" = yes ] && reference="<ItemGroup><PackageReference Include=\"KubeSec.Build\" Version=\"$version\" PrivateAssets=\"all\" /></ItemGroup>"
  cat > "$dir/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><RestorePackagesPath>$work/packages</RestorePackagesPath></PropertyGroup>
  $reference
</Project>
XML
  echo 'namespace M; public static class C { public static int X => 1; }' > "$dir/C.cs"
  cp samples/SampleService/deploy/*.yaml "$dir/deploy/"
  cp samples/SampleService/Dockerfile "$dir/Dockerfile"
  dotnet build "$dir" -nologo -v:q >/dev/null
}
make_project WithPackage yes
make_project WithoutPackage no

task_ms=()
ms() { # wall time of one build; for the package project also records the KubeSecLint target's own time
  local s e log; s=$(date +%s%N)
  log=$(dotnet build "$1" --no-restore -nologo -v:q -clp:PerformanceSummary)
  e=$(date +%s%N)
  local t; t=$(sed -n 's/^ *\([0-9]*\) ms  KubeSecLint .*/\1/p' <<<"$log" | head -n 1)
  [ -n "$t" ] && task_ms+=("$2:$t")
  echo $(( (e - s) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -a cold_with cold_without noop_with noop_without
for _ in $(seq "$runs"); do
  for p in WithPackage WithoutPackage; do
    rm -rf "$work/$p/obj/Debug" "$work/$p/bin"
    ms "$work/$p" cold >"$work/t"; t=$(cat "$work/t")
    if [ $p = WithPackage ]; then cold_with+=("$t"); else cold_without+=("$t"); fi
  done
  for p in WithPackage WithoutPackage; do
    ms "$work/$p" noop >"$work/t"; t=$(cat "$work/t")
    if [ $p = WithPackage ]; then noop_with+=("$t"); else noop_without+=("$t"); fi
  done
done

report() { # label, with[], without[]
  local w o
  w=$(printf '%s\n' $2 | median); o=$(printf '%s\n' $3 | median)
  printf '%-7s with package: median %5d ms   without: median %5d ms   added: %+d ms   (runs with: %s | without: %s)\n' "$1" "$w" "$o" $((w - o)) "$2" "$3"
}
report cold "${cold_with[*]}" "${cold_without[*]}"
report no-op "${noop_with[*]}" "${noop_without[*]}"
for kind in cold noop; do
  times=$(printf '%s\n' "${task_ms[@]}" | sed -n "s/^$kind://p")
  printf 'KubeSecLint target alone (%s): median %s ms   runs: %s\n' "$kind" "$(median <<<"$times")" "$(echo $times)"
done
