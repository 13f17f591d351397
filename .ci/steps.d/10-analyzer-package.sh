#!/usr/bin/env bash
# The analyzer as users get it: project reference build, dotnet pack, restore from a local feed, build.
set -euo pipefail
bash tests/package-smoke.sh
