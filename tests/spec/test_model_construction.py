"""`from_dict` builds a model without calling its `__init__` (`cls.__new__`, then the fields:
the keyword call costs more than the rest of the stream's work per chunk). That is only the
same object if `__init__` would run nothing else: these tests hold every generated model to
having no validators, converters or init hooks, so a template change that adds one fails here
instead of being skipped silently, and check that a model read by `from_dict` equals the one
`__init__` builds from the same fields, for every completion and chunk the gateway sends."""

from __future__ import annotations

import inspect
from typing import Any

import attrs
import orjson
import pytest

import aistats_api.models
from aistats._sse import SSEDecoder
from tests.conftest import REPO_ROOT

GATEWAY_DATA = REPO_ROOT / "tests/data/gateway"
MODELS = sorted(
    (cls for _, cls in inspect.getmembers(aistats_api.models, inspect.isclass) if attrs.has(cls)),
    key=lambda cls: cls.__name__,
)


def test_there_are_models_to_check() -> None:
    assert len(MODELS) > 50


@pytest.mark.parametrize("model", MODELS, ids=lambda cls: cls.__name__)
def test_init_would_run_nothing_from_dict_skips(model: type) -> None:
    for hook in ("__attrs_pre_init__", "__attrs_post_init__", "__attrs_init_subclass__"):
        assert not hasattr(model, hook), f"{model.__name__}.{hook}"
    for field in attrs.fields(model):
        assert field.validator is None, f"{model.__name__}.{field.name} has a validator"
        assert field.converter is None, f"{model.__name__}.{field.name} has a converter"


def _rebuilt(model: Any) -> Any:
    """`model` built again through `__init__`, nested models included."""
    if isinstance(model, list):
        return [_rebuilt(item) for item in model]
    if not attrs.has(type(model)):
        return model
    fields = attrs.fields(type(model))
    rebuilt = type(model)(**{f.alias: _rebuilt(getattr(model, f.name)) for f in fields if f.init})
    for field in fields:
        if not field.init:
            object.__setattr__(rebuilt, field.name, getattr(model, field.name))
    return rebuilt


def _payloads() -> list[tuple[str, type, dict[str, Any]]]:
    found: list[tuple[str, type, dict[str, Any]]] = []
    for path in sorted(GATEWAY_DATA.glob("completion*.json")):
        found.append(
            (
                path.name,
                aistats_api.models.CreateChatCompletionResponse,
                orjson.loads(path.read_bytes()),
            )
        )
    for path in sorted(GATEWAY_DATA.glob("*.sse")):
        for index, event in enumerate(SSEDecoder().feed(path.read_bytes() + b"\n\n")):
            if not event.data.startswith("{"):
                continue
            payload = orjson.loads(event.data)
            if payload.get("object") == "chat.completion.chunk" or "delta" in str(payload):
                found.append(
                    (
                        f"{path.name}#{index}",
                        aistats_api.models.CreateChatCompletionStreamResponse,
                        payload,
                    )
                )
    return found


PAYLOADS = _payloads()


def test_there_are_payloads_of_both_kinds() -> None:
    kinds = {model for _, model, _ in PAYLOADS}
    assert kinds == {
        aistats_api.models.CreateChatCompletionResponse,
        aistats_api.models.CreateChatCompletionStreamResponse,
    }


@pytest.mark.parametrize(("name", "model", "payload"), PAYLOADS, ids=[p[0] for p in PAYLOADS])
def test_from_dict_equals_init(name: str, model: Any, payload: dict[str, Any]) -> None:
    read = model.from_dict(payload)
    assert read == _rebuilt(read)
    assert read.to_dict() == payload
