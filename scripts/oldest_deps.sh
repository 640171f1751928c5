#!/usr/bin/env bash
# The chunked-body and streaming tests in a second environment holding the oldest version
# pyproject.toml allows of every runtime dependency (httpx, httpcore and h11, whose private names
# `_chunked` uses, and attrs, python-dateutil and orjson) and of the `structured` extra (msgspec,
# jsonschema): proof that those versions work, and, through tests/unit/test_chunked_fallback.py,
# that the fast chunked-body reader is on with them.
#
#   scripts/oldest_deps.sh [PYTHON]      (PYTHON: 3.11 or later; default python3)
#
# The environment (.venv-oldest) is rebuilt only when pyproject.toml or this script is newer
# than its stamp file. The package goes in with --no-deps, so nothing newer slips in.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$HERE/.."
SELF=$HERE/$(basename "${BASH_SOURCE[0]}")

PYTHON=${1:-python3}
VENV=.venv-oldest
STAMP=$VENV/.installed
PIP=(-m pip --disable-pip-version-check)

# name==X for each runtime dependency's `>=X`, read from pyproject.toml so that the two cannot
# drift apart (a dependency without exactly one lower bound stops the script).
OLDEST_LINES=$("$PYTHON" - <<'EOF'
import re
import sys
import tomllib

with open("pyproject.toml", "rb") as file:
    project = tomllib.load(file)["project"]
dependencies = project["dependencies"] + project["optional-dependencies"]["structured"]
for requirement in dependencies:
    match = re.fullmatch(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*([^;]*)", requirement)
    if match is None:
        sys.exit(f"oldest_deps.sh: cannot read the requirement {requirement!r}")
    name, _extras, specifiers = match.groups()
    lower = [s.strip()[2:].strip() for s in specifiers.split(",") if s.strip().startswith(">=")]
    if len(lower) != 1:
        sys.exit(f"oldest_deps.sh: {requirement!r} needs exactly one '>=' lower bound")
    print(f"{name}=={lower[0]}")
EOF
)
mapfile -t OLDEST <<<"$OLDEST_LINES"
# Not a dependency of ours but of httpx (unbounded there): the lower bound of httpcore's own
# `asyncio` extra, which the async streams run on.
TRANSITIVE=("anyio==4.0.0")
# What the selected tests need (pytest, its plugins the configuration in pyproject.toml uses,
# the rest of the `testing` extra for MockGateway, whose jsonschema is the oldest one above, and
# the structured-output tests' pydantic and jiter), at the versions the dev extra pins.
TEST_TOOLS=(
    "pytest==9.2.0" "pytest-asyncio==1.5.0" "pytest-timeout==2.4.0" "hypothesis==6.170.0"
    "hypothesis-jsonschema==0.23.1" "pydantic==2.14.4" "jiter==0.19.0"
)
# About 30 s: the chunk decoder (differential tests against this h11 included), chunked bodies
# over raw sockets, the stream contract and streaming tests, the fallback tests, and structured
# output and tools (schemas and validation by this msgspec and jsonschema).
TESTS=(
    tests/unit/test_chunked_decoder.py
    tests/unit/test_chunked_fallback.py
    tests/client/test_chunked_bodies.py
    tests/client/test_stream_contract.py
    tests/client/test_streaming.py
    tests/client/test_structured_output.py
    tests/client/test_tools.py
    tests/unit/test_partial_json.py
)

if [[ ! -f $STAMP || pyproject.toml -nt $STAMP || $SELF -nt $STAMP ]]; then
    echo "oldest_deps.sh: building $VENV with ${OLDEST[*]} ${TRANSITIVE[*]}"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" "${PIP[@]}" install --quiet "${OLDEST[@]}" "${TRANSITIVE[@]}" "${TEST_TOOLS[@]}"
    "$VENV/bin/python" "${PIP[@]}" install --quiet --no-deps -e .
    touch "$STAMP"
fi
# The package's own requirements hold with these versions (pip resolved nothing around them).
"$VENV/bin/python" "${PIP[@]}" check >/dev/null
for pin in "${OLDEST[@]}" "${TRANSITIVE[@]}"; do
    name=${pin%%==*}
    installed=$("$VENV/bin/python" -c 'import sys
from importlib.metadata import version
print(version(sys.argv[1]))' "$name")
    if [[ $installed != "${pin#*==}"* ]]; then
        echo "oldest_deps.sh: $VENV has $name $installed, not ${pin#*==}" >&2
        exit 1
    fi
    printf '%s %s  ' "$name" "$installed"
done
echo
"$VENV/bin/python" -m pytest -q -p no:cacheprovider "${TESTS[@]}"
