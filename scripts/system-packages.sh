#!/usr/bin/env bash
# The Debian packages the tests need, shared by `npm test` (scripts/test-all.mjs) and CI (.ci/run):
#   chromium, firefox-esr     the real-browser tests (Playwright drives Chromium, WebDriver BiDi drives Firefox)
#   poppler-utils             pdfinfo, pdftotext and pdftoppm read the printed reports
#   redis-server, coturn      the relay tests start their own redis-server, the TURN test its own turnserver
#   nginx                     the TLS test puts the server behind Debian's nginx, as a hospital would
# Missing ones are installed when this runs as root on Debian. Otherwise (or with UBT_NO_INSTALL=1) it
# installs nothing, names what is missing and how to install it, and fails, before any test runs.
set -euo pipefail

need=()
[ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ] || need+=(chromium)
[ -n "${FIREFOX_PATH:-}" ] || [ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v turnserver >/dev/null 2>&1 || need+=(coturn)
[ -n "${NGINX_PATH:-}" ] || [ -x /usr/sbin/nginx ] || need+=(nginx)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && [ -z "${UBT_NO_INSTALL:-}" ]; then
  echo "Installing the Debian packages the tests need: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  # Debian starts the packaged services on install; the tests run their own instances on free ports.
  service redis-server stop >/dev/null 2>&1 || true
  service coturn stop >/dev/null 2>&1 || true
  service nginx stop >/dev/null 2>&1 || true
  exit 0
fi

echo "The tests need Debian packages that are not installed: ${need[*]}." >&2
echo "Install them with:  sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
echo "(or run npm test as root on Debian, which installs them). Nothing was run." >&2
exit 1
