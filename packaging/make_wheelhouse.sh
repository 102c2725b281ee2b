#!/usr/bin/env bash
# Builds a wheelhouse: every wheel Mentor Journal needs, so that a laptop WITHOUT internet can
# install it with pip's --no-index. Run on a CONNECTED machine; docs/install.md explains it all.
#
#   packaging/make_wheelhouse.sh [WHEELHOUSE]          # for a machine like this one
#   packaging/make_wheelhouse.sh [WHEELHOUSE] --platform win_amd64 --python-version 3.11
#                                                      # for another OS or Python (binary wheels)
#
# WHEELHOUSE defaults to dist/wheelhouse. Options after it go to `pip download` (so --platform,
# --python-version, --implementation, --abi pick wheels for the target laptop). The folder gets:
#   - the app's own wheel (pure Python, built here from this source tree),
#   - the wheels of all its dependencies for the target,
#   - pip, setuptools and wheel (the build backend: installing from the source folder offline
#     needs them), and install.sh, which installs everything into a new venv with --no-index,
#   - requirements.txt: the exact versions, for the record.
# PYTHON picks the interpreter (default python3); it must be the target's Python version unless
# --python-version is given.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-python3}
out=${1:-$root/dist/wheelhouse}
[[ $# -gt 0 ]] && shift
extra=("$@")

mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out"/mentorjournal-*.whl

# The compiled translations (.qm, not kept in git) go into the app's wheel: build them with a
# Python that has PySide6's lrelease (the dev venv, or $PYTHON).
for qt_python in "$root/.venv/bin/python" "$python"; do
  if "$qt_python" -c "import PySide6" 2>/dev/null; then
    echo "== translations (.ts -> .qm)" >&2
    "$qt_python" "$root/packaging/translations.py" build
    break
  fi
done
ls "$root"/resources/translations/*.qm >/dev/null 2>&1 ||
  echo "make_wheelhouse: no compiled translations; the app will be in English only" >&2

echo "== the app's wheel" >&2
"$python" -m pip wheel --quiet --no-deps --wheel-dir "$out" "$root"
app_wheel=$(ls "$out"/mentorjournal-*.whl)

echo "== dependencies, pip and the build backend, as wheels" >&2
# --only-binary: a laptop without a compiler must not be asked to build anything. The build
# backend's range matches pyproject.toml's [build-system].
"$python" -m pip download --quiet --dest "$out" --only-binary=:all: "${extra[@]}" \
  "$app_wheel" pip "setuptools>=69" wheel

cp "$root/packaging/install_offline.sh" "$out/install.sh"
chmod +x "$out/install.sh"
(cd "$out" && ls ./*.whl | sed -E 's|^\./([^-]+)-([^-]+)-.*|\1==\2|' | sort -f) >"$out/requirements.txt"

echo "== wheelhouse: $out ($(ls "$out"/*.whl | wc -l) wheels, $(du -sh "$out" | cut -f1))" >&2
