#!/bin/sh
# Installs sqlcipher3 into the venv: compiled here, with optimisation, from the hash-pinned source release
# (which carries the SQLCipher 4 amalgamation). The prebuilt sqlcipher3-binary wheel is built without
# optimisation and runs SQL about 1.9x slower (docs/decisions.md, 19); it is the fallback when no compiler is
# at hand. Needs gcc, Python's headers and OpenSSL's headers; installs them as root, otherwise says what to run.
# Usage: scripts/sqlcipher.sh VENV_PYTHON
set -u
PY="$1"
PIP="$PY -m pip install -q --disable-pip-version-check"
LOG="$(cd "$(dirname "$PY")/.." && pwd)/sqlcipher-build.log"

have_headers() {
  inc="$("$PY" -c 'import sysconfig; print(sysconfig.get_path("include"))')"
  [ -f "$inc/Python.h" ] && [ -f /usr/include/openssl/evp.h ] && command -v gcc >/dev/null 2>&1
}

if ! have_headers && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing what compiling SQLCipher needs: gcc libc6-dev libssl-dev python3-dev"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gcc libc6-dev libssl-dev python3-dev \
    >/dev/null 2>&1
fi

compile_sqlcipher() {
  # the compiler is quiet for a minute or two: say so, and show it is alive with a dot every 5 seconds
  echo "Compiling SQLCipher (once; about a minute or two; log: $LOG)"
  CFLAGS="-O2" $PIP --require-hashes --no-build-isolation --no-binary sqlcipher3 \
    -r requirements/sqlcipher.txt >"$LOG" 2>&1 &
  pid=$!
  start=$(date +%s)
  while kill -0 "$pid" 2>/dev/null; do
    sleep 5
    kill -0 "$pid" 2>/dev/null && printf '.'
  done
  wait "$pid"
  rc=$?
  echo " done in $(( $(date +%s) - start )) s"
  return $rc
}

if have_headers && compile_sqlcipher; then
  exit 0
fi
echo "vpdesk: could not compile SQLCipher (see $LOG; it needs: sudo apt-get install -y gcc libssl-dev python3-dev)."
echo "vpdesk: using the prebuilt sqlcipher3-binary wheel instead: the same SQLCipher, about 1.9x slower."
exec $PIP --require-hashes -r requirements/sqlcipher-binary.txt
