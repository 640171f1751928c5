"""What a conversation's messages say about tool calls: which calls still wait for their
results, which results answer no call, and the results the model is about to read.

Providers refuse a conversation whose assistant tool calls are not each answered by a `tool`
message, or whose `tool` message answers no call (OpenAI: "An assistant message with
'tool_calls' must be followed by tool messages responding to each 'tool_call_id'"), so the mock
does too: a tool loop that forgets a result fails in its tests as it would in production.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ._context import content_text


@dataclass(frozen=True)
class ToolTurnProblem:
    """A conversation the provider would refuse: `message` says why, `path` where."""

    message: str
    path: str


@dataclass(frozen=True)
class ToolResult:
    """A `tool` message and the name of the tool whose call it answers."""

    name: str
    content: str


def _calls_of(message: dict[str, Any]) -> list[dict[str, Any]]:
    calls = message.get("tool_calls") if message.get("role") == "assistant" else None
    return [c for c in calls if isinstance(c, dict)] if isinstance(calls, list) else []


def _call_name(call: dict[str, Any]) -> str:
    for kind in ("function", "custom"):
        detail = call.get(kind)
        if isinstance(detail, dict) and isinstance(detail.get("name"), str):
            return str(detail["name"])
    return "tool"


def tool_turn_problem(messages: Sequence[dict[str, Any]]) -> ToolTurnProblem | None:
    """The first way `messages` breaks the tool-call rules, if any.

    >>> calls = [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}]
    >>> tool_turn_problem([{"role": "assistant", "tool_calls": calls}]).path
    'messages.0.tool_calls'
    """
    waiting: dict[str, int] = {}  # call id -> index of the assistant message that made it
    for index, message in enumerate(messages):
        role = message.get("role")
        if role == "tool":
            call_id = message.get("tool_call_id")
            if call_id not in waiting:
                return ToolTurnProblem(
                    f"a tool message answers tool_call_id {call_id!r}, which no earlier "
                    "assistant message called (or which was answered already)",
                    f"messages.{index}.tool_call_id",
                )
            del waiting[call_id]
            continue
        if waiting:
            return _unanswered(waiting)
        for call in _calls_of(message):
            if isinstance(call.get("id"), str):
                waiting[call["id"]] = index
    return _unanswered(waiting) if waiting else None


def _unanswered(waiting: dict[str, int]) -> ToolTurnProblem:
    index = min(waiting.values())
    ids = ", ".join(call_id for call_id, at in waiting.items() if at == index)
    return ToolTurnProblem(
        "an assistant message with 'tool_calls' must be followed by tool messages responding "
        f"to each 'tool_call_id'; these had none: {ids}",
        f"messages.{index}.tool_calls",
    )


def latest_tool_results(messages: Sequence[dict[str, Any]]) -> list[ToolResult]:
    """The tool messages after the last assistant message, each with its tool's name."""
    names: dict[str, str] = {}
    results: list[ToolResult] = []
    for message in messages:
        if message.get("role") == "assistant":
            results = []
            names = {str(c.get("id")): _call_name(c) for c in _calls_of(message)}
        elif message.get("role") == "tool":
            name = names.get(str(message.get("tool_call_id")), "tool")
            results.append(ToolResult(name, content_text(message.get("content"))))
    return results


def latest_call_ids(messages: Sequence[dict[str, Any]]) -> list[str]:
    """The ids of the tool calls of the last assistant message."""
    for message in reversed(messages):
        if message.get("role") == "assistant":
            return [str(call.get("id")) for call in _calls_of(message)]
    return []
