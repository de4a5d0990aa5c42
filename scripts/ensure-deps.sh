#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: npm packages (from the lockfile) and,
# for browser tests, Debian's Chromium plus a CJK font so Chinese text renders in screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ]; then
  need=()
  [ -x /usr/bin/chromium ] || need+=(chromium)
  fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-wqy-microhei)
  if [ ${#need[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
  fi
fi
