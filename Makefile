# The two commands the README gives: `make serve` and `make test`. Both set up what is missing first.
SHELL := bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: serve test setup build check-data bench

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

## Check the data file as the app would load it
check-data:
	cargo run --quiet --bin check-data -- public/data/kazakhstan-hrc-2022-2024.json
