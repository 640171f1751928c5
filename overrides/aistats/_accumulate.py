"""Rebuild one ``chat.completion`` from the ``chat.completion.chunk`` objects of a stream.

The stream layer parses every SSE ``data:`` frame into a dict and passes it to
:meth:`ChatCompletionAccumulator.add`; :meth:`~ChatCompletionAccumulator.snapshot` returns
what arrived so far, shaped like a non-stream ``chat.completion`` response (plain dicts,
ready for ``CreateChatCompletionResponse.from_dict``).

Merge rules (nothing received is dropped unless stated):

* Top level: every key other than ``choices`` and ``usage`` is kept, the last non-null
  value wins; ``object`` always reads ``"chat.completion"``. ``usage`` is the last
  non-null usage seen (a usage-only frame with ``"choices": []`` is normal).
* Choices are keyed by ``index`` (a choice without one is choice 0) and returned sorted
  by it. Within a choice, a null never erases a value that arrived earlier.
* ``content``, ``reasoning_content``, ``reasoning`` and ``refusal`` pieces are
  concatenated; ``role`` defaults to ``"assistant"``; ``content`` is ``None`` when no
  piece arrived, the other text fields are present only when one did. List-valued delta
  fields (``images``, ``audios``, and unknown ones such as ``reasoning_details``) are
  concatenated; other unknown delta fields keep their last value. The legacy
  ``function_call`` merges like a tool call.
* ``finish_reason`` is the last non-empty value. ``logprobs`` is ``None`` until one
  arrives, then ``{"content": [...] | None, "refusal": [...] | None}`` with the lists
  concatenated.
* Unknown choice-level keys keep their last value, except those named like the keys this
  module builds (``message``, say, which some providers send with the text so far).
* Tool calls, per choice: a piece with an ``index`` continues the call at that index. A
  piece without one continues the call whose ``id`` it carries, else starts a new call
  if it carries an unseen ``id``, else continues the call touched last. ``id`` and
  ``type`` keep their first non-empty value; ``function.name`` and
  ``function.arguments`` pieces are concatenated. Calls are listed in order of first
  appearance (which is index order whenever a provider numbers calls as it starts them),
  without the stream-only ``index``.

  A piece whose ``index`` is taken by a call with a *different* id is ambiguous: some
  providers (Grok, Ollama, Bedrock) reuse index 0 for every parallel call, others
  (Poolside) change the id between pieces of one call. A piece that also carries a
  ``function.name`` looks like the start of a call, so it starts a new one that takes
  over the index; otherwise the index wins and the piece continues the existing call
  (unless its id already belongs to another call, which then gets the piece).
* A custom tool call (``type: "custom"``, ``custom: {name, input}``, no ``function``)
  merges the same way, its ``name`` and ``input`` pieces concatenated, and is listed in
  that form.
* A whole ``chat.completion`` that ends a stream (the gateway's Responses-style upstream
  paths send one instead of finish and usage frames) goes to
  :meth:`~ChatCompletionAccumulator.add_completion`: it is the authority for the choices
  it holds (their tool-call arguments were streamed as growing snapshots, not pieces), and
  it finishes the stream. ``add_completion`` returns, as a chunk, what it adds to the
  chunks before it, so chunk readers miss nothing either.

``add`` raises :class:`~aistats._exceptions.APIResponseValidationError`, naming the
field and carrying the chunk as ``received``, when a field has the wrong JSON type. Such
a chunk may be partly applied; the stream ends with that error anyway.

Memory stays flat apart from the text itself: text pieces are joined in batches (a list
of 200,000 small ``str`` objects would cost ~12 MB; ``io.StringIO`` on Python 3.11 holds
up to 100,000 of them before joining), and leaf values from chunks are shared, never
copied. ``snapshot`` builds fresh containers on every call, so it can be called at any
time without disturbing accumulation; leaf values (``usage``, logprob entries, unknown
fields) are shared with the chunks and must not be mutated.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aistats._exceptions import APIResponseValidationError
from aistats_api.response_fields import STREAM_ONLY_FIELDS

__all__ = ["ChatCompletionAccumulator"]

# Pieces buffered before being joined: big enough to make joins rare, small enough that
# the buffered str objects (~60 bytes each) stay negligible.
_JOIN_EVERY = 256

# Delta fields whose string pieces are concatenated (``content`` has a fast path).
_TEXT_FIELDS = frozenset({"reasoning_content", "reasoning", "refusal"})
# Delta fields that must be lists when present (unknown list-valued fields concatenate too).
_LIST_FIELDS = frozenset({"images", "audios"})
# Top-level keys a snapshot builds itself rather than copying from the chunks.
_BUILT_TOP_KEYS = frozenset({"object", "choices", "usage"})
# ... and those it leaves out: stream framing (per-frame `obfuscation` padding), which
# belongs to the raw chunks alone. From the spec: the chunk's fields a completion lacks.
_NOT_COPIED_TOP_KEYS = _BUILT_TOP_KEYS | STREAM_ONLY_FIELDS
_CHOICE_FIELDS = frozenset({"index", "delta", "finish_reason", "logprobs"})
# Keys a snapshot choice is built with; chunk keys with these names are not copied.
_BUILT_CHOICE_KEYS = frozenset({"index", "message", "finish_reason", "logprobs", "delta"})
_TOOL_CALL_FIELDS = frozenset({"index", "id", "type", "function", "custom"})
_FUNCTION_FIELDS = frozenset({"name", "arguments"})
_CUSTOM_FIELDS = frozenset({"name", "input"})
CUSTOM_TOOL_TYPE = "custom"
# Message fields of a whole completion that a remainder chunk carries as text suffixes.
_REMAINDER_TEXT_FIELDS = ("content", "reasoning_content", "refusal")


class _Text:
    """Concatenates str pieces in arrival order without keeping one object per piece."""

    __slots__ = ("joined", "tail")

    def __init__(self) -> None:
        self.joined: list[str] = []
        self.tail: list[str] = []  # add() appends here directly on its fast path

    def write(self, piece: str) -> None:
        tail = self.tail
        tail.append(piece)
        if len(tail) == _JOIN_EVERY:
            self.flush()

    def flush(self) -> None:
        self.joined.append("".join(self.tail))
        self.tail.clear()

    def getvalue(self) -> str:
        if self.tail:
            self.flush()
        joined = self.joined
        if len(joined) > 1:
            # Keep the result as the only piece: the next call (and the caller's copy) share it.
            joined[:] = ["".join(joined)]
        return joined[0] if joined else ""


class _ToolCall:
    __slots__ = ("arguments", "custom", "extra", "function_extra", "id", "name", "type")

    def __init__(self) -> None:
        self.id: str | None = None
        self.type: str | None = None
        self.name: str | None = None  # a few pieces at most, so plain concatenation
        self.arguments = _Text()  # a custom call's `input`
        self.custom = False  # a custom call: `custom: {name, input}` instead of `function`
        self.extra: dict[str, Any] | None = None
        self.function_extra: dict[str, Any] | None = None

    def function_dict(self) -> dict[str, Any]:
        function: dict[str, Any] = {"name": self.name, "arguments": self.arguments.getvalue()}
        if self.function_extra:
            function.update(self.function_extra)
        return function

    def to_dict(self) -> dict[str, Any]:
        call: dict[str, Any] = {"id": self.id}
        if self.custom or self.type == CUSTOM_TOOL_TYPE:
            custom: dict[str, Any] = {"name": self.name, "input": self.arguments.getvalue()}
            if self.function_extra:
                custom.update(self.function_extra)
            call["type"] = CUSTOM_TOOL_TYPE
            call["custom"] = custom
        else:
            call["type"] = self.type or "function"
            call["function"] = self.function_dict()
        if self.extra:
            call.update(self.extra)
        return call


class _Choice:
    __slots__ = (
        "choice_extra",
        "content",
        "extra",
        "finish_reason",
        "function_call",
        "index",
        "last_tool",
        "lists",
        "logprobs",
        "role",
        "texts",
        "tool_by_id",
        "tool_by_index",
        "tool_calls",
    )

    def __init__(self, index: int) -> None:
        self.index = index
        self.role: str | None = None
        self.content: _Text | None = None
        self.texts: dict[str, _Text] = {}
        self.function_call: _ToolCall | None = None
        self.tool_calls: list[_ToolCall] = []  # in order of first appearance
        self.tool_by_index: dict[int, _ToolCall] = {}
        self.tool_by_id: dict[str, _ToolCall] = {}
        self.last_tool: _ToolCall | None = None
        self.lists: dict[str, list[Any]] = {}
        self.extra: dict[str, Any] = {}
        self.finish_reason: str | None = None
        self.logprobs: dict[str, Any] | None = None  # list values are private copies
        self.choice_extra: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:
        content = self.content
        message: dict[str, Any] = {
            "role": self.role or "assistant",
            "content": content.getvalue() if content is not None else None,
        }
        for name, text in self.texts.items():
            message[name] = text.getvalue()
        if self.function_call is not None:
            message["function_call"] = self.function_call.function_dict()
        if self.tool_calls:
            message["tool_calls"] = [call.to_dict() for call in self.tool_calls]
        message.update(self.extra)
        for name, items in self.lists.items():
            message[name] = list(items)
        logprobs = self.logprobs
        if logprobs is not None:
            logprobs = {
                key: list(value) if key in ("content", "refusal") and value is not None else value
                for key, value in logprobs.items()
            }
        choice: dict[str, Any] = {
            "index": self.index,
            "message": message,
            "finish_reason": self.finish_reason,
            "logprobs": logprobs,
        }
        choice.update(self.choice_extra)
        return choice


class _Invalid(Exception):
    """A field of a choice has the wrong type; ``field`` is relative to the choice.

    Positions in lists are added on the way out, so the hot path never formats a path.
    """

    def __init__(self, field: str, expected: str, value: object) -> None:
        super().__init__(field)
        self.field = field
        self.expected = expected
        self.value = value

    def within(self, container: str) -> _Invalid:
        self.field = f"{container}.{self.field}" if self.field else container
        return self


class ChatCompletionAccumulator:
    """Merges ``chat.completion.chunk`` dicts into one ``chat.completion`` dict.

    Call :meth:`add` with every parsed chunk, in arrival order, and :meth:`snapshot` for
    the completion so far. See the module docstring for the merge rules.
    """

    chunk_count: int
    """Number of chunks passed to :meth:`add` (including any that failed validation)."""

    def __init__(self) -> None:
        self.chunk_count = 0
        self._top: dict[str, Any] = {}
        self._usage: Mapping[str, Any] | None = None
        self._choices: dict[int, _Choice] = {}
        self._open = 0  # choices seen that have no finish_reason yet
        # Choices of a whole completion that ended the stream, as it sent them.
        self._completed: dict[int, Mapping[str, Any]] = {}

    @property
    def unfinished(self) -> bool:
        """Whether the completion is not finished yet.

        True until a chunk with a choice arrives, and while any choice seen so far has no
        ``finish_reason``. A body that ends (without ``[DONE]``) while this is true was cut
        off; once it is false, only trailing frames such as usage can be missing. Choices
        that never sent a single chunk (with ``n > 1``) cannot be noticed here. A whole
        completion (:meth:`add_completion`) finishes the stream.
        """
        if self._completed:
            return False
        return self._open > 0 or not self._choices

    def add(self, chunk: Mapping[str, Any]) -> None:
        """Merge one parsed ``chat.completion.chunk`` into the completion."""
        self.chunk_count += 1
        if type(chunk) is not dict and not isinstance(chunk, Mapping):
            raise _error(chunk, "chunk", "an object", chunk)

        top = self._top
        for key, value in chunk.items():
            # A null never erases an earlier value. The same id/model/created come again
            # in every chunk: storing them is cheaper than comparing. ``choices`` and
            # ``usage`` land here too (one test per key is cheaper than three); snapshot()
            # skips them.
            if value is not None:
                top[key] = value

        usage = chunk.get("usage")
        if usage is not None:
            if type(usage) is not dict and not isinstance(usage, Mapping):
                raise _error(chunk, "usage", "an object", usage)
            self._usage = usage
        choices = chunk.get("choices")
        if choices is None:
            return
        if type(choices) is not list:
            raise _error(chunk, "choices", "an array", choices)

        states = self._choices
        choice: Any = None
        try:
            for choice in choices:
                if type(choice) is not dict and not isinstance(choice, Mapping):
                    raise _Invalid("", "an object", choice)
                index = choice.get("index")
                if index is None:
                    index = 0
                elif type(index) is not int:
                    raise _Invalid("index", "an integer", index)
                state = states.get(index)
                if state is None:
                    state = states[index] = _Choice(index)
                    self._open += 1

                delta = choice.get("delta")
                if delta:
                    content = delta.get("content") if type(delta) is dict else None
                    if type(content) is str and len(delta) == 1:
                        # Fast path: the typical chunk carries nothing but a content piece.
                        text = state.content
                        if text is None:
                            text = state.content = _Text()
                        tail = text.tail
                        tail.append(content)
                        if len(tail) == _JOIN_EVERY:
                            text.flush()
                    else:
                        _merge_delta(state, delta)
                elif delta is not None and not isinstance(delta, Mapping):
                    raise _Invalid("delta", "an object", delta)

                finish_reason = choice.get("finish_reason")
                if finish_reason:
                    if type(finish_reason) is not str:
                        raise _Invalid("finish_reason", "a string", finish_reason)
                    if state.finish_reason is None:
                        self._open -= 1
                    state.finish_reason = finish_reason
                # An empty string counts as null: some servers send "" until the end.
                elif finish_reason is not None and finish_reason != "":
                    raise _Invalid("finish_reason", "a string", finish_reason)

                logprobs = choice.get("logprobs")
                if logprobs is not None:
                    _merge_logprobs(state, logprobs)

                if not choice.keys() <= _CHOICE_FIELDS:
                    extra = state.choice_extra
                    for key, value in choice.items():
                        if value is not None and key not in _BUILT_CHOICE_KEYS:
                            extra[key] = value
        except _Invalid as exc:
            position = next(n for n, item in enumerate(choices) if item is choice)
            exc.within(f"choices[{position}]")
            raise _error(chunk, exc.field, exc.expected, exc.value) from None

    def add_completion(self, completion: Mapping[str, Any]) -> dict[str, Any]:
        """Merge a whole ``chat.completion`` that ends the stream; return the chunk that
        carries what it adds to the chunks before it.

        The completion's choices replace the accumulated ones in :meth:`snapshot`. The chunk
        holds, per choice, the text that was not streamed yet (when the streamed text is a
        prefix of the final one), tool calls whose id was not streamed, list items beyond
        those streamed, the ``finish_reason`` and ``logprobs``; and the completion's usage.
        """
        self.chunk_count += 1
        choices = completion.get("choices")
        if type(choices) is not list:
            raise _error(completion, "choices", "an array", choices)
        usage = completion.get("usage")
        if usage is not None and not isinstance(usage, Mapping):
            raise _error(completion, "usage", "an object", usage)
        chunk_choices: list[dict[str, Any]] = []
        for position, choice in enumerate(choices):
            try:
                index, remainder = self._complete_choice(choice)
            except _Invalid as exc:
                raise _error(
                    completion, exc.within(f"choices[{position}]").field, exc.expected, exc.value
                ) from None
            self._completed[index] = choice
            chunk_choices.append(remainder)
        for key, value in completion.items():
            if value is not None and key not in _BUILT_TOP_KEYS:
                self._top[key] = value
        if usage is not None:
            self._usage = usage
        chunk = {key: value for key, value in completion.items() if key not in _BUILT_TOP_KEYS}
        chunk["object"] = "chat.completion.chunk"
        chunk["choices"] = chunk_choices
        if usage is not None:
            chunk["usage"] = usage
        return chunk

    def _complete_choice(self, choice: object) -> tuple[int, dict[str, Any]]:
        """The index of a completion's choice and its remainder (see `add_completion`)."""
        if not isinstance(choice, Mapping):
            raise _Invalid("", "an object", choice)
        index = choice.get("index", 0)
        if type(index) is not int:
            raise _Invalid("index", "an integer", index)
        message = choice.get("message")
        if message is None:
            message = {}
        elif not isinstance(message, Mapping):
            raise _Invalid("message", "an object", message)
        state = self._choices.get(index)
        delta = _remainder(state, message)
        remainder: dict[str, Any] = {
            "index": index,
            "delta": delta,
            "finish_reason": choice.get("finish_reason"),
        }
        logprobs = choice.get("logprobs")
        if logprobs is not None and (state is None or state.logprobs is None):
            remainder["logprobs"] = logprobs
        return index, remainder

    def snapshot(self) -> dict[str, Any]:
        """The completion so far, shaped like a non-stream ``chat.completion`` response."""
        top = self._top
        result: dict[str, Any] = {
            "id": top.get("id"),
            "object": "chat.completion",
            "created": top.get("created"),
            "model": top.get("model"),
        }
        for key, value in top.items():
            if key not in _NOT_COPIED_TOP_KEYS:
                result[key] = value
        choices = self._choices
        completed = self._completed
        result["choices"] = [
            dict(completed[index]) if index in completed else choices[index].to_dict()
            for index in sorted(choices.keys() | completed.keys())
        ]
        if self._usage is not None:
            result["usage"] = self._usage
        return result


