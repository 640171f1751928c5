"""Completions as data, and their two renderings: a JSON body and a list of SSE frames.

Frames are rendered to bytes once, from byte templates, so a 200,000-chunk stream costs a list of
references to a handful of distinct ``bytes`` objects rather than 200,000 ``json.dumps`` calls.
The frame layout follows the gateway: ``id``, ``object``, ``created``, ``model``, ``choices``.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ._tokenize import count_tokens, pieces

#: The SSE event that ends every successful stream.
DONE_EVENT = b"data: [DONE]\n\n"
DEFAULT_PROVIDER = "mock"


def dumps(value: Any) -> bytes:
    """Compact JSON with raw UTF-8 (as the gateway's ``JSON.stringify`` sends it).

    >>> dumps({"a": "é"})
    b'{"a":"\\xc3\\xa9"}'
    """
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class ToolCall:
    """A function call the assistant makes; ``arguments`` is a JSON text.

    >>> ToolCall("call_1", "get_weather", '{"location":"Paris"}').name
    'get_weather'
    """

    id: str
    name: str
    arguments: str


@dataclass(frozen=True)
class Choice:
    """One choice: text ``content`` or ``tool_calls``, and why it finished.

    ``stream_pieces`` overrides how ``content`` is cut into content frames (default: one frame
    per token).

    >>> Choice("Hello there").completion_tokens
    2
    """

    content: str | None
    finish_reason: str = "stop"
    tool_calls: tuple[ToolCall, ...] = ()
    stream_pieces: Sequence[str] | None = None

    @property
    def completion_tokens(self) -> int:
        """Tokens of the content plus, for tool calls, of each name and arguments."""
        total = count_tokens(self.content or "")
        for call in self.tool_calls:
            total += count_tokens(call.name) + count_tokens(call.arguments)
        return total


@dataclass(frozen=True)
class Completion:
    """Everything needed to render one chat completion, streamed or not.

    >>> c = Completion("chatcmpl-1", 0, "m", (Choice("Hi"),), prompt_tokens=1)
    >>> c.usage["total_tokens"]
    2
    """

    id: str
    created: int
    model: str
    choices: tuple[Choice, ...]
    prompt_tokens: int
    provider: str = DEFAULT_PROVIDER
    completion_tokens_override: int | None = None

    @property
    def usage(self) -> dict[str, int]:
        """``prompt_tokens``, ``completion_tokens`` and their sum."""
        completion = self.completion_tokens_override
        if completion is None:
            completion = sum(choice.completion_tokens for choice in self.choices)
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": completion,
            "total_tokens": self.prompt_tokens + completion,
        }

    def render_body(self) -> bytes:
        """The non-streaming ``application/json`` body."""
        choices = []
        for index, choice in enumerate(self.choices):
            message: dict[str, Any] = {"role": "assistant", "content": choice.content}
            if choice.tool_calls:
                message["tool_calls"] = [
                    {
                        "id": call.id,
                        "type": "function",
                        "function": {"name": call.name, "arguments": call.arguments},
                    }
                    for call in choice.tool_calls
                ]
            choices.append(
                {"index": index, "message": message, "finish_reason": choice.finish_reason}
            )
        return dumps(
            {
                "id": self.id,
                "object": "chat.completion",
                "created": self.created,
                "model": self.model,
                "provider": self.provider,
                "choices": choices,
                "usage": self.usage,
            }
        )

    def render_events(self, *, include_usage: bool) -> list[bytes]:
        """The SSE events of the stream, each a complete ``data: ...\\n\\n`` block.

        Order: role frames, content/tool-call frames (choices interleaved), finish frames, the
        usage frame (``choices: []``) when ``include_usage``, then ``data: [DONE]``.
        """
        frames = _FrameMaker(self.id, self.created, self.model)
        events = [
            frames.choice(index, {"role": "assistant", "content": ""})
            for index in range(len(self.choices))
        ]
        per_choice = [
            frames.body_frames(index, choice) for index, choice in enumerate(self.choices)
        ]
        if len(per_choice) == 1:
            events.extend(per_choice[0])
        else:
            # Interleave choices so clients must route deltas by index, as real streams require.
            for group in itertools.zip_longest(*per_choice):
                events.extend(frame for frame in group if frame is not None)
        for index, choice in enumerate(self.choices):
            events.append(frames.choice(index, {}, finish_reason=choice.finish_reason))
        if include_usage:
            events.append(frames.whole({"choices": [], "usage": self.usage}))
        events.append(DONE_EVENT)
        return events


class _FrameMaker:
    """Renders ``chat.completion.chunk`` frames from byte templates."""

    def __init__(self, completion_id: str, created: int, model: str) -> None:
        self._head = (
            b'data: {"id":'
            + dumps(completion_id)
            + b',"object":"chat.completion.chunk","created":'
            + str(int(created)).encode()
            + b',"model":'
            + dumps(model)
        )

    def whole(self, rest: dict[str, Any]) -> bytes:
        """A frame whose fields after ``model`` are ``rest``."""
        tail = dumps(rest)[1:]  # drop "{": the fields continue the head's object
        return self._head + b"," + tail + b"\n\n"

    def choice(self, index: int, delta: dict[str, Any], finish_reason: str | None = None) -> bytes:
        """A frame carrying one choice's ``delta``."""
        return self.whole(
            {"choices": [{"index": index, "delta": delta, "finish_reason": finish_reason}]}
        )

    def body_frames(self, index: int, choice: Choice) -> list[bytes]:
        """Content frames (one per piece) then tool-call frames for one choice."""
        out: list[bytes] = []
        if choice.content:
            prefix = self._head + b',"choices":[{"index":%d,"delta":{"content":' % index
            suffix = b'},"finish_reason":null}]}\n\n'
            cache: dict[str, bytes] = {}
            split = (
                choice.stream_pieces if choice.stream_pieces is not None else pieces(choice.content)
            )
            for piece in split:
                frame = cache.get(piece)
                if frame is None:
                    frame = prefix + dumps(piece) + suffix
                    cache[piece] = frame
                out.append(frame)
        for call_index, call in enumerate(choice.tool_calls):
            start = {
                "index": call_index,
                "id": call.id,
                "type": "function",
                "function": {"name": call.name, "arguments": ""},
            }
            out.append(self.choice(index, {"tool_calls": [start]}))
            # Arguments arrive in several pieces, as real providers send them.
            for piece in pieces(call.arguments):
                part = {"index": call_index, "function": {"arguments": piece}}
                out.append(self.choice(index, {"tool_calls": [part]}))
        return out
