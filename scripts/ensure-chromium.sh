#!/usr/bin/env bash
# Installs the Debian packages the browser tests need, only when they are missing:
#   chromium       -> /usr/bin/chromium (Playwright runs it; no browser download),
#                     with fonts-dejavu-core so that Cyrillic text renders
#   poppler-utils  -> pdftotext (PDF checks of the printed summary)
# Idempotent: does nothing when both are present. Needs root (or sudo) and apt.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "ensure-chromium: installing ${missing[*]} with apt-get" >&2
SUDO=''
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO='sudo'
  else
    echo "ensure-chromium: ${missing[*]} missing and not running as root; install them with apt-get" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
