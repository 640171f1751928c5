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
    #: A custom (free-form) tool's call: ``{"type": "custom", "custom": {"name", "input"}}``,
    #: whose ``input`` is ``arguments``.
    custom: bool = False

    def as_message_field(self) -> dict[str, Any]:
        """The call as ``message.tool_calls[]`` carries it."""
        if self.custom:
            return {
                "id": self.id,
                "type": "custom",
                "custom": {"name": self.name, "input": self.arguments},
            }
        return {
            "id": self.id,
            "type": "function",
            "function": {"name": self.name, "arguments": self.arguments},
        }


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
    #: What the model said instead of answering (``message.refusal``).
    refusal: str | None = None

    @property
    def completion_tokens(self) -> int:
        """Tokens of the content (or refusal) plus, for tool calls, of each name and arguments."""
        total = count_tokens(self.content or "") + count_tokens(self.refusal or "")
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
    #: The upstream provider's id, sent as ``nativeResponseId`` (omitted when ``None``).
    native_id: str | None = None
    #: ``None``: no log probabilities; else how many ``top_logprobs`` each token carries.
    top_logprobs: int | None = None

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

    def message(self, choice: Choice) -> dict[str, Any]:
        """The assistant ``message`` of ``choice`` as the gateway writes it: ``content`` always a
        string, ``refusal`` null and ``annotations`` empty (``protocols/openai-chat/encode.ts``)."""
        message: dict[str, Any] = {
            "role": "assistant",
            "content": choice.content or "",
            "refusal": choice.refusal,
            "annotations": [],
        }
        if choice.tool_calls:
            message["tool_calls"] = [call.as_message_field() for call in choice.tool_calls]
        return message

    def logprobs(self, choice: Choice) -> dict[str, Any] | None:
        """``choice.logprobs`` when the request asked for them, else ``None``."""
        if self.top_logprobs is None:
            return None
        text = choice.content or ""
        return {
            "content": [token_logprob(p, self.top_logprobs) for p in pieces(text)],
            "refusal": None,
        }

    def whole(self) -> dict[str, Any]:
        """The whole ``chat.completion`` object."""
        head: dict[str, Any] = {"id": self.id}
        if self.native_id is not None:
            head["nativeResponseId"] = self.native_id
        return {
            **head,
            "object": "chat.completion",
            "created": self.created,
            "model": self.model,
            "provider": self.provider,
            "provider_id": self.provider,
            "choices": [
                {
                    "index": index,
                    "message": self.message(choice),
                    "logprobs": self.logprobs(choice),
                    "finish_reason": choice.finish_reason,
                }
                for index, choice in enumerate(self.choices)
            ],
            "usage": self.usage,
        }

    def render_body(self) -> bytes:
        """The non-streaming ``application/json`` body."""
        return dumps(self.whole())

    def render_events(self, *, include_usage: bool) -> list[bytes]:
        """The SSE events of the stream, each a complete ``data: ...\\n\\n`` block.

        Order: role frames, content/tool-call frames (choices interleaved), finish frames, the
        usage frame (``choices: []``) when ``include_usage``, then ``data: [DONE]``.
        """
        frames = _FrameMaker(self.id, self.created, self.model, self.top_logprobs)
        events = self._choice_events(frames)
        if include_usage:
            events.append(frames.whole({"choices": [], "usage": self.usage}))
        events.append(DONE_EVENT)
        return events

    def render_realistic_events(self) -> list[bytes]:
        """The stream as the gateway's re-encoding upstream paths send it
        (``protocols/stream/encode.ts``, ``openai-compat/stream-transforms.ts``): every frame
        carries ``nativeResponseId`` and no ``created``/``model``; the finish frames lack
        ``object``; a usage frame always comes; the last frame is the whole ``chat.completion``;
        no ``[DONE]``.
        """
        native = self.native_id or self.id
        frames = _FrameMaker(self.id, None, None, self.top_logprobs, native_id=native)
        events = self._choice_events(frames, finish_object=False)
        events.append(frames.whole({"choices": [], "usage": self.usage}))
        events.append(b"data: " + dumps({**self.whole(), "nativeResponseId": native}) + b"\n\n")
        return events

    def _choice_events(self, frames: _FrameMaker, *, finish_object: bool = True) -> list[bytes]:
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
            events.append(
                frames.choice(
                    index, {}, finish_reason=choice.finish_reason, with_object=finish_object
                )
            )
        return events


