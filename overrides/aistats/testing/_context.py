"""What a reply needs to know about the request it answers.

Scripted and derived replies both read the request through :class:`ReplyContext`, so the
``id``, ``model``, ``stream`` flag and usage accounting are the same for both. The completion id
is a hash of the request body: the same request always gets the same bytes back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

from ._completion import Choice, Completion
from ._errors import DEFAULT_ERROR_STYLE, ErrorStyle
from ._http import RecordedRequest
from ._response import Response
from ._tokenize import count_tokens

#: ``created`` of every completion: a fixed time keeps replies byte-for-byte reproducible.
DEFAULT_CREATED = 1_735_689_600  # 2025-01-01T00:00:00Z
DEFAULT_MODEL = "mock/mock-model"
# The alphabet of ULIDs (Crockford base32), which the gateway's generation ids use.
StreamStyle = Literal["openai", "realistic"]
STREAM_STYLES: tuple[StreamStyle, ...] = ("openai", "realistic")
DEFAULT_STREAM_STYLE: StreamStyle = "openai"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def content_text(content: Any) -> str:
    """The text of a message ``content``: a string, or the ``text`` of its parts.

    >>> content_text([{"type": "text", "text": "a"}, {"type": "text", "text": "b"}])
    'a\\nb'
    """
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = [
            p["text"] for p in content if isinstance(p, dict) and isinstance(p.get("text"), str)
        ]
        return "\n".join(texts)
    return ""


@dataclass(frozen=True)
class ReplyContext:
    """The request being answered, and the few settings that shape every reply.

    >>> ctx = ReplyContext(request)  # doctest: +SKIP
    >>> ctx.render(ctx.completion([Choice("Hi")]))  # doctest: +SKIP
    """

    request: RecordedRequest
    created: int = DEFAULT_CREATED
    provider: str = "mock"
    error_style: ErrorStyle = DEFAULT_ERROR_STYLE
    #: ``"realistic"``: streams are sent as the gateway's re-encoding upstream paths send them.
    stream_style: StreamStyle = DEFAULT_STREAM_STYLE

    @cached_property
    def body(self) -> dict[str, Any]:
        """The JSON body when it is an object, else ``{}``."""
        body = self.request.body
        return body if isinstance(body, dict) else {}

    @property
    def stream(self) -> bool:
        """Whether the request asked for an event stream."""
        return self.body.get("stream") is True

    @property
    def include_usage(self) -> bool:
        """Whether a streamed reply ends with a usage frame."""
        options = self.body.get("stream_options")
        wants = isinstance(options, dict) and options.get("include_usage") is True
        return wants or self.body.get("usage") is True

    @property
    def model(self) -> str:
        """The requested model, echoed back like the gateway does."""
        model = self.body.get("model")
        return model if isinstance(model, str) and model else DEFAULT_MODEL

    @cached_property
    def completion_id(self) -> str:
        """The gateway's generation id, ``G-`` and 26 ULID characters (a hash of the body)."""
        digest = int.from_bytes(hashlib.sha256(self.request.raw_body).digest()[:17], "big")
        return "G-" + "".join(_CROCKFORD[(digest >> (5 * i)) & 31] for i in range(25, -1, -1))

    @property
    def native_response_id(self) -> str:
        """The upstream provider's own id of the response (``nativeResponseId``)."""
        return "chatcmpl-mock-" + self.completion_id[2:].lower()

    def error(
        self,
        status: int,
        message: str | None = None,
        *,
        code: str | None = None,
        param: str | None = None,
        details: Sequence[Mapping[str, Any]] = (),
        extra: Mapping[str, Any] | None = None,
        headers: list[tuple[str, str]] | None = None,
    ) -> Response:
        """An error for this request, in the gateway's style, carrying its generation id."""
        return Response.error(
            status,
            message,
            code=code,
            param=param,
            details=details,
            extra=extra,
            generation_id=self.completion_id,
            style=self.error_style,
            headers=headers,
        )

    def tool_call_id(self, index: int) -> str:
        """A deterministic tool call id, unique per request and call ``index``."""
        digest = hashlib.sha256(f"{self.completion_id}:{index}".encode()).hexdigest()
        return "call_" + digest[:24]

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The request's messages that are objects."""
        messages = self.body.get("messages")
        if not isinstance(messages, list):
            return []
        return [m for m in messages if isinstance(m, dict)]

    @cached_property
    def prompt_tokens(self) -> int:
        """Tokens of every message's text, counted like completions are."""
        return sum(count_tokens(content_text(m.get("content"))) for m in self.messages)

    @property
    def last_user_text(self) -> str:
        """The text of the last user message (or of the last message when none is a user's)."""
        messages = self.messages
        for message in reversed(messages):
            if message.get("role") == "user":
                return content_text(message.get("content"))
        return content_text(messages[-1].get("content")) if messages else ""

    def completion(
        self, choices: Sequence[Choice], *, completion_tokens: int | None = None
    ) -> Completion:
        """A completion for this request with ``choices``."""
        return Completion(
            id=self.completion_id,
            created=self.created,
            model=self.model,
            choices=tuple(choices),
            prompt_tokens=self.prompt_tokens,
            provider=self.provider,
            completion_tokens_override=completion_tokens,
            native_id=self.native_response_id,
            top_logprobs=self.top_logprobs,
        )

    @property
    def top_logprobs(self) -> int | None:
        """``None`` unless the request asked for ``logprobs``, else ``top_logprobs`` (>= 1)."""
        if self.body.get("logprobs") is not True:
            return None
        top = self.body.get("top_logprobs")
        return max(top, 1) if isinstance(top, int) and not isinstance(top, bool) else 1

    def render(self, completion: Completion, headers: Sequence[tuple[str, str]] = ()) -> Response:
        """Render ``completion`` as a stream or a JSON body, as the request asked."""
        if self.stream and self.stream_style == "realistic":
            events = completion.render_realistic_events()
            return Response.sse(events, headers=list(headers))
        if self.stream:
            events = completion.render_events(include_usage=self.include_usage)
            return Response.sse(events, headers=list(headers))
        body = completion.render_body()
        return Response(200, [("Content-Type", "application/json"), *headers], body)
