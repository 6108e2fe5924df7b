#!/usr/bin/env bash
# The programs that some tests drive from outside Python: Debian's Chromium (the web page's
# browser tests, through Playwright with the system browser; no browser download) and
# LibreOffice Writer (opens the Word files eenvoudig writes and converts them to PDF).
# Installed with apt-get when they are missing and this runs as root (as in CI); otherwise
# it says which tests will be skipped and how to install the programs.
set -uo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installeren voor de tests: ${missing[*]} (apt-get)…"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q --no-install-recommends "${missing[@]}" >/tmp/eenvoudig-apt.log 2>&1; then
        apt-get update -q >>/tmp/eenvoudig-apt.log 2>&1
        if ! apt-get install -y -q --no-install-recommends "${missing[@]}" >>/tmp/eenvoudig-apt.log 2>&1; then
            echo "Installeren van ${missing[*]} mislukt; zie /tmp/eenvoudig-apt.log." >&2
            exit 1
        fi
    fi
    exit 0
fi

echo "Let op: ${missing[*]} ontbreekt; de tests die deze programma's gebruiken worden" \
     "overgeslagen. Installeer ze met: sudo apt-get install ${missing[*]}" >&2
exit 0
