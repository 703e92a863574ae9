#!/usr/bin/env bash
# Renders the Elterngeld blocker report (data fields and process) as HTML and screenshots it
# with headless Chromium into docs/blockers-report.png (the README's picture). Needs
# `chromium` (Debian package).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
svc=fixtures/services/elterngeld
# Exit code 1 means "blockers found", which is expected here.
cargo run -q -p fim-cli -- blockers "$svc/baseline.xml" "$svc/reference.xml" \
  --base-process "$svc/baseline.bpmn" --ref-process "$svc/reference.bpmn" \
  --format html -o "$out/report.html" || [ $? -eq 1 ]
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --screenshot=docs/blockers-report.png --window-size=1200,1900 "file://$out/report.html"
