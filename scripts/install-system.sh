#!/usr/bin/env bash
# Installs what npm cannot: Debian's Chromium and Firefox ESR (the tests drive them) and the fonts
# the four UI languages need (without a CJK font Chinese renders as boxes; Noto covers Arabic too).
# Installs only what is missing; as root it runs apt-get directly, as a normal user through sudo.
set -euo pipefail

PACKAGES=(chromium firefox-esr fonts-noto-cjk fonts-noto-core)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
    missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "Already installed: ${PACKAGES[*]}"
  exit 0
fi

run_as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "Installing ${missing[*]} needs root: run this script as root, or install sudo." >&2
    exit 1
  fi
  run_as_root=(sudo)
fi
"${run_as_root[@]}" apt-get update
"${run_as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
