#!/usr/bin/env bash
# Installs (or, with --uninstall, removes) the Mentor Journal bundle on a Linux laptop, with no
# internet: run it from the unpacked release folder (mentorjournal/install.sh).
#   as a user: the app goes to ~/.local/opt/mentorjournal, the command to ~/.local/bin
#   as root:   the app goes to /opt/mentorjournal, the command to /usr/local/bin (all users)
# The menu entry, icon and AppStream metadata go to the matching share/ folder. Journals are
# never touched: they live in each user's data folder (~/.local/share/mentorjournal).
set -euo pipefail

APP_ID=org.mentorjournal.MentorJournal
here=$(cd "$(dirname "$0")" && pwd)

if [[ $(id -u) -eq 0 ]]; then
  prefix=/usr/local; target=/opt/mentorjournal
else
  prefix=$HOME/.local; target=$HOME/.local/opt/mentorjournal
fi
share=$prefix/share

remove() {
  rm -f "$prefix/bin/mentorjournal" "$share/applications/$APP_ID.desktop" \
        "$share/metainfo/$APP_ID.metainfo.xml"
  rm -f "$share"/icons/hicolor/*/apps/"$APP_ID".png
  rm -rf "$target"
}

if [[ ${1:-} == --uninstall ]]; then
  remove
  echo "Mentor Journal removed (journals in your data folder were left alone)."
  exit 0
fi

if [[ ! -x $here/mentorjournal || ! -d $here/_internal ]]; then
  echo "install.sh: run me from the unpacked mentorjournal folder." >&2
  exit 1
fi

if [[ $here != "$target" ]]; then
  remove
  mkdir -p "$(dirname "$target")"
  cp -a "$here" "$target"
fi
mkdir -p "$prefix/bin" "$share/applications" "$share/metainfo"
ln -sf "$target/mentorjournal" "$prefix/bin/mentorjournal"
# The menu entry runs the app by its full path: ~/.local/bin is not on every desktop's PATH.
sed "s|^Exec=mentorjournal|Exec=$target/mentorjournal|; s|^TryExec=mentorjournal|TryExec=$target/mentorjournal|" \
  "$target/share/applications/$APP_ID.desktop" >"$share/applications/$APP_ID.desktop"
cp "$target/share/metainfo/$APP_ID.metainfo.xml" "$share/metainfo/"
for png in "$target"/share/icons/hicolor/*/apps/"$APP_ID".png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  mkdir -p "$share/icons/hicolor/$size/apps"
  cp "$png" "$share/icons/hicolor/$size/apps/"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "Mentor Journal installed in $target; start it from the menu or with: $prefix/bin/mentorjournal"
