#!/usr/bin/env bash
# Installs Mentor Journal from this wheelhouse into a new virtual environment, with no internet
# (pip's --no-index: nothing is downloaded, only the wheels in this folder are used).
# make_wheelhouse.sh copies this script into the wheelhouse as install.sh.
#
#   ./install.sh [VENV]                 # default VENV: ~/.local/opt/mentorjournal-venv
#   ./install.sh [VENV] /path/to/source # install from a source folder instead of the app's wheel
#
# Then run VENV/bin/mentorjournal. PYTHON picks the interpreter (default python3; Debian needs
# the python3-venv package for `-m venv`).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON:-python3}
target=${1:-$HOME/.local/opt/mentorjournal-venv}
source_dir=${2:-}

"$python" -m venv "$target"
pip=("$target/bin/python" -m pip --disable-pip-version-check)
"${pip[@]}" install --quiet --no-index --find-links "$here" --upgrade pip
if [[ -n $source_dir ]]; then
  # Builds the app's wheel here: setuptools and wheel come from the wheelhouse too.
  "${pip[@]}" install --no-index --find-links "$here" "$source_dir"
else
  "${pip[@]}" install --no-index --find-links "$here" mentorjournal
fi
"$target/bin/mentorjournal" --version
echo "Installed. Start it with: $target/bin/mentorjournal" >&2
