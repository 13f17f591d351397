#!/usr/bin/env bash
# Whole-process benchmark: cx-lint against the linters people use today, over the same generated corpus.
#
#   benchmarks/run.sh                      # N=1000 and N=10000, median of 3 (peers: 3 at N=1000, 1 at N=10000)
#   CX_BENCH_SIZES=1000 benchmarks/run.sh  # one size only
#
# Environment: CX_BENCH_SIZES (default "1000 10000"), CX_BENCH_RUNS (3), CX_BENCH_PEER_RUNS_LARGE (1),
# CX_BENCH_WORK (scratch folder; default a new temp folder), CX_BENCH_NO_PEERS=1 (skip the npm tools),
# CX_BENCH_OUT (the report; default benchmarks/results-latest.md).
#
# Generates corpora with ../shared/bench/gen-corpus.py, publishes cx-lint in Release (ReadyToRun), and
# runs: cx-lint (human and --format json) over every file; markdownlint-cli2 over the .md files and
# @shopify/theme-check-node over the .liquid files (installed with npm into the scratch folder; skipped with
# a note when npm cannot get them); the Python regex floor (benchmarks/regex_floor.py) and `cat` over every
# file; and `cx-lint --version` for start-up. Each is timed with /usr/bin/time (wall, user+system CPU,
# peak RSS) and reported as ratios, with the issue's targets checked. Runs of one command vary by up to
# ~20% on a shared machine: compare within one run.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
gen="${CX_BENCH_GEN:-$root/../shared/bench/gen-corpus.py}"
sizes="${CX_BENCH_SIZES:-1000 10000}"
runs="${CX_BENCH_RUNS:-3}"
peer_runs_large="${CX_BENCH_PEER_RUNS_LARGE:-1}"
work="${CX_BENCH_WORK:-$(mktemp -d /tmp/cx-bench.XXXXXX)}"
out="${CX_BENCH_OUT:-$here/results-latest.md}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "run.sh needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
[ -f "$gen" ] || { echo "run.sh: corpus generator not found at $gen" >&2; exit 2; }

log() { echo "[bench] $*" >&2; }

# ---- build cx-lint as users run it: Release, ReadyToRun ----------------------------------------------
log "publishing cx-lint (Release, ReadyToRun) into $work/cx-lint"
rid="$(dotnet --info | awk '/ RID:/ {print $2; exit}')"
if ! dotnet publish "$root/src/Cx.Lint/Cx.Lint.csproj" -c Release -r "$rid" --self-contained false \
      -p:PublishReadyToRun=true -o "$work/cx-lint" > "$work/publish.log" 2>&1; then
  log "ReadyToRun publish failed (see $work/publish.log); using a plain Release build"
  dotnet build "$root/src/Cx.Lint/Cx.Lint.csproj" -c Release -o "$work/cx-lint" > "$work/build.log" 2>&1
fi
cx="$work/cx-lint/cx-lint"

# ---- and as a Native AOT binary, where clang is installed (apt-get install clang) -------------------------
cxaot=""
aot_note=""
if [ "${CX_BENCH_AOT:-1}" != 0 ]; then
  if command -v clang > /dev/null; then
    log "publishing cx-lint as Native AOT into $work/cx-lint-aot"
    if dotnet publish "$root/src/Cx.Lint/Cx.Lint.csproj" -c Release -r "$rid" -p:CxNativeAot=true \
          -o "$work/cx-lint-aot" > "$work/publish-aot.log" 2>&1; then
      cxaot="$work/cx-lint-aot/cx-lint"
    else
      aot_note="The Native AOT publish failed (see $work/publish-aot.log)."
    fi
  else
    aot_note="clang is not installed, so no Native AOT build was measured (apt-get install clang)."
  fi
fi

# ---- peers from npm ------------------------------------------------------------------------------------
peer_note=""
mdl=""; tc=""
if [ "${CX_BENCH_NO_PEERS:-0}" != 1 ]; then
  if command -v npm > /dev/null && command -v node > /dev/null; then
    mkdir -p "$work/peers"
    if [ ! -x "$work/peers/node_modules/.bin/markdownlint-cli2" ] || [ ! -d "$work/peers/node_modules/@shopify/theme-check-node" ]; then
      log "installing markdownlint-cli2 and @shopify/theme-check-node with npm into $work/peers"
      (cd "$work/peers" && npm init -y > /dev/null 2>&1 && npm install --no-audit --no-fund --silent \
          markdownlint-cli2@0.24.1 @shopify/theme-check-node@3.29.1 > "$work/npm.log" 2>&1) || true
    fi
    [ -x "$work/peers/node_modules/.bin/markdownlint-cli2" ] && mdl="$work/peers/node_modules/.bin/markdownlint-cli2"
    [ -d "$work/peers/node_modules/@shopify/theme-check-node" ] && tc="$work/peers/node_modules/@shopify/theme-check-node"
    [ -n "$mdl" ] || peer_note="$peer_note markdownlint-cli2 could not be installed with npm (see $work/npm.log)."
    [ -n "$tc" ] || peer_note="$peer_note @shopify/theme-check-node could not be installed with npm (see $work/npm.log)."
  else
    peer_note="npm or node is not installed: markdownlint-cli2 and theme-check were not run."
  fi
