#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: npm packages (from the lockfile); with
# --server, Debian's nginx and its brotli_static module (npm start); with --browser, also
# Debian's Chromium plus a CJK font so Chinese text renders in screenshots (npm test, which runs
# the nginx test too).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

need=()
if [ "${1:-}" = "--server" ] || [ "${1:-}" = "--browser" ]; then
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
  # Debian ships ngx_brotli's static module; without it nginx serves the .gz files only.
  [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] ||
    need+=(libnginx-mod-http-brotli-static)
fi
if [ "${1:-}" = "--browser" ]; then
  [ -x /usr/bin/chromium ] || need+=(chromium)
  fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-wqy-microhei)
  # The print test reads the PDF's text and pixels.
  command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null || need+=(poppler-utils)
fi
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