def _remainder(state: _Choice | None, message: Mapping[str, Any]) -> dict[str, Any]:
    """The delta that takes the streamed `state` of a choice to its final `message`."""
    delta: dict[str, Any] = {}
    if state is None or state.role is None:
        role = message.get("role")
        if isinstance(role, str):
            delta["role"] = role
    for name in _REMAINDER_TEXT_FIELDS:
        final = message.get(name)
        if not isinstance(final, str) or not final:
            continue
        if state is None:
            streamed = ""
        else:
            text = state.content if name == "content" else state.texts.get(name)
            streamed = text.getvalue() if text is not None else ""
        # A final text the stream did not lead up to is left to the completion alone: sent
        # again here, it would be read twice.
        if final.startswith(streamed) and len(final) > len(streamed):
            delta[name] = final[len(streamed) :]
    calls = message.get("tool_calls")
    if isinstance(calls, list):
        streamed_ids = set(state.tool_by_id) if state is not None else set()
        offset = len(state.tool_calls) if state is not None else 0
        pieces: list[dict[str, Any]] = []
        for call in calls:
            if isinstance(call, Mapping) and call.get("id") not in streamed_ids:
                pieces.append({"index": offset + len(pieces), **call})
        if pieces:
            delta["tool_calls"] = pieces
    for name, final_items in message.items():
        if name in _REMAINDER_TEXT_FIELDS or name in ("role", "tool_calls"):
            continue
        if isinstance(final_items, list):
            have = len(state.lists.get(name, ())) if state is not None else 0
            if len(final_items) > have:
                delta[name] = final_items[have:]
    return delta


