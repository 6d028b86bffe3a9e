#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Install the unpacked Kraftdesk bundle for every user of this computer:
#   sudo ./install.sh                  (the program in /opt/kraftdesk)
#   sudo ./install.sh /srv/kraftdesk   (elsewhere)
# Copies this folder, links `kraftdesk` into /usr/local/bin, and registers the menu entry,
# the icon and the file type *.kraftdesk. DESTDIR puts everything below another root
# (packagers, tests). Uninstall: remove those files again (the list is printed).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix=${1:-/opt/kraftdesk}
root=${DESTDIR:-}
share=$root/usr/local/share

mkdir -p "$root$prefix" "$root/usr/local/bin" "$share/applications" \
         "$share/icons/hicolor/scalable/apps" "$share/mime/packages"
if [ "$here" != "$root$prefix" ]; then
  cp -a "$here/." "$root$prefix/"
fi
ln -sf "$prefix/kraftdesk" "$root/usr/local/bin/kraftdesk"
sed "s|^Exec=kraftdesk |Exec=$prefix/kraftdesk |" "$here/se.kraftdesk.Kraftdesk.desktop" \
  > "$share/applications/se.kraftdesk.Kraftdesk.desktop"
cp "$here/se.kraftdesk.Kraftdesk.svg" "$share/icons/hicolor/scalable/apps/"
cp "$here/se.kraftdesk.Kraftdesk.xml" "$share/mime/packages/"

if [ -z "$root" ]; then  # refresh the desktop's caches where the tools are installed
  command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$share/icons/hicolor" || true
fi

echo "Kraftdesk är installerat i $prefix."
echo "Installerade filer utanför programmappen:"
echo "  /usr/local/bin/kraftdesk"
echo "  /usr/local/share/applications/se.kraftdesk.Kraftdesk.desktop"
echo "  /usr/local/share/icons/hicolor/scalable/apps/se.kraftdesk.Kraftdesk.svg"
echo "  /usr/local/share/mime/packages/se.kraftdesk.Kraftdesk.xml"
