#!/usr/bin/env bash
# Installs the build and test tools ServeWell needs, skipping whatever is
# already present at the right version (see docs: toolchain).
#
#   scripts/install-tools.sh            wasm32 target, the release build's nightly, Trunk,
#                                       wasm-bindgen CLI, wasm-opt,
#                                       a C++ compiler (libFuzzer, for the fuzz run)
#   scripts/install-tools.sh browser    the above, plus the browsers the tests drive and their
#                                       drivers: Chromium, Firefox (geckodriver), WebKitGTK, Xvfb
#
# Safe to run repeatedly: a machine that has everything pays a few version checks.
# A fresh machine pays about 30 minutes once (cargo builds Trunk and wasm-bindgen).
set -euo pipefail

TRUNK_VERSION=0.21.14
# The release build's toolchain (the Makefile's dist reads it from here): pinned, since it
# uses unstable flags.
NIGHTLY=nightly-2026-05-19
WASM_OPT_VERSION=132
GECKODRIVER_VERSION=0.37.1

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"

want_browser=false
case "${1:-}" in
  "") ;;
  browser) want_browser=true ;;
  -h|--help)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 0 ;;
  *)
    echo "usage: $0 [browser]" >&2
    exit 2 ;;
esac

die() { echo "error: $*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# apt-get waits for a running apt/dpkg (another install in progress) instead of failing.
apt_get() {
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=1800 "$@"
}

command -v cargo >/dev/null 2>&1 && command -v rustup >/dev/null 2>&1 \
  || die "cargo and rustup are needed (stable Rust >= 1.95): install Rust with rustup first, then re-run $0"

# --- rustfmt and clippy (make lint) -------------------------------------------------
for component in rustfmt clippy; do
  if rustup component list --installed | grep -q "^$component"; then
    echo "$component: present"
  else
    echo "$component: installing (rustup component add)"
    rustup component add "$component"
  fi
done

# --- wasm32 target -----------------------------------------------------------
if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
  echo "wasm32-unknown-unknown target: present"
else
  echo "wasm32-unknown-unknown target: installing (rustup target add)"
  rustup target add wasm32-unknown-unknown
fi

# --- the release build's nightly, with the standard library's source -------------
sysroot="$(rustc +"$NIGHTLY" --print sysroot 2>/dev/null || true)"
if [ -n "$sysroot" ] && [ -d "$sysroot/lib/rustlib/src/rust/library" ]; then
  echo "$NIGHTLY with rust-src: present"
else
  echo "$NIGHTLY: installing (rustup, minimal, with rust-src; a few hundred MB)"
  rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src
fi

# --- Trunk ---------------------------------------------------------------------
trunk_have="$(trunk --version 2>/dev/null || true)"
if [[ "$trunk_have" =~ (^|[[:space:]])${TRUNK_VERSION//./\\.}($|[[:space:]]) ]]; then
  echo "trunk $TRUNK_VERSION: present"
else
  echo "trunk $TRUNK_VERSION: installing (cargo install; about 20 minutes on 2 cores)${trunk_have:+, replacing: $trunk_have}"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# --- wasm-bindgen CLI (same version as the wasm-bindgen crate in Cargo.lock) ----
if [ ! -f Cargo.lock ]; then
  echo "Cargo.lock missing: generating it"
  cargo generate-lockfile
fi
WASM_BINDGEN_VERSION="$(awk '
  /^\[\[package\]\]/ { in_wb = 0 }
  /^name = "wasm-bindgen"$/ { in_wb = 1; next }
  in_wb && /^version = / { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)"
[ -n "$WASM_BINDGEN_VERSION" ] || die "no wasm-bindgen package found in Cargo.lock"

wb_have="$(wasm-bindgen --version 2>/dev/null || true)"
if [[ "$wb_have" =~ (^|[[:space:]])${WASM_BINDGEN_VERSION//./\\.}($|[[:space:]]) ]] \
   && command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  echo "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
  echo "wasm-bindgen-cli $WASM_BINDGEN_VERSION: installing (cargo install; about 10 minutes)${wb_have:+, replacing: $wb_have}"
  # Deliberately without --locked: its lock file pins a webpki-roots the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# --- npm packages: wasm-opt (binaryen) and axe-core, local to the repo -------------
wasm_opt_ok() {
  local out
  out="$(node_modules/.bin/wasm-opt --version 2>/dev/null)" || return 1
  [[ "$out" =~ version[[:space:]_]${WASM_OPT_VERSION}([^0-9]|$) ]]
}
# node_modules is current when it was installed from this very lock file.
NPM_STAMP=node_modules/.servewell-package-lock.json
if wasm_opt_ok && cmp -s package-lock.json "$NPM_STAMP"; then
  echo "wasm-opt $WASM_OPT_VERSION and npm packages: present"
else
  if ! command -v npm >/dev/null 2>&1; then
    if is_root && command -v apt-get >/dev/null 2>&1; then
      echo "node and npm: installing (apt-get)"
      apt_get update
      apt_get install -y nodejs npm
    else
      die "node (>= 20) and npm are needed for wasm-opt and the end-to-end tests: install them (e.g. sudo apt-get install nodejs npm), then re-run $0"
    fi
  fi
  if [ -f package-lock.json ]; then
    echo "wasm-opt $WASM_OPT_VERSION: installing (npm ci)"
    npm ci --no-audit --no-fund
  else
    echo "wasm-opt $WASM_OPT_VERSION: installing (npm install)"
    npm install --no-audit --no-fund
  fi
  wasm_opt_ok || die "node_modules/.bin/wasm-opt does not report version $WASM_OPT_VERSION after npm install"
  cp package-lock.json "$NPM_STAMP"
fi

# --- C++ compiler: the libfuzzer-sys crate builds libFuzzer from source --------------
if command -v c++ >/dev/null 2>&1; then
  echo "c++ compiler: present"
elif is_root && command -v apt-get >/dev/null 2>&1; then
  echo "c++ compiler: installing (apt-get)"
  apt_get update
  apt_get install -y g++
else
  die "a C++ compiler is needed for the fuzz run: install one (e.g. sudo apt-get install g++), then re-run $0"
fi

# --- Browsers and their drivers (only with 'browser') --------------------------------
# The end-to-end tests run in three engines: Chromium, Firefox and WebKit (WebKitGTK's
# MiniBrowser, on a virtual X display). Debian packages first, as root.
if $want_browser; then
  BROWSER_FILES=(/usr/bin/chromium /usr/bin/chromedriver /usr/bin/firefox-esr /usr/bin/WebKitWebDriver
                 /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser /usr/bin/Xvfb)
  BROWSER_PACKAGES=(chromium chromium-driver firefox-esr webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb)
  missing=()
  for file in "${BROWSER_FILES[@]}"; do [ -x "$file" ] || missing+=("$file"); done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "chromium, firefox-esr, WebKitGTK MiniBrowser, their drivers and Xvfb: present"
  elif is_root && command -v apt-get >/dev/null 2>&1; then
    echo "browsers: installing (apt-get) for ${missing[*]}"
    apt_get update
    apt_get install -y "${BROWSER_PACKAGES[@]}"
  else
    cat >&2 <<MSG
error: the browser tests need ${missing[*]}.
On Debian/Ubuntu, install them as root with:
    sudo apt-get update && sudo apt-get install -y ${BROWSER_PACKAGES[*]}
then re-run this script.
MSG
    exit 1
  fi

  # geckodriver, Firefox's WebDriver server: from the crate registry (a few minutes).
  gecko_have="$(geckodriver --version 2>/dev/null | head -n 1 || true)"
  if [[ "$gecko_have" =~ ^geckodriver[[:space:]]${GECKODRIVER_VERSION//./\\.}($|[[:space:]]) ]]; then
    echo "geckodriver $GECKODRIVER_VERSION: present"
  else
    echo "geckodriver $GECKODRIVER_VERSION: installing (cargo install; a few minutes)${gecko_have:+, replacing: $gecko_have}"
    cargo install geckodriver --version "$GECKODRIVER_VERSION"
  fi
fi