def _merge_delta(state: _Choice, delta: object) -> None:
    if type(delta) is not dict and not isinstance(delta, Mapping):
        raise _Invalid("delta", "an object", delta)
    for key, value in delta.items():
        if value is None:
            continue
        if key == "content":
            if type(value) is not str:
                raise _Invalid("delta.content", "a string", value)
            if state.content is None:
                state.content = _Text()
            state.content.write(value)
        elif key == "tool_calls":
            if type(value) is not list:
                raise _Invalid("delta.tool_calls", "an array", value)
            for piece in value:
                try:
                    _merge_tool_call(state, piece)
                except _Invalid as exc:
                    position = next(n for n, item in enumerate(value) if item is piece)
                    raise exc.within(f"delta.tool_calls[{position}]") from None
        elif key in _TEXT_FIELDS:
            if type(value) is not str:
                raise _Invalid(f"delta.{key}", "a string", value)
            text = state.texts.get(key)
            if text is None:
                text = state.texts[key] = _Text()
            text.write(value)
        elif key == "role":
            if type(value) is not str:
                raise _Invalid("delta.role", "a string", value)
            state.role = value
        elif key == "function_call":
            if type(value) is not dict and not isinstance(value, Mapping):
                raise _Invalid("delta.function_call", "an object", value)
            if state.function_call is None:
                state.function_call = _ToolCall()
            try:
                _merge_function(state.function_call, value)
            except _Invalid as exc:
                raise exc.within("delta.function_call") from None
        elif type(value) is list:
            items = state.lists.get(key)
            if items is None:
                items = state.lists[key] = []
            items.extend(value)
        elif key in _LIST_FIELDS:
            raise _Invalid(f"delta.{key}", "an array", value)
        else:
            state.extra[key] = value


