#!/usr/bin/env bash
# Installs what building and testing need, and only what is missing, from the package
# registries: these machines reach nothing else (so Trunk must never download its own tools).
# Safe to run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must be exactly the version of the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v cc >/dev/null; then
  step "Installing a C toolchain (the linker for build scripts)"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y build-essential
fi

if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
  step "Adding rustfmt and clippy"
  rustup component add rustfmt clippy
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qF "$TRUNK_VERSION"; then
  step "Installing trunk $TRUNK_VERSION (about 6 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qF "$WASM_BINDGEN_VERSION" \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  step "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # Not --locked: its lockfile pins a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# SETUP_BROWSER=0 skips the browser, for a machine that only builds the site (GitHub Pages).
if [ "${SETUP_BROWSER:-1}" != 0 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  step "Installing Chromium and ChromeDriver"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

# npm ci (wasm-opt from binaryen, playwright-core, and CLDR's state names for import-votes) when
# node_modules is missing or older than the lockfile.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
  || [ ! -d node_modules/cldr-core ] || [ ! -d node_modules/cldr-localenames-full ] \
  || [ ! -d node_modules/csv-parse ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing Node packages from package-lock.json"
  npm ci --no-audit --no-fund
fi
