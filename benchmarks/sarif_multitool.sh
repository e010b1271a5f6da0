#!/usr/bin/env bash
# Validate corpuslint's SARIF with Microsoft's SARIF Multitool (from the npm registry, works offline
# once installed). The test suite validates against the SARIF 2.1.0 JSON schema on every run; this
# stricter check also applies the Multitool's SARIF rules. Prints the Multitool's verdict.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
tool_dir="${SARIF_MULTITOOL_DIR:-$HOME/.cache/corpuslint/sarif-multitool}"
tool="$tool_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$tool" ]; then
  mkdir -p "$tool_dir" && npm install --silent --prefix "$tool_dir" @microsoft/sarif-multitool >/dev/null
fi
out="$(mktemp -d)/corpuslint.sarif"
(cd "$repo" && .venv/bin/corpuslint check examples/corpus --format sarif --output "$out" --quiet) || true
"$tool" validate "$out" | tee "$out.log"
if grep -qE "(error|warning) SARIF" "$out.log"; then echo "SARIF Multitool: problems found"; exit 1; fi
echo "SARIF Multitool: no errors or warnings"
