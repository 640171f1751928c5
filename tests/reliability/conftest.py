"""Fixtures of the reliability suite: the session mock gateway and the sync/async `Api` facade of
`tests/client/conftest.py` (re-exported), with this suite's own distinctive API key, and small
helpers to read what a fault left behind."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from aistats import AIStats, AsyncAIStats, ChatStream
from aistats.models import ChatCompletionChunk
from aistats.testing import RecordedRequest
from tests.client.conftest import HELLO, MODEL, Api, _gateway, api, gateway
from tests.conftest import SECRET_API_KEYS

__all__ = [
    "API_KEY",
    "CLI_API_KEY",
    "HELLO",
    "MODEL",
    "Api",
    "_gateway",
    "api",
    "arrival_gaps",
    "gateway",
    "no_retries",
    "read_until_error",
]

# Listed in tests/conftest.py SECRET_API_KEYS: an exception showing either fails the session.
API_KEY = "sk-reliability-7f3a9c2e-do-not-leak"
CLI_API_KEY = "sk-reliability-cli-5b8d1e4f-do-not-leak"
assert API_KEY in SECRET_API_KEYS
assert CLI_API_KEY in SECRET_API_KEYS


@pytest.fixture
def api_key() -> str:
    """This suite's `api` clients send API_KEY (the `api` fixture is tests/client's)."""
    return API_KEY


def no_retries(api: Api) -> Api:
    return api.with_client(api.client.with_options(max_retries=0))


def client_class(api: Api) -> type[AIStats] | type[AsyncAIStats]:
    return AIStats if api.kind == "sync" else AsyncAIStats


def arrival_gaps(requests: list[RecordedRequest]) -> list[float]:
    """Seconds between consecutive requests' arrivals, measured at the server."""
    return [
        later.received_at - earlier.received_at for earlier, later in itertools.pairwise(requests)
    ]


async def read_until_error(
    api: Api, *args: Any, **kwargs: Any
) -> tuple[list[ChatCompletionChunk], BaseException | None]:
    """Open a stream and iterate it: the chunks the caller got, and the exception that ended
    the iteration (None when the stream ended normally). Opening errors propagate."""
    chunks: list[ChatCompletionChunk] = []
    stream = await api.open(*args, **kwargs)
    try:
        if isinstance(stream, ChatStream):
            for chunk in stream:
                chunks.append(chunk)
        else:
            async for achunk in stream:
                chunks.append(achunk)
    except Exception as error:
        return chunks, error
    finally:
        await api.close_stream(stream)
    return chunks, None
