#!/usr/bin/env bash
# Runs every test layer and says how many tests of each ran and passed:
# formatting and lints (host and wasm32), native `cargo test`, browser tests
# (wasm-bindgen-test in headless Chromium) and end-to-end tests of the release build
# served under a sub-path. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

# Sums "N passed" over cargo's "test result:" lines.
count_cargo() { awk '/^test result:/ { for (i = 1; i < NF; i++) if ($(i + 1) ~ /^passed/) s += $i } END { print s + 0 }' "$1"; }

step "Formatting (cargo fmt --check)"
cargo fmt --check

step "Lints for the host (cargo clippy -D warnings)"
cargo clippy --all-targets --quiet -- -D warnings
step "Lints for wasm32 (cargo clippy -D warnings)"
cargo clippy --all-targets --target wasm32-unknown-unknown --quiet -- -D warnings

step "Data file check (check-data)"
cargo run --quiet --bin check-data -- public/data/kazakhstan-hrc-2022-2024.json

step "Native tests (cargo test)"
cargo test 2>&1 | tee "$log/native"
native=$(count_cargo "$log/native")

step "Browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --target wasm32-unknown-unknown --test browser 2>&1 | tee "$log/browser"
browser=$(count_cargo "$log/browser")

step "Release build under the sub-path /hrc/ (trunk build --release)"
rm -rf target/e2e-dist
trunk build --release --public-url /hrc/ --dist target/e2e-dist
cp target/e2e-dist/index.html target/e2e-dist/404.html

step "Size rules on the built wasm (one copy of the sort, no float formatting)"
node scripts/size-rules.mjs target/wasm32-unknown-unknown/release/hrc-record.wasm

step "End-to-end tests (playwright-core in /usr/bin/chromium)"
E2E_DIST=target/e2e-dist node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$log/e2e.tap" tests/e2e/
e2e=$(awk '/^# pass / { print $3 }' "$log/e2e.tap")
e2e_failed=$(awk '/^# fail / { print $3 }' "$log/e2e.tap")

total=$((native + browser + e2e))
printf '\n\033[1mSummary\033[0m\n'
printf '  native (cargo test):              %4d passed\n' "$native"
printf '  browser (wasm-bindgen-test):      %4d passed\n' "$browser"
printf '  end-to-end (playwright-core):     %4d passed\n' "$e2e"
echo "$total passed, $e2e_failed failed"
