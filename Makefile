# Every target sets up what it needs: a fresh clone runs `make demo` or `make test` and nothing else.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The generator's post-hooks call `ruff` by name: use the pinned one from the venv.
export PATH := $(abspath $(BIN)):$(PATH)

SPEC := openapi.yaml
GENERATOR_CONFIG := generator-config.yaml
# Our overrides of some generator templates (see the comment at the top of each).
TEMPLATES := templates
GENERATED := generated/aistats_api
STAMP := $(VENV)/.installed

.PHONY: help install generate check-generated api-changes validate-spec lint-spec test-oldest-deps lint format typecheck pytest check test demo fuzz bench clean

help:  ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 20

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)  ## Create .venv with the package (editable) and the pinned dev tools.

# Regenerates into a scratch directory first, so a failed run never leaves a half-written tree.
define generate_into
	rm -rf $(1)
	$(BIN)/python scripts/generate.py $(SPEC) $(GENERATOR_CONFIG) $(TEMPLATES) $(1) >/dev/null
	touch $(1)/py.typed
	$(BIN)/python scripts/spec_to_json.py $(SPEC) $(1)/openapi.json
endef

generate: $(STAMP)  ## Delete and recreate generated/aistats_api from openapi.yaml.
	$(call generate_into,.generate.tmp/aistats_api)
	rm -rf $(GENERATED)
	mkdir -p $(dir $(GENERATED))
	mv .generate.tmp/aistats_api $(GENERATED)
	rm -rf .generate.tmp

check-generated: $(STAMP)  ## Fail when generated/ differs from what openapi.yaml produces.
	$(call generate_into,.check-generated.tmp/aistats_api)
	@if ! diff -r -q -x __pycache__ $(GENERATED) .check-generated.tmp/aistats_api; then \
		rm -rf .check-generated.tmp; \
		$(BIN)/python scripts/api_changes.py --old HEAD --new $(SPEC) --fail-on none >&2 || true; \
		echo "generated/ is stale: run 'make generate' and commit the result." >&2; exit 1; \
	fi
	@rm -rf .check-generated.tmp
	@echo "generated/ matches $(SPEC)"

# make api-changes OLD=<git ref or file> [NEW=<file>] [FORMAT=text|markdown|json] [OUT=<file>]
#                  [FAIL_ON=breaking|any|none] [TYPECHECK=<path>|yes] [ACCEPT=yes]
OLD ?= HEAD
NEW ?= $(SPEC)
FORMAT ?= text
FAIL_ON ?= breaking
OUT ?=
TYPECHECK ?=
ACCEPT ?=
# make itself exits 2 whenever a recipe fails: CI that must tell "the API broke" (1) from "the
# tool broke" (2) runs the script, with the same options as flags (see its --help).
api-changes: $(STAMP)  ## What a spec change does to clients: OLD=<ref|file> [NEW= FORMAT= FAIL_ON= TYPECHECK=]
	@$(BIN)/python scripts/api_changes.py --old '$(OLD)' --new '$(NEW)' --format '$(FORMAT)' \
		--fail-on '$(FAIL_ON)' $(if $(OUT),--out '$(OUT)') \
		$(if $(filter yes 1 true default,$(TYPECHECK)),--typecheck,$(if $(TYPECHECK),--typecheck $(TYPECHECK))) \
		$(if $(filter yes 1 true,$(ACCEPT)),--accept)

validate-spec: $(STAMP)  ## Validate openapi.yaml against the OpenAPI 3.1 schema.
	$(BIN)/openapi-spec-validator $(SPEC)

# Redocly CLI, pinned with its whole dependency tree in tools/redocly/package-lock.json; its rules
# are in redocly.yaml (every `recommended` warning an error) and the findings kept on purpose,
# each with its reason, in .redocly.lint-ignore.yaml. Offline: no telemetry, no update check.
REDOCLY_DIR := tools/redocly
REDOCLY_STAMP := $(REDOCLY_DIR)/node_modules/.installed
$(REDOCLY_STAMP): $(REDOCLY_DIR)/package.json $(REDOCLY_DIR)/package-lock.json
	cd $(REDOCLY_DIR) && npm ci --silent --no-audit --no-fund --ignore-scripts
	touch $(REDOCLY_STAMP)

lint-spec: $(REDOCLY_STAMP)  ## Lint openapi.yaml with Redocly CLI (recommended-strict rules).
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
		$(REDOCLY_DIR)/node_modules/.bin/redocly lint $(SPEC) --format=summary

lint: $(STAMP)  ## ruff on hand-written code and tests.
	$(BIN)/ruff check overrides tests scripts benchmarks
	$(BIN)/ruff format --check overrides tests scripts benchmarks

format: $(STAMP)  ## Apply ruff fixes and formatting to hand-written code.
	$(BIN)/ruff check --fix overrides tests scripts benchmarks
	$(BIN)/ruff format overrides tests scripts benchmarks

typecheck: $(STAMP)  ## mypy --strict on both packages and the generation scripts.
	$(BIN)/mypy --strict overrides/aistats generated/aistats_api scripts

# The suite on every core (pytest-xdist; each worker starts its own mock gateways), then the
# package's doctests (run against a mock by overrides/conftest.py).
PYTEST_WORKERS ?= 2
pytest: $(STAMP)  ## Run the test suite and the package's doctests.
	$(BIN)/python -m pytest -q -n $(PYTEST_WORKERS)
	$(BIN)/python -m pytest -q -p no:randomly --doctest-modules overrides/aistats

test: $(STAMP) validate-spec lint-spec check-generated lint typecheck pytest test-oldest-deps  ## Everything CI runs.

test-oldest-deps:  ## The stream tests with the oldest httpx/httpcore/h11 (and others) allowed.
	bash scripts/oldest_deps.sh $(PYTHON)

# The daily loop: everything static, then every test not marked `slow` or `fuzz` (tests/conftest.py
# and the `pytestmark` of the slow modules say which), in about a minute on 2 cores.
check: $(STAMP) check-generated lint typecheck  ## Fast: drift, lint, types, and the fast tests.
	$(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) -m "not slow and not fuzz"

demo: $(STAMP)  ## Start the mock gateway, stream a limerick through the CLI, then stop it.
	bash scripts/demo.sh $(BIN)

BENCH_STAMP := $(VENV)/.installed-bench
$(BENCH_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)  ## Benchmark against the peers; writes benchmarks/results/latest.md.
	$(BIN)/python -m benchmarks

FUZZ_EXAMPLES ?= 50000
fuzz: $(STAMP)  ## Long property-based fuzz runs of the SSE decoder and the stream layer.
	AISTATS_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q -p no:randomly \
		tests/unit/test_sse_decoder.py tests/unit/test_chunked_decoder.py tests/reliability \
		-k "fuzz or differential or arbitrary"

clean:  ## Remove the venv and caches.
	rm -rf $(VENV) .venv-oldest .pytest_cache .mypy_cache .ruff_cache .hypothesis .generate.tmp .check-generated.tmp
