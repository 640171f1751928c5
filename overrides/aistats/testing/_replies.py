"""Scripted replies: what a test wants the next request to get.

A :class:`MockReply` is rendered against the request it answers, so ``MockReply.text("Hi")``
becomes a JSON completion for a plain request and an SSE stream for ``stream: true``, with the
request's model and usage options. Scripted replies skip authentication and validation: the
script is the authority. Faults attached to a reply apply to the request that consumes it.
"""

from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ._completion import Choice, ToolCall, dumps
from ._context import ReplyContext
from ._conversation import latest_call_ids, latest_tool_results, tool_turn_problem
from ._faults import Fault
from ._responder import schema_instance, schema_violation, with_rejections
from ._response import HTML_TYPE, JSON_TYPE, SSE_TYPE, TEXT_TYPE, Response, split_sse
from ._tokenize import count_tokens, split_fixed

RenderFn = Callable[[ReplyContext], Response]
HeadersLike = Mapping[str, str] | Sequence[tuple[str, str]]
FaultsLike = Fault | Sequence[Fault] | None

DEFAULT_STREAM_PIECE = "hello "


def _script_refusal(ctx: ReplyContext, message: str, path: str) -> Response:
    """The 400 a scripted conversation answers a request that broke the script."""
    parts: list[str | int] = [int(p) if p.isdigit() else p for p in path.split(".")]
    detail = {"message": message, "path": parts, "keyword": "tool_call_mismatch", "params": {}}
    return ctx.error(400, f"{message} at {path}", code="validation_error", details=[detail])


