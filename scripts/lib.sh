# Shared by scripts/serve and scripts/test: installs whatever a fresh machine lacks.
# Everything comes from crates.io, Debian or npm; nothing downloads a binary at run time.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# The cargo target folder lives outside the clone so CI and later runs reuse it.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/vagvisaren/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

step() { printf '\n==> %s\n' "$*"; }

# The wasm target and the linters.
ensure_rust() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  for component in clippy rustfmt; do
    rustup component list --installed | grep -q "^$component" || rustup component add "$component"
  done
}

# wasm-bindgen's CLI at exactly the version Cargo.lock pins (the two must match).
ensure_wasm_bindgen() {
  local version
  version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$version" ]; then
    step "installing wasm-bindgen-cli $version from crates.io (about 3 minutes)"
    cargo install wasm-bindgen-cli --version "$version"
  fi
}

# Debian's Chromium and Noto fonts (Arabic, Ge'ez and Thai render in screenshots).
ensure_browser() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)
  if [ "${#missing[@]}" -gt 0 ]; then
    step "installing ${missing[*]} from Debian"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
  fi
}

# Playwright and axe-core from npm (never a browser download).
ensure_npm() {
  local stamp="end2end/node_modules/.installed-lock"
  if [ ! -f "$stamp" ] || ! cmp -s end2end/package-lock.json "$stamp"; then
    step "installing the end-to-end test packages from npm"
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
    cp end2end/package-lock.json "$stamp"
  fi
}

# The web client, built into site/ (which the server embeds).
build_site() {
  step "building the site (wasm, wasm-bindgen, precompression)"
  cargo run -q -p xtask -- site
}
