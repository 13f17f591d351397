#!/usr/bin/env bash
# The analyzer's cost on a build: a generated C# project of 2,000 files with 500 embedded templates,
# rebuilt with and without Cx.Analyzers, median of 5 each (alternating), plus one build with
# -p:ReportAnalyzer=true for the analyzer's own time as the compiler reports it.
#
#   benchmarks/analyzer/run.sh            # CX_ANALYZER_RUNS (5), CX_ANALYZER_FILES (2000), CX_ANALYZER_TEMPLATES (500)
#
# Writes the numbers to stdout and to benchmarks/analyzer/results-latest.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${CX_ANALYZER_RUNS:-5}"
files="${CX_ANALYZER_FILES:-2000}"
templates="${CX_ANALYZER_TEMPLATES:-500}"
work="${CX_BENCH_WORK:-$(mktemp -d /tmp/cx-analyzer-bench.XXXXXX)}"
mkdir -p "$work"
out="${CX_ANALYZER_OUT:-$here/results-latest.md}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
log() { echo "[analyzer-bench] $*" >&2; }

log "packing Cx.Analyzers (Release) and unpacking its analyzers/dotnet/cs"
rm -rf "$work/pkg" "$work/analyzer"
dotnet pack "$root/src/Cx.Analyzers/Cx.Analyzers.csproj" -c Release -o "$work/pkg" > "$work/pack.log" 2>&1
mkdir -p "$work/analyzer"
(cd "$work/analyzer" && unzip -q -j "$work"/pkg/Cx.Analyzers.*.nupkg 'analyzers/dotnet/cs/*')

log "generating $files files, $templates with templates"
python3 "$here/gen-project.py" "$work/project" --files "$files" --templates "$templates" >&2
cd "$work/project"
dotnet restore > "$work/restore.log" 2>&1

build() { # build with|without -> seconds of wall time for a full recompile
  local with="$1" start end
  start=$(date +%s.%N)
  dotnet build -c Release --no-restore --no-incremental -p:CxAnalyzer="$with" -p:CxAnalyzerDir="$work/analyzer" > "$work/build-$with.log" 2>&1 \
    || { log "build ($with) failed: see $work/build-$with.log"; exit 1; }
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f\n", e - s }'
}

log "warm-up (compiler server, disk cache)"
build false > /dev/null
build true > /dev/null
: > "$work/times.txt"
for ((i = 1; i <= runs; i++)); do
  w=$(build false); a=$(build true)
  echo "without $w" >> "$work/times.txt"; echo "with $a" >> "$work/times.txt"
  log "run $i: without $w s, with $a s"
done
findings=$(grep -cE "warning CX[0-9]+" "$work/build-true.log" || true)

log "one more build with -p:ReportAnalyzer=true"
dotnet build -c Release --no-restore --no-incremental -p:CxAnalyzer=true -p:CxAnalyzerDir="$work/analyzer" -p:ReportAnalyzer=true -v:d > "$work/report.log" 2>&1 || true
grep -E "Total analyzer execution time|Total generator execution time|^ *[0-9.<]+ +[0-9<]+ +(Cx\.|Microsoft\.)" "$work/report.log" \
  | sed -E 's/^ +//' | cut -c1-160 | head -12 > "$work/report.txt" || true

python3 - "$work/times.txt" "$out" "$files" "$templates" "$findings" "$work/report.txt" "$runs" <<'PY'
import sys, statistics, datetime
times, out, files, templates, findings, report, runs = sys.argv[1:8]
t = {"with": [], "without": []}
for line in open(times):
    k, v = line.split(); t[k].append(float(v))
mw, mo = statistics.median(t["with"]), statistics.median(t["without"])
lines = [f"# Cx.Analyzers build cost ({datetime.date.today().isoformat()})", "",
         f"Generated project: {files} C# files, {templates} with an embedded template ({findings} CX findings reported).",
         f"Full rebuilds (`dotnet build -c Release --no-incremental`), median of {runs}, alternating:", "",
         "| build | runs (s) | median s |", "| --- | --- | ---: |",
         f"| without the analyzer | {', '.join(f'{x:.2f}' for x in t['without'])} | {mo:.2f} |",
         f"| with Cx.Analyzers | {', '.join(f'{x:.2f}' for x in t['with'])} | {mw:.2f} |", "",
         f"Ratio with / without: **{mw / mo:.3f}** (target < 1.03: {'MET' if mw / mo < 1.03 else 'NOT MET'}).", "",
         "`-p:ReportAnalyzer=true` (the compiler's own accounting of analyzer time):", "", "```"]
lines += [l.rstrip() for l in open(report)] or ["(no analyzer timing lines found in the build log)"]
lines += ["```", ""]
text = "\n".join(lines)
open(out, "w").write(text)
print(text)
PY
log "written $out (scratch in $work)"
