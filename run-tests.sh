#!/usr/bin/env bash
# Runs every test of the project: `./mvnw verify`, after installing what the tests need that Maven cannot fetch.
#
#   ./run-tests.sh [maven arguments]      e.g. ./run-tests.sh -pl autoconfigure
#
# What the tests need besides a JDK (the Maven wrapper fetches Maven and every Java dependency):
#   redis-server                    sample-webapp's scale-out tests start their own Redis on a free port
#   chromium, chromedriver          the e2e suite drives Debian's Chromium (Selenium Manager never downloads one)
#   node, npm                       the e2e suite's OpenID provider (oidc-provider, pinned in e2e/oidc-provider)
#   wrk, curl                       the bench module's smoke run drives load on loopback
# On Debian or Ubuntu, as root or with passwordless sudo, whatever is missing is installed with apt-get. Anywhere
# else the script stops at once and names every missing piece and the command that installs it: no test is skipped.
set -euo pipefail
cd "$(dirname "$0")"

missing_packages=()
missing_names=()
need() { # need NAME PACKAGE PRESENT-TEST...
  local name=$1 package=$2
  shift 2
  if ! "$@" >/dev/null 2>&1; then
    missing_names+=("$name")
    missing_packages+=("$package")
  fi
}
need redis-server redis-server command -v redis-server
need chromium chromium test -x /usr/bin/chromium
need chromedriver chromium-driver test -x /usr/bin/chromedriver
need node nodejs command -v node
need npm npm command -v npm
need wrk wrk command -v wrk
need curl curl command -v curl

if [ ${#missing_packages[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  if command -v apt-get >/dev/null 2>&1 && { [ -z "$sudo" ] || sudo -n true 2>/dev/null; }; then
    echo "run-tests: installing ${missing_names[*]} (Debian packages: ${missing_packages[*]})"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing_packages[@]}"
  else
    echo "run-tests: missing ${missing_names[*]}; the tests need them all." >&2
    echo "  On Debian/Ubuntu: sudo apt-get install -y ${missing_packages[*]}" >&2
    echo "  Elsewhere: install ${missing_names[*]} with your package manager (the e2e suite expects" >&2
    echo "  /usr/bin/chromium and /usr/bin/chromedriver)." >&2
    exit 1
  fi
fi

# the e2e suite's OpenID provider, exactly as pinned in its lock file
(cd e2e/oidc-provider && npm ci --no-audit --no-fund --loglevel=error)

exec ./mvnw verify "$@"
