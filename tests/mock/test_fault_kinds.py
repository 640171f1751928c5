"""Each fault is one object (`aistats.testing.FaultKind`): its parameters with their defaults,
its description and its effect. The Python constructors state no default of their own."""

from __future__ import annotations

import inspect

import pytest

from aistats.testing import FAULT_KINDS, Fault, FaultKind


@pytest.mark.parametrize("name", sorted(FAULT_KINDS))
def test_every_fault_has_a_constructor_whose_defaults_are_its_kinds(name: str) -> None:
    constructor = getattr(Fault, name)
    fault = constructor()
    # `_make` keeps only parameters that differ from the kind's defaults: none may remain.
    assert fault == Fault(name)
    kind = FAULT_KINDS[name]
    for parameter in inspect.signature(constructor).parameters.values():
        assert parameter.name in kind.params
        assert parameter.default == kind.params[parameter.name][1]


@pytest.mark.parametrize("kind", FAULT_KINDS.values(), ids=lambda kind: kind.name)
def test_every_fault_does_exactly_one_kind_of_thing(kind: FaultKind) -> None:
    effects = [kind.replace_response, kind.rewrite, kind.plan, kind.switch]
    assert sum(effect is not None for effect in effects) == 1
    assert kind.doc


def test_a_fault_knows_its_kind() -> None:
    assert Fault.drop_mid_stream(3).kind is FAULT_KINDS["drop_mid_stream"]
    assert Fault.parse("drop_between_events")[0].kind.name == "drop_mid_stream"


@pytest.mark.parametrize("text", ["http_error;body=bogus", "error_frame;style=bogus"])
def test_a_word_parameter_outside_its_choices_is_refused_however_the_fault_is_made(
    text: str,
) -> None:
    with pytest.raises(ValueError, match="must be one of"):
        Fault.parse(text)
