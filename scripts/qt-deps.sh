#!/bin/sh
# Installs the system libraries Qt needs (offscreen and under Xvfb), plus what the tests use: poppler-utils (read
# PDFs), age (open exports), dbus-daemon (a private bus for the screen-lock test) and gnupg (sign the test APT
# repository), davical and postgresql (the room pool's proofs on a second and third CalDAV server,
# tests/rooms/servers.py), and the installer tests' tools (appstream, debootstrap, debsig-verify, binutils, lintian;
# msitools, wixl, osslsigncode and openssl for the Windows MSI proof), when run as root; otherwise prints the apt
# line. The Ubuntu archive keys are not packaged for Debian 12 (no ubuntu-keyring): tests/installer carries them.
PKGS="libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 \
xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 \
libxcb-xkb1 libxkbcommon-x11-0 poppler-utils age dbus-daemon gnupg davical postgresql \
appstream debootstrap debsig-verify binutils lintian msitools wixl osslsigncode openssl"
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Qt system libraries:$missing"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "Qt needs system libraries that are missing. Run:"
  echo "  sudo apt-get install -y$missing"
fi
