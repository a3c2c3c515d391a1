#!/bin/sh
# macOS: the .app (PyInstaller BUNDLE from installer/vpdesk.spec), signed with the hardened runtime, wrapped in a
# signed .pkg for silent installation (`installer -pkg vpdesk.pkg -target /`), notarised and stapled.
# Runs on the macOS runner (.github/workflows/macos.yml); it cannot run on Linux.
#   APP_IDENTITY="Developer ID Application: ..." PKG_IDENTITY="Developer ID Installer: ..." \
#   NOTARY_PROFILE=vpdesk-notary installer/macos/build_pkg.sh DIST
# Without the identities it signs ad hoc and skips notarisation (a local test build; Gatekeeper will refuse it).
set -eu
DIST=${1:-dist}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
VERSION=$(python3 -c "import ast,sys;t=ast.parse(open('$ROOT/vpdesk/__init__.py').read());print([n.value.value for n in t.body if isinstance(n,ast.Assign) and n.targets[0].id=='__version__'][0])")
export VPDESK_VERSION="$VERSION" VPDESK_TARGET_ARCH="${VPDESK_TARGET_ARCH:-arm64}"
APP="$DIST/vpdesk.app"
IDENTITY=${APP_IDENTITY:--}

# 1. the icon and the .app
python3 "$ROOT/installer/icons/render.py" icns "$ROOT/installer/icons/vpdesk.icns"
python3 -m PyInstaller --noconfirm --clean --distpath "$DIST" --workpath "$DIST/work" "$ROOT/installer/vpdesk.spec"

# 2. codesign every Mach-O inside out, then the app, with the hardened runtime and a secure timestamp
find "$APP/Contents" -type f | while IFS= read -r f; do
  if file -b "$f" | grep -q "Mach-O"; then codesign --force --options runtime --timestamp --sign "$IDENTITY" "$f"; fi
done
codesign --force --options runtime --timestamp --entitlements "$HERE/entitlements.plist" --sign "$IDENTITY" "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"

# 3. the component package, installed to /Applications, and the signed product archive
pkgbuild --component "$APP" --install-location /Applications --identifier nl.vpdesk.vpdesk.pkg \
  --version "$VERSION" "$DIST/vpdesk-component.pkg"
if [ -n "${PKG_IDENTITY:-}" ]; then
  productbuild --package "$DIST/vpdesk-component.pkg" --sign "$PKG_IDENTITY" --timestamp "$DIST/vpdesk-$VERSION.pkg"
else
  productbuild --package "$DIST/vpdesk-component.pkg" "$DIST/vpdesk-$VERSION.pkg"
fi

# 4. notarise and staple (needs `xcrun notarytool store-credentials $NOTARY_PROFILE` done beforehand)
if [ -n "${NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$DIST/vpdesk-$VERSION.pkg" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$DIST/vpdesk-$VERSION.pkg"
  xcrun stapler validate "$DIST/vpdesk-$VERSION.pkg"
  spctl --assess --type install --verbose "$DIST/vpdesk-$VERSION.pkg"
fi
echo "$DIST/vpdesk-$VERSION.pkg"