def _cut_json(value: Any) -> str:
    """The first half of ``value``'s compact JSON, which no JSON parser accepts (a number whose
    first half is a number is put in an object first)."""
    whole = dumps(value).decode()
    cut = whole[: max(1, len(whole) // 2)]
    try:
        _json.loads(cut)
    except ValueError:
        return cut
    return _cut_json({"reply": value})


def _headers(headers: HeadersLike | None) -> list[tuple[str, str]]:
    if headers is None:
        return []
    if isinstance(headers, Mapping):
        return [(str(k), str(v)) for k, v in headers.items()]
    return [(str(k), str(v)) for k, v in headers]


def _faults(fault: FaultsLike) -> tuple[Fault, ...]:
    if fault is None:
        return ()
    if isinstance(fault, Fault):
        return (fault,)
    return tuple(fault)


@dataclass(frozen=True)
class MockReply:
    """One scripted answer. Build it with a class method, then ``gw.enqueue(reply)``.

    >>> gw.enqueue(MockReply.text("Hello there"))  # doctest: +SKIP
    """

    description: str
    render: RenderFn | None = field(default=None, repr=False, compare=False)
    faults: tuple[Fault, ...] = ()

    @property
    def is_derived(self) -> bool:
        """Whether the reply is derived from the request (see :meth:`derived`)."""
        return self.render is None

    def with_faults(self, *faults: Fault) -> MockReply:
        """A copy of this reply with ``faults`` added.

        >>> MockReply.text("x").with_faults(Fault.crlf()).faults
        (Fault(name='crlf', params=()),)
        """
        return replace(self, faults=self.faults + faults)

    @classmethod
    def derived(cls, *, fault: FaultsLike = None) -> MockReply:
        """Answer as if the queue were empty (auth, validation, derived text), with ``fault``.

        >>> gw.enqueue(MockReply.derived(fault=Fault.drop_mid_stream(3)))  # doctest: +SKIP
        """
        return cls("derived", None, _faults(fault))

    @classmethod
    def text(
        cls,
        text: str,
        *,
        chunk_size: int | None = None,
        finish_reason: str = "stop",
        headers: HeadersLike | None = None,
        fault: FaultsLike = None,
    ) -> MockReply:
        """An assistant message with ``text``; streamed one token per frame, or ``chunk_size``
        characters per frame.

        >>> MockReply.text("Hello there", chunk_size=5).description
        "text('Hello there')"
        """
        extra = _headers(headers)
        stream_pieces = split_fixed(text, chunk_size) if chunk_size else None

        def render(ctx: ReplyContext) -> Response:
            choice = Choice(text, finish_reason, stream_pieces=stream_pieces)
            return ctx.render(ctx.completion([choice]), extra)

        return cls(f"text({text[:40]!r})", render, _faults(fault))

    @classmethod
    def text_stream_of(
        cls, n_chunks: int, piece: str = DEFAULT_STREAM_PIECE, *, fault: FaultsLike = None
    ) -> MockReply:
        """A reply of ``n_chunks`` copies of ``piece``: one content frame each when streamed.

        Cheap at any size (the frame is rendered once), for benchmarks.

        >>> gw.enqueue(MockReply.text_stream_of(200_000))  # doctest: +SKIP
        """
        if n_chunks < 0:
            raise ValueError("n_chunks must be >= 0")

        def render(ctx: ReplyContext) -> Response:
            choice = Choice(piece * n_chunks, stream_pieces=(piece,) * n_chunks)
            completion = ctx.completion([choice], completion_tokens=n_chunks * count_tokens(piece))
            return ctx.render(completion)

        return cls(f"text_stream_of({n_chunks}, {piece!r})", render, _faults(fault))

    @classmethod
    def tool_calls(
        cls,
        calls: Sequence[tuple[str, str | Mapping[str, Any]]],
        *,
        headers: HeadersLike | None = None,
        fault: FaultsLike = None,
    ) -> MockReply:
        """Tool calls ``(name, arguments)``; arguments are JSON text or a mapping to encode.

        >>> MockReply.tool_calls([("get_weather", '{"location":"Paris"}')]).description
        "tool_calls(['get_weather'])"
        """
        extra = _headers(headers)
        normalised = [
            (name, args if isinstance(args, str) else dumps(dict(args)).decode())
            for name, args in calls
        ]

        def render(ctx: ReplyContext) -> Response:
            tool_calls = tuple(
                ToolCall(ctx.tool_call_id(i), name, args)
                for i, (name, args) in enumerate(normalised)
            )
            choice = Choice(None, "tool_calls", tool_calls)
            return ctx.render(ctx.completion([choice]), extra)

        return cls(f"tool_calls({[n for n, _ in normalised]!r})", render, _faults(fault))

    @classmethod
    def tool_conversation(
        cls,
        steps: Sequence[Sequence[tuple[str, str | Mapping[str, Any]]]],
        answer: str,
        *,
        fault: FaultsLike = None,
    ) -> tuple[MockReply, ...]:
        """A scripted tool-calling model: each step asks for its tool calls ``(name,
        arguments)`` (as :meth:`tool_calls` takes them), then ``answer`` is the text. Every
        reply after the first first checks that the request carries a tool message for each
        call of the step before (after the assistant message that made them); a loop that
        forgets one gets a 400 ``validation_error`` naming the ids, as from the gateway.
        Enqueue the replies in order.

        >>> replies = MockReply.tool_conversation(
        ...     [[("get_weather", {"city": "Paris"})]], answer="Sunny in Paris."
        ... )
        >>> [reply.description for reply in replies]
        ["tool_calls(['get_weather'])", "after_tool_results(text('Sunny in Paris.'))"]
        >>> for reply in replies:
        ...     gw.enqueue(reply)  # doctest: +SKIP
        """
        if not steps:
            raise ValueError("a tool conversation needs at least one step of tool calls")
        replies = [cls.tool_calls(steps[0], fault=fault)]
        for step in steps[1:]:
            replies.append(cls.tool_calls(step, fault=fault).after_tool_results())
        replies.append(cls.text(answer, fault=fault).after_tool_results())
        return tuple(replies)

    def after_tool_results(self) -> MockReply:
        """This reply, given only to a request that answers every tool call of its last
        assistant message with a tool message; any other request gets a 400."""
        render = self.render
        if render is None:
            raise ValueError("after_tool_results() needs a scripted reply, not a derived one")

        def checked(ctx: ReplyContext) -> Response:
            messages = ctx.messages
            problem = tool_turn_problem(messages)
            if problem is None and (
                not latest_call_ids(messages) or not latest_tool_results(messages)
            ):
                problem_text = (
                    "the conversation should end with the results of the tool calls the model "
                    "asked for, after the assistant message that asked"
                )
                return _script_refusal(ctx, problem_text, "messages")
            if problem is not None:
                return _script_refusal(ctx, problem.message, problem.path)
            return render(ctx)

        return replace(self, description=f"after_tool_results({self.description})", render=checked)

    @classmethod
    def object(
        cls, value: Any, *, chunk_size: int | None = None, fault: FaultsLike = None
    ) -> MockReply:
        """An assistant message whose content is ``value`` as compact JSON (structured output
        exactly as the test wants it, valid or not).

        >>> print(MockReply.object({"title": "Pancakes"}).description)
        object('{"title":"Pancakes"}')
        """
        reply = cls.text(dumps(value).decode(), chunk_size=chunk_size, fault=fault)
        return replace(reply, description=f"object({dumps(value).decode()[:40]!r})")

    @classmethod
    def invalid_json(cls, text: str | None = None, *, fault: FaultsLike = None) -> MockReply:
        """An assistant message that is not JSON: ``text``, or by default the first half of the
        JSON a derived reply would give (the request's ``response_format`` schema instance, or
        ``{"reply": ...}``): an object cut in the middle.

        >>> print(MockReply.invalid_json('{"title": ').description)
        invalid_json('{"title": ')
        >>> print(_cut_json({"title": "Pancakes", "servings": 2}))
        {"title":"Pancak
        """

        def render(ctx: ReplyContext) -> Response:
            content = text
            if content is None:
                # No instance to cut (a schema with none): the script asked for bad JSON, not a 400.
                instance = schema_instance(ctx, refuse=False)
                content = _cut_json({"reply": ctx.last_user_text} if instance is None else instance)
            return ctx.render(ctx.completion([Choice(content)]))

        return cls(f"invalid_json({text!r})", render, _faults(fault))

    @classmethod
    def schema_violation(cls, *, fault: FaultsLike = None) -> MockReply:
        """An assistant message that is JSON but does not fit the request's
        ``response_format`` schema (checked with the schema's validator).

        >>> MockReply.schema_violation().description
        'schema_violation()'
        """

        def render(ctx: ReplyContext) -> Response:
            return ctx.render(ctx.completion([Choice(dumps(schema_violation(ctx)).decode())]))

        return cls("schema_violation()", with_rejections(render), _faults(fault))

    @classmethod
    def refusal(cls, text: str, *, fault: FaultsLike = None) -> MockReply:
        """The model refuses: ``message.refusal`` is ``text`` (``delta.refusal`` pieces when
        streamed) and the content empty.

        >>> print(MockReply.refusal("I can't help with that.").description)
        refusal("I can't help with that.")
        """

        def render(ctx: ReplyContext) -> Response:
            return ctx.render(ctx.completion([Choice(None, refusal=text)]))

        return cls(f"refusal({text[:40]!r})", render, _faults(fault))

    @classmethod
    def error(
        cls,
        status: int,
        *,
        json: Any = None,
        html: str | None = None,
        text: str | None = None,
        body: bytes | None = None,
        content_type: str | None = None,
        headers: HeadersLike | None = None,
        fault: FaultsLike = None,
        code: str | None = None,
        message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> MockReply:
        """An HTTP error. Body: ``json``, ``html``, ``text``, raw ``body`` (``b""`` for none),
        or by default the gateway's JSON error body for ``status`` (in the gateway's error
        style), with ``code``, ``message`` (its ``description``) and ``extra`` top-level fields.

        >>> MockReply.error(429, headers={"Retry-After": "1"}).description
        'error(429)'
        """
        if json is None and html is None and text is None and body is None:
            extra_headers = _headers(headers)

            def render_default(ctx: ReplyContext) -> Response:
                return ctx.error(status, message, code=code, extra=extra, headers=extra_headers)

            return cls(f"error({status})", render_default, _faults(fault))
        if json is not None:
            payload, kind = _json.dumps(json).encode(), JSON_TYPE
        elif html is not None:
            payload, kind = html.encode(), HTML_TYPE
        elif text is not None:
            payload, kind = text.encode(), TEXT_TYPE
        else:
            payload, kind = body or b"", ""
        kind = content_type if content_type is not None else kind
        response_headers = ([("Content-Type", kind)] if kind else []) + _headers(headers)

        def render(ctx: ReplyContext) -> Response:
            return Response(status, list(response_headers), payload)

        return cls(f"error({status})", render, _faults(fault))

    @classmethod
    def json(
        cls,
        payload: Any,
        *,
        status: int = 200,
        headers: HeadersLike | None = None,
        fault: FaultsLike = None,
    ) -> MockReply:
        """Any JSON body, whatever the request asked for (also to a stream request).

        >>> MockReply.json({"choices": []}).description
        'json(200)'
        """
        data = dumps(payload)
        extra = _headers(headers)

        def render(ctx: ReplyContext) -> Response:
            return Response(status, [("Content-Type", JSON_TYPE), *extra], data)

        return cls(f"json({status})", render, _faults(fault))

    @classmethod
    def raw_sse(
        cls,
        data: bytes | Sequence[bytes],
        *,
        status: int = 200,
        headers: HeadersLike | None = None,
        content_type: str = SSE_TYPE,
        fault: FaultsLike = None,
    ) -> MockReply:
        """Raw bytes served as an event stream. ``bytes`` are split at blank lines into one
        HTTP chunk per event; a sequence of ``bytes`` is sent one item per chunk, as given.

        >>> MockReply.raw_sse(b'data: {"choices":[]}\\n\\ndata: [DONE]\\n\\n').description
        'raw_sse(2 events)'
        """
        events = split_sse(data) if isinstance(data, bytes) else [bytes(e) for e in data]
        extra = _headers(headers)

        def render(ctx: ReplyContext) -> Response:
            return Response.sse(
                list(events), status=status, headers=extra, content_type=content_type
            )

        return cls(f"raw_sse({len(events)} events)", render, _faults(fault))