else
  peer_note="CX_BENCH_NO_PEERS=1: markdownlint-cli2 and theme-check were not run."
fi
if [ -n "$tc" ]; then
  cat > "$work/theme-check.js" <<'JS'
// theme-check has no CLI of its own outside the Shopify CLI: run its Node API over a folder (it takes **/*.liquid).
const { check } = require(process.argv[2]);
check(process.argv[3]).then((offenses) => { console.log(`${offenses.length} offenses`); }).catch((e) => { console.error(e); process.exit(2); });
JS
fi

# ---- timing --------------------------------------------------------------------------------------------
# time_cmd NAME RUNS CMD... : runs CMD RUNS times (stdout to /dev/null), keeps the median run by wall time.
# Appends "name wall cpu rss_mib" to $work/times.txt.
time_cmd() {
  local name="$1" n="$2"; shift 2
  local i rows=()
  for ((i = 0; i < n; i++)); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/t.txt" "$@" > /dev/null 2> "$work/last-stderr.txt" || true
    local last; last="$(tail -n 1 "$work/t.txt")"
    rows+=("$last")
  done
  local median
  median="$(printf '%s\n' "${rows[@]}" | sort -n -k1,1 | awk -v m=$(((n + 1) / 2)) 'NR == m')"
  read -r wall user sys rss <<< "$median"
  awk -v name="$name" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
    'BEGIN { printf "%s %.3f %.3f %.1f\n", name, w, u + s, r / 1024 }' >> "$work/times.txt"
  log "$(tail -n 1 "$work/times.txt")"
}

: > "$work/times.txt"
machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(uname -sr), $(awk -F: '/model name/ {gsub(/^ +/, "", $2); print $2; exit}' /proc/cpuinfo)"
load="$(cut -d' ' -f1-3 /proc/loadavg)"

log "start-up: cx-lint --version"
time_cmd "startup" 11 "$cx" --version
if [ -n "$cxaot" ]; then time_cmd "startupaot" 11 "$cxaot" --version; fi

for n in $sizes; do
  corpus="$work/corpus-$n"
  if [ ! -d "$corpus" ]; then
    log "generating N=$n into $corpus"
    python3 "$gen" "$n" "$corpus" --force > /dev/null
  fi
  md_count="$(find "$corpus" -name '*.md' | wc -l)"
  liquid_count="$(find "$corpus" -name '*.liquid' | wc -l)"
  echo "corpus $n $md_count $liquid_count $(du -sb "$corpus" | cut -f1)" >> "$work/times.txt"
  peer_n="$runs"; [ "$n" -gt 1000 ] && peer_n="$peer_runs_large"

  # Warm the page cache so every tool reads from memory.
  find "$corpus" -type f -exec cat {} + > /dev/null
  time_cmd "cat-$n" "$runs" find "$corpus" -type f -exec cat {} +
  time_cmd "python-$n" "$runs" python3 "$here/regex_floor.py" "$corpus"
  time_cmd "cx-$n" "$runs" "$cx" --no-color "$corpus"
  time_cmd "cxjson-$n" "$runs" "$cx" --format json "$corpus"
  if [ -n "$cxaot" ]; then
    time_cmd "aot-$n" "$runs" "$cxaot" --no-color "$corpus"
    time_cmd "aotjson-$n" "$runs" "$cxaot" --format json "$corpus"
  fi
  if [ -n "$mdl" ]; then time_cmd "mdl-$n" "$peer_n" "$mdl" "$corpus/**/*.md"; fi
  if [ -n "$tc" ]; then time_cmd "tc-$n" "$peer_n" node "$work/theme-check.js" "$tc" "$corpus"; fi
done

