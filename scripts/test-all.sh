#!/usr/bin/env bash
# The whole gate, run the same way locally and in CI: types, lint, data, unit, build, browser.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --browser  # also nginx, for tests/nginx.spec.ts
echo "== svelte-check"; npm run --silent check
echo "== lint"; npm run --silent lint
echo "== unit"; npx vitest run
echo "== build (validates data first)"; npm run --silent build
echo "== browser"; npx playwright test
echo "== lighthouse"; node tests/lighthouse.mjs