def _merge_tool_call(state: _Choice, piece: object) -> None:
    if type(piece) is not dict and not isinstance(piece, Mapping):
        raise _Invalid("", "an object", piece)
    index = piece.get("index")
    if index is not None and type(index) is not int:
        raise _Invalid("index", "an integer", index)
    call_id = piece.get("id")
    if call_id is not None and type(call_id) is not str:
        raise _Invalid("id", "a string", call_id)
    call_type = piece.get("type")
    if call_type is not None and type(call_type) is not str:
        raise _Invalid("type", "a string", call_type)
    function = piece.get("function")
    if function is not None and type(function) is not dict and not isinstance(function, Mapping):
        raise _Invalid("function", "an object", function)
    custom = piece.get("custom")
    if custom is not None and type(custom) is not dict and not isinstance(custom, Mapping):
        raise _Invalid("custom", "an object", custom)

    call: _ToolCall | None
    if index is not None:
        call = state.tool_by_index.get(index)
        if call is not None and call_id and call.id and call_id != call.id:
            # The index is taken by a call with another id (see the module docstring).
            owner = state.tool_by_id.get(call_id)
            if owner is not None:
                call = owner
            elif (function or custom or {}).get("name"):
                call = None  # looks like a call start: a new call takes over the index
        if call is None:
            call = state.tool_by_index[index] = _new_tool_call(state)
    elif call_id:
        call = state.tool_by_id.get(call_id)
        if call is None:
            call = _new_tool_call(state)
    else:
        call = state.last_tool
        if call is None:
            call = _new_tool_call(state)
    state.last_tool = call

    if call_id:
        if not call.id:
            call.id = call_id
        state.tool_by_id.setdefault(call_id, call)
    if call_type and not call.type:
        call.type = call_type
    if function is not None:
        try:
            _merge_function(call, function)
        except _Invalid as exc:
            raise exc.within("function") from None
    if custom is not None:
        call.custom = True
        try:
            _merge_custom(call, custom)
        except _Invalid as exc:
            raise exc.within("custom") from None
    # Counting the known fields is cheaper than a key scan on this per-piece path.
    known = (index is not None) + (call_id is not None) + (call_type is not None)
    known += (function is not None) + (custom is not None)
    if len(piece) != known and not piece.keys() <= _TOOL_CALL_FIELDS:
        for key, value in piece.items():
            if value is not None and key not in _TOOL_CALL_FIELDS:
                if call.extra is None:
                    call.extra = {}
                call.extra[key] = value