# ---- report --------------------------------------------------------------------------------------------
python3 - "$work/times.txt" "$out" "$machine" "$load" "$(dotnet --version)" "$(node --version 2>/dev/null || echo none)" "$(python3 --version 2>&1)" "$peer_note $aot_note" <<'PY'
import sys, datetime
times, out, machine, load, dotnet, node, python, note = sys.argv[1:9]
rows, corpora = {}, {}
for line in open(times):
    p = line.split()
    if p[0] == "corpus":
        corpora[int(p[1])] = (int(p[2]), int(p[3]), int(p[4]))
    else:
        rows[p[0]] = (float(p[1]), float(p[2]), float(p[3]))
get = rows.get
lines = []
w = lines.append
w(f"# cx-lint whole-process benchmark ({datetime.date.today().isoformat()})")
w("")
w(f"Machine: {machine}; load average at start {load}; .NET SDK {dotnet}, Node {node}, {python}.")
w("Wall and CPU (user + system) in seconds, peak RSS in MiB, median run by wall time (`/usr/bin/time`).")
if note.strip():
    w(f"Note: {note.strip()}")
w("")
names = {"cat": "cat (read every file)", "python": "Python regex floor (every file)",
         "cx": "cx-lint ReadyToRun, human output (every file)", "cxjson": "cx-lint ReadyToRun, --format json (every file)",
         "aot": "cx-lint Native AOT, human output (every file)", "aotjson": "cx-lint Native AOT, --format json (every file)",
         "mdl": "markdownlint-cli2 0.24.1 (.md only)", "tc": "theme-check-node 3.29.1 (.liquid only)"}
for n in sorted(corpora):
    md, liquid, size = corpora[n]
    w(f"## N = {n} ({size / 1e6:.1f} MB; {md} .md, {liquid} .liquid)")
    w("")
    w("| tool | wall s | CPU s | peak MiB | wall vs cx-lint |")
    w("| --- | ---: | ---: | ---: | ---: |")
    cx = get(f"cx-{n}")
    for key, label in names.items():
        r = get(f"{key}-{n}")
        if not r:
            continue
        ratio = f"{r[0] / cx[0]:.2f}×" if cx and cx[0] > 0 else ""
        w(f"| {label} | {r[0]:.2f} | {r[1]:.2f} | {r[2]:.0f} | {ratio} |")
    w("")
w("## Targets")
w("")
def check(label, ok, detail):
    w(f"- {'MET' if ok else 'NOT MET'}: {label} ({detail})")
for variant, key, json_key, start_key in (("ReadyToRun", "cx", "cxjson", "startup"), ("Native AOT", "aot", "aotjson", "startupaot")):
    cx1, cx10 = get(f"{key}-1000"), get(f"{key}-10000")
    if not cx1 and not get(start_key):
        continue
    w(f"cx-lint {variant}:")
    w("")
    if cx1 and get("mdl-1000"):
        m = get("mdl-1000")
        check("N=1000 whole run ≥ 5× faster than markdownlint-cli2 on its .md files", m[0] / cx1[0] >= 5,
              f"{m[0] / cx1[0]:.1f}× by wall ({m[0]:.2f} s vs {cx1[0]:.2f} s), {m[1] / cx1[1]:.1f}× by CPU")
    if cx1 and get("python-1000"):
        p = get("python-1000")
        check("N=1000 whole run ≤ 3× the Python regex floor", cx1[0] / p[0] <= 3,
              f"{cx1[0] / p[0]:.2f}× by wall ({cx1[0]:.2f} s vs {p[0]:.2f} s), {cx1[1] / p[1]:.2f}× by CPU")
    if cx1 and cx10:
        check("N=10000 linear: ≤ 11× the N=1000 time", cx10[0] / cx1[0] <= 11,
              f"{cx10[0] / cx1[0]:.2f}× by wall ({cx10[0]:.2f} s vs {cx1[0]:.2f} s), {cx10[1] / cx1[1]:.2f}× by CPU")
        j = get(f"{json_key}-10000", (0, 0, 0))
        check("N=10000 peak memory < 300 MB", cx10[2] < 300 and j[2] < 300, f"human {cx10[2]:.0f} MiB, json {j[2]:.0f} MiB")
    if get(start_key):
        st = get(start_key)
        check("cx-lint --version start-up < 150 ms", st[0] < 0.150, f"{st[0] * 1000:.0f} ms wall, {st[1] * 1000:.0f} ms CPU, {st[2]:.0f} MiB")
    w("")
text = "\n".join(lines) + "\n"
open(out, "w").write(text)
print(text)
PY
log "report written to $out (scratch files in $work)"