def token_logprob(token: str, top: int) -> dict[str, Any]:
    """A deterministic log probability for ``token``, with ``top`` alternatives.

    >>> token_logprob("Hi", 1)["top_logprobs"][0]["token"]
    'Hi'
    """
    encoded = token.encode("utf-8")
    logprob = -round(0.01 * (1 + len(encoded) % 7), 4)
    alternatives = [{"token": token, "logprob": logprob, "bytes": list(encoded)}]
    for rank in range(1, top):
        other = f"{token.strip() or '_'}{rank}"
        alternatives.append(
            {"token": other, "logprob": logprob - rank, "bytes": list(other.encode("utf-8"))}
        )
    return {
        "token": token,
        "logprob": logprob,
        "bytes": list(encoded),
        "top_logprobs": alternatives[:top],
    }


class _FrameMaker:
    """Renders ``chat.completion.chunk`` frames from byte templates.

    ``created``/``model`` of ``None`` leave those fields out (re-encoded upstream frames);
    ``native_id`` adds ``nativeResponseId`` to every frame.
    """

    def __init__(
        self,
        completion_id: str,
        created: int | None,
        model: str | None,
        top_logprobs: int | None = None,
        *,
        native_id: str | None = None,
    ) -> None:
        head = b'data: {"id":' + dumps(completion_id)
        self._bare = head + (b',"nativeResponseId":' + dumps(native_id) if native_id else b"")
        head = self._bare + b',"object":"chat.completion.chunk"'
        if created is not None:
            head += b',"created":' + str(int(created)).encode()
        if model is not None:
            head += b',"model":' + dumps(model)
        self._head = head
        self._top_logprobs = top_logprobs

    def whole(self, rest: dict[str, Any], *, with_object: bool = True) -> bytes:
        """A frame whose fields after the head are ``rest``."""
        tail = dumps(rest)[1:]  # drop "{": the fields continue the head's object
        return (self._head if with_object else self._bare) + b"," + tail + b"\n\n"

    def choice(
        self,
        index: int,
        delta: dict[str, Any],
        finish_reason: str | None = None,
        *,
        with_object: bool = True,
    ) -> bytes:
        """A frame carrying one choice's ``delta``."""
        return self.whole(
            {"choices": [{"index": index, "delta": delta, "finish_reason": finish_reason}]},
            with_object=with_object,
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
                    if self._top_logprobs is None:
                        frame = prefix + dumps(piece) + suffix
                    else:
                        logprobs = {
                            "content": [token_logprob(piece, self._top_logprobs)],
                            "refusal": None,
                        }
                        frame = self.whole(
                            {
                                "choices": [
                                    {
                                        "index": index,
                                        "delta": {"content": piece},
                                        "logprobs": logprobs,
                                        "finish_reason": None,
                                    }
                                ]
                            }
                        )
                    cache[piece] = frame
                out.append(frame)
        if choice.refusal:
            out.extend(self.choice(index, {"refusal": piece}) for piece in pieces(choice.refusal))
        for call_index, call in enumerate(choice.tool_calls):
            kind, field = ("custom", "input") if call.custom else ("function", "arguments")
            start = {
                "index": call_index,
                "id": call.id,
                "type": kind,
                kind: {"name": call.name, field: ""},
            }
            out.append(self.choice(index, {"tool_calls": [start]}))
            # Arguments arrive in several pieces, as real providers send them.
            for piece in pieces(call.arguments):
                part = {"index": call_index, kind: {field: piece}}
                out.append(self.choice(index, {"tool_calls": [part]}))
        return out
