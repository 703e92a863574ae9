#!/usr/bin/env bash
# Demo page end to end: generate the JSON Schema and UI hints of the form fixture with
# `fim schema`, install the npm packages (pinned by package-lock.json), build with vite, and drive the
# page in headless Debian Chromium (apt-get install -y chromium). Writes docs/form-demo.png.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"
mkdir -p "$here/public" docs
cargo run -q -p fim-cli -- schema fixtures/form/antrag_v3.xml \
  --codelists fixtures/form/codelisten > "$here/public/schema.json"
cargo run -q -p fim-cli -- schema --hints fixtures/form/antrag_v3.xml \
  --codelists fixtures/form/codelisten > "$here/public/hints.json"
if [ ! -x /usr/bin/chromium ]; then
  echo "run-e2e.sh: /usr/bin/chromium missing (apt-get install -y chromium)" >&2
  exit 2
fi
cd "$here"
# `npm install` rather than `npm ci`: with npm 11 the lock file leaves out the optional
# platform packages of rollup/esbuild for other systems, which `npm ci` then reports as missing.
npm install --no-audit --no-fund
npm run build
node e2e.mjs
