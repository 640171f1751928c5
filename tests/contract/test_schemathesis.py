"""Schemathesis against the mock gateway: every check on, positive and negative cases.

What it proves: no request, valid or not, gets a 500; every response (JSON bodies, SSE streams,
errors) is valid against `openapi.yaml` and has a status the spec documents; nothing the spec
forbids is accepted; nothing it allows is refused, except by the rules the spec's 400 lists in
`x-aistats-rules` (what JSON Schema cannot state, e.g. a named `tool_choice` must name a declared
function), each recognised by its `details[].keyword`. The run is deterministic (derandomized,
no example database) and bounded by EXAMPLES.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from aistats.testing import MockGateway
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow

# Positive and negative cases together: a few hundred requests, well under a minute.
EXAMPLES = 300
API_KEY = "schemathesis-key"
SPEC = REPO_ROOT / "openapi.yaml"

schema = schemathesis.openapi.from_path(SPEC)
schema.config.generation.update(
    modes=[schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE],
    max_examples=EXAMPLES,
    deterministic=True,
    database="none",
)


def documented_rules() -> frozenset[str]:
    """The `details[].keyword`s of the 400s the spec documents for rules it cannot state."""
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return frozenset(document["components"]["responses"]["BadRequest"]["x-aistats-rules"])


DOCUMENTED_RULES = documented_rules()


def refused_by_a_documented_rule(response: Any) -> bool:
    if response.status_code != 400:
        return False
    details = response.json().get("details") or [{}]
    return all(detail.get("keyword") in DOCUMENTED_RULES for detail in details)


@schemathesis.check
def positive_data_acceptance_but_documented_rules(ctx: Any, response: Any, case: Any) -> None:
    """`positive_data_acceptance`, except for a 400 from a rule the spec's 400 documents."""
    meta = case.meta
    if (
        meta is not None
        and meta.generation.mode.is_positive
        and refused_by_a_documented_rule(response)
    ):
        return
    positive_data_acceptance(ctx, response, case)


@pytest.fixture(scope="module")
def gateway() -> Iterator[MockGateway]:
    with MockGateway(api_keys=[API_KEY]) as gw:
        yield gw


def test_the_spec_documents_the_rules_the_mock_enforces() -> None:
    assert {"undeclared_tool", "tool_required"} <= DOCUMENTED_RULES


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_the_mock_gateway_conforms_to_the_spec(
    case: schemathesis.Case, gateway: MockGateway
) -> None:
    case.call_and_validate(
        base_url=gateway.base_url,
        headers={"Authorization": f"Bearer {API_KEY}"},
        excluded_checks=[positive_data_acceptance],
        additional_checks=[positive_data_acceptance_but_documented_rules],
    )
