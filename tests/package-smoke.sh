#!/usr/bin/env bash
# Cx.Analyzers end to end, the way users get it:
#  1. samples/csharp builds with the analyzer as a ProjectReference (OutputItemType="Analyzer");
#  2. `dotnet pack` gives a Cx.Analyzers package with everything in analyzers/dotnet/cs and no dependencies;
#  3. a fresh console project restores it from a local folder feed and builds.
# Both builds must print exactly samples/csharp/expected-warnings.txt and no AD0001 / CS8032.
# Usage: tests/package-smoke.sh [--package-only]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
sample="$root/samples/csharp"
expected="$sample/expected-warnings.txt"
work="$(mktemp -d)"
version="0.1.0-smoke.$(date +%s)"
cleanup() {
  rm -rf "$work"
  rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/cx.analyzers/$version"
}
trap cleanup EXIT

fail() { echo "package-smoke: FAIL: $*" >&2; exit 1; }

# The warnings of a build log as "path(line,col): warning CXnnnn", paths relative to the project.
warnings() {
  grep -E ': (warning|error) CX[0-9]{4}' "$1" \
    | sed -E "s|^$2/||; s/: (warning|error) (CX[0-9]{4}):.*/: \1 \2/" \
    | sort -u
}

check() { # log project-dir label
  if grep -E 'AD0001|CS8032' "$1" >/dev/null; then grep -E 'AD0001|CS8032' "$1" | head -5 >&2; fail "$3: the analyzer crashed or did not load"; fi
  if ! diff <(warnings "$1" "$2") "$expected" >"$work/diff"; then
    cat "$work/diff" >&2
    fail "$3: the warnings differ from $expected (< got, > expected)"
  fi
  echo "package-smoke: $3: $(wc -l <"$expected") expected warnings, no AD0001/CS8032"
}

passed=0
if [[ "${1:-}" != "--package-only" ]]; then
  echo "package-smoke: building samples/csharp with the analyzer as a ProjectReference"
  dotnet build "$sample" --nologo --no-incremental -p:CxAnalyzer=project >"$work/project.log" 2>&1 || { tail -30 "$work/project.log" >&2; fail "samples/csharp does not build"; }
  check "$work/project.log" "$sample" "ProjectReference"
  passed=$((passed + 1))
fi

echo "package-smoke: packing Cx.Analyzers $version"
dotnet pack "$root/src/Cx.Analyzers" -c Release -o "$work/feed" -p:Version="$version" --nologo >"$work/pack.log" 2>&1 || { tail -30 "$work/pack.log" >&2; fail "dotnet pack failed"; }
nupkg="$work/feed/Cx.Analyzers.$version.nupkg"
[[ -f "$nupkg" ]] || fail "no package at $nupkg"
listing="$(unzip -l "$nupkg")"
for dll in Cx.Analyzers Cx.Analyzers.CodeFixes Cx.Templates Scriban.Signed Markdig YamlDotNet AngleSharp; do
  grep -q "analyzers/dotnet/cs/$dll.dll" <<<"$listing" || fail "analyzers/dotnet/cs/$dll.dll is missing from the package"
done
! grep -q ' lib/' <<<"$listing" || fail "the package has a lib/ folder"
nuspec="$(unzip -p "$nupkg" Cx.Analyzers.nuspec)"
grep -q '<developmentDependency>true</developmentDependency>' <<<"$nuspec" || fail "not a development dependency"
! grep -q '<dependency ' <<<"$nuspec" || fail "the package has NuGet dependencies"
echo "package-smoke: package holds the analyzer, code fixes, engine, Scriban, Markdig, YamlDotNet, AngleSharp; no lib/, no dependencies"

echo "package-smoke: restoring it into a fresh console project"
app="$work/app"
mkdir -p "$app"
(cd "$app" && dotnet new console --name Northwind.Messaging --output . --force >/dev/null)
rm -f "$app/Program.cs"
cp -r "$sample/Orders" "$sample/Appointments" "$sample/Support" "$sample/Messaging" "$sample/Templates" "$sample/Program.cs" "$sample/.cxlint.yml" "$sample/.editorconfig" "$app/"
cat >"$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="cx-local" value="$work/feed" />
  </packageSources>
</configuration>
XML
(cd "$app" \
  && dotnet add package Scriban.Signed --version 7.5.3 >/dev/null \
  && dotnet add package Cx.Analyzers --version "$version" >"$work/add.log" 2>&1) || { cat "$work/add.log" >&2; fail "the package does not restore from the local feed"; }
grep -q 'PrivateAssets' "$app/Northwind.Messaging.csproj" || fail "the PackageReference did not get PrivateAssets=all (developmentDependency)"
dotnet build "$app" --nologo >"$work/package.log" 2>&1 || { tail -30 "$work/package.log" >&2; fail "the fresh project does not build"; }
check "$work/package.log" "$app" "PackageReference"
passed=$((passed + 1))

echo "$passed passed, 0 failed"
