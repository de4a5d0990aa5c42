#!/usr/bin/env bash
# Quick start: install, build and serve the app at http://127.0.0.1:4173
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm run build
node tests/serve.mjs build "${PORT:-4173}"
