#!/usr/bin/env bash
# Installs the Debian `chromium` package when /usr/bin/chromium is missing, for the browser test of
# the HTML report (test/browser). `npx playwright install` cannot download here; playwright-core
# drives the system browser with `executablePath: '/usr/bin/chromium'` (the Debian chromium package; playwright's own browser download is not reachable here).
# Exits 0 when chromium is present afterwards, 1 otherwise (the browser test then skips with a message).
set -uo pipefail

CHROMIUM="${POORTWACHTER_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  echo "chromium present: $CHROMIUM"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: no apt-get on this machine; install chromium yourself" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "ensure-chromium: not root and no sudo; cannot install chromium" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || { echo "ensure-chromium: apt-get update failed" >&2; exit 1; }
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null \
  || { echo "ensure-chromium: apt-get install chromium failed" >&2; exit 1; }

if [ -x "$CHROMIUM" ]; then
  echo "chromium installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi
echo "ensure-chromium: chromium still missing after install" >&2
exit 1
