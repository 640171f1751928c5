#!/usr/bin/env bash
# The chunked-body and streaming tests in a second environment holding the oldest versions
# pyproject.toml allows of the libraries whose private names `_chunked` uses (and of the other
# runtime dependencies): proof that those versions work, fast path or not.
#
#   scripts/oldest_deps.sh [PYTHON]
#
# The environment (.venv-oldest) is rebuilt only when pyproject.toml or this script changes.
set -euo pipefail

PYTHON=${1:-python3}
VENV=.venv-oldest
STAMP=$VENV/.installed
# Keep in step with the lower bounds in pyproject.toml's `dependencies`.
OLDEST=(
    "httpx==0.27.0" "httpcore==1.0.9" "h11==0.16.0" "anyio==4.0.0"
    "attrs==23.1.0" "python-dateutil==2.8.0" "orjson==3.9.0"
)
# What the selected tests need, at the versions the dev extra pins.
TEST_TOOLS=(
    "pytest==9.2.0" "pytest-asyncio==1.5.0" "pytest-timeout==2.4.0" "hypothesis==6.170.0"
    "hypothesis-jsonschema==0.23.1" "jsonschema[format-nongpl]>=4.18" "pyyaml==6.0.3"
)
TESTS=(
    tests/unit/test_chunked_decoder.py
    tests/client/test_chunked_bodies.py
    tests/client/test_stream_contract.py
    tests/client/test_streaming.py
    tests/unit/test_chunked_fallback.py
)

if [[ ! -f $STAMP || pyproject.toml -nt $STAMP || $0 -nt $STAMP ]]; then
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        "${OLDEST[@]}" "${TEST_TOOLS[@]}"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -e .
    touch "$STAMP"
fi
"$VENV/bin/python" -m pip list --disable-pip-version-check 2>/dev/null \
    | grep -iE '^(httpx|httpcore|h11|anyio|attrs|orjson|python-dateutil) ' | tr -s ' ' | paste -sd ';'
"$VENV/bin/python" -m pytest -q -p no:cacheprovider "${TESTS[@]}"
