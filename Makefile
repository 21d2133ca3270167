# The two commands the README gives: `make serve` and `make test`. Both set up what is missing first.
SHELL := bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: serve test setup build check-data votes bench fuzz lighthouse axe

## Serve the app with live reload at http://127.0.0.1:8080
serve: setup
	trunk serve

## Run every test: formatting, lints, native, browser and end-to-end
test:
	bash scripts/test.sh

setup:
	bash scripts/setup.sh

## Build the release site for a sub-path, e.g. `make build PUBLIC_URL=/hrc/`
PUBLIC_URL ?= /
build: setup
	trunk build --release --public-url $(PUBLIC_URL)
	cp dist/index.html dist/404.html

## Measure the release build: transfer, first card, typing at 10 000 records, memory -> BENCHMARKS.md
bench: setup
	trunk build --release --public-url /hrc/ --dist target/bench/site
	cp target/bench/site/index.html target/bench/site/404.html
	cargo run --quiet --release --bin generate-data -- --records 1000 --seed 1 --out target/bench/data-1000
	cargo run --quiet --release --bin generate-data -- --records 10000 --seed 1 --out target/bench/data-10000
	node scripts/bench.mjs

## Lighthouse (desktop and mobile) on the release build -> bench/lighthouse.md and BENCHMARKS.md
lighthouse: setup
	trunk build --release --public-url /hrc/ --dist target/bench/site
	cp target/bench/site/index.html target/bench/site/404.html
	node scripts/lighthouse.mjs target/bench/site

## axe-core (WCAG 2.2 A/AA) on every state of the release build -> bench/axe.md and BENCHMARKS.md
axe: setup
	trunk build --release --public-url /hrc/ --dist target/bench/site
	cp target/bench/site/index.html target/bench/site/404.html
	node scripts/axe.mjs target/bench/site

## Check the data file as the app would load it
check-data:
	cargo run --quiet --bin check-data -- public/data/kazakhstan-hrc-2022-2024.json

## Import the record's recorded votes again from data/hrc-votes/ (and CLDR's state names)
votes: setup
	cargo run --quiet --bin import-votes -- public/data/kazakhstan-hrc-2022-2024.json

## Fuzz the loader and the pure layer with a million inputs per property (about ten minutes)
fuzz:
	PROPTEST_CASES=1000000 cargo test --release --test fuzz_load
