#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Mentor Journal needs beside Python: the libraries Qt loads
# (offscreen and on a real X11 screen), and fonts with Latin, Ethiopic and Arabic glyphs and
# emoji (without fonts Qt draws every letter as a box). Does nothing when all are present.
# Facts behind the list: ../shared/ENVIRONMENT.md ("Qt without a screen").
set -euo pipefail

packages=(
  # Qt offscreen and widgets
  libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0
  # Qt on a real X11 display (xcb platform)
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0
  # Fonts: Latin, Ethiopic (Amharic), Arabic, emoji
  fonts-dejavu-core fonts-noto-core fonts-noto-color-emoji
  # The standard age tool: tests check that it opens exports and encrypted backups
  age
)
packages+=("$@")  # callers (.ci/run) may add packages of their own

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian-based system; install Qt's runtime libraries and" \
       "Noto fonts with your package manager." >&2
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

echo "install-system-deps: installing ${missing[*]}" >&2
if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-system-deps: run as root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
