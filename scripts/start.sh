#!/usr/bin/env bash
# Quick start: install, build and serve the app at http://127.0.0.1:${PORT:-4173} with Debian's
# nginx and the config generated from deploy/headers.mjs (deploy/generated/nginx-site.conf), in the
# foreground; Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --server
npm run build
dir=$(node deploy/nginx.mjs conf "${PORT:-4173}" build)
echo "serving build/ with nginx at http://127.0.0.1:${PORT:-4173} (config in $dir)"
exec nginx -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;'