def _new_tool_call(state: _Choice) -> _ToolCall:
    call = _ToolCall()
    state.tool_calls.append(call)
    return call


def _merge_function(call: _ToolCall, function: Mapping[str, Any]) -> None:
    """Merge a tool call's ``function`` (or a legacy ``function_call``) into ``call``."""
    name = function.get("name")
    if name is not None:
        if type(name) is not str:
            raise _Invalid("name", "a string", name)
        call.name = name if call.name is None else call.name + name
    arguments = function.get("arguments")
    if arguments is not None:
        if type(arguments) is not str:
            raise _Invalid("arguments", "a string", arguments)
        call.arguments.write(arguments)
    known = (name is not None) + (arguments is not None)
    if len(function) != known and not function.keys() <= _FUNCTION_FIELDS:
        for key, value in function.items():
            if value is not None and key not in _FUNCTION_FIELDS:
                if call.function_extra is None:
                    call.function_extra = {}
                call.function_extra[key] = value


def _merge_custom(call: _ToolCall, custom: Mapping[str, Any]) -> None:
    """Merge a custom tool call's ``custom: {name, input}`` piece into ``call``."""
    name = custom.get("name")
    if name is not None:
        if type(name) is not str:
            raise _Invalid("name", "a string", name)
        call.name = name if call.name is None else call.name + name
    text = custom.get("input")
    if text is not None:
        if type(text) is not str:
            raise _Invalid("input", "a string", text)
        call.arguments.write(text)
    if not custom.keys() <= _CUSTOM_FIELDS:
        for key, value in custom.items():
            if value is not None and key not in _CUSTOM_FIELDS:
                if call.function_extra is None:
                    call.function_extra = {}
                call.function_extra[key] = value


def _merge_logprobs(state: _Choice, logprobs: object) -> None:
    if type(logprobs) is not dict and not isinstance(logprobs, Mapping):
        raise _Invalid("logprobs", "an object", logprobs)
    merged = state.logprobs
    if merged is None:
        merged = state.logprobs = {"content": None, "refusal": None}
    for key, value in logprobs.items():
        if value is None:
            continue
        if key == "content" or key == "refusal":
            if type(value) is not list:
                raise _Invalid(f"logprobs.{key}", "an array", value)
            items = merged[key]
            if items is None:
                merged[key] = list(value)  # a private copy, since it is extended in place
            else:
                items.extend(value)
        else:
            merged[key] = value


_JSON_TYPE_NAMES = {
    type(None): "null",
    bool: "a boolean",
    int: "a number",
    float: "a number",
    str: "a string",
    list: "an array",
    dict: "an object",
}


def _error(chunk: object, field: str, expected: str, value: object) -> APIResponseValidationError:
    got = _JSON_TYPE_NAMES.get(type(value), type(value).__name__)
    return APIResponseValidationError(
        f"Invalid stream chunk: {field} should be {expected}, got {got}.", received=chunk
    )
