"""Mistakes in a request are reported before anything is sent, naming the field."""

from __future__ import annotations

from typing import Any

import pytest

from aistats.testing import MockGateway
from tests.client.conftest import HELLO, MODEL, Api


@pytest.mark.parametrize(
    ("fields", "error", "names"),
    [
        ({"messages": HELLO}, TypeError, "model"),
        ({"model": "", "messages": HELLO}, TypeError, "model"),
        ({"model": MODEL}, TypeError, "messages"),
        ({"model": MODEL, "messages": "hello"}, TypeError, "messages"),
        ({"model": MODEL, "messages": []}, ValueError, "messages"),
        ({"model": MODEL, "messages": ["hello"]}, TypeError, "messages[0]"),
        (
            {"model": MODEL, "messages": [{"role": "robot", "content": "x"}]},
            ValueError,
            "messages[0].role",
        ),
        (
            {"model": MODEL, "messages": [{"role": "user", "content": 42}]},
            TypeError,
            "messages[0].content",
        ),
        ({"model": MODEL, "messages": HELLO, "temperature": "hot"}, TypeError, "temperature"),
        ({"model": MODEL, "messages": HELLO, "max_tokens": 1.5}, TypeError, "max_tokens"),
        ({"model": MODEL, "messages": HELLO, "logprobs": "yes"}, TypeError, "logprobs"),
        ({"model": MODEL, "messages": HELLO, "stop": 3}, TypeError, "stop"),
        ({"model": MODEL, "messages": HELLO, "metadata": {"k": object()}}, TypeError, "metadata.k"),
    ],
)
async def test_a_wrong_type_raises_before_sending(
    api: Api, gateway: MockGateway, fields: dict[str, Any], error: type[Exception], names: str
) -> None:
    with pytest.raises(error, match=names.replace("[", r"\[").replace("]", r"\]")):
        await api.generate(fields)
    with pytest.raises(error):
        await api.open(fields)
    assert gateway.requests == []


async def test_a_request_of_the_wrong_kind_raises_type_error(
    api: Api, gateway: MockGateway
) -> None:
    with pytest.raises(TypeError, match="request must be a dict"):
        await api.generate(["model", MODEL])  # type: ignore[arg-type]
    assert gateway.requests == []
