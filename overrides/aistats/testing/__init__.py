"""``aistats.testing``: an embedded mock of the AI Stats gateway for tests, demos and benchmarks.

A real HTTP/1.1 server on loopback (its own thread and event loop) that speaks the gateway's
``POST /v1/chat/completions`` (JSON and SSE), answers deterministically from the request, plays
scripted replies, and misbehaves on demand.

    from aistats.testing import Fault, MockGateway, MockReply

    with MockGateway() as gw:
        gw.enqueue(MockReply.error(503), times=2)        # then derived replies
        gw.enqueue(MockReply.text("x", fault=Fault.drop_mid_stream(after_events=3)))
        client = Client(base_url=gw.base_url, api_key="test")
        ...
        assert gw.connections_opened == 1

Replies, when no scripted reply is queued, are derived from the request: ``Authorization:
Bearer <anything>`` is required (else 401); the body is validated against
``CreateChatCompletionRequest`` of the packaged OpenAPI document (400 naming the field); a
limerick is written when asked for one, tools are called when ``tool_choice`` forces them or
(under ``auto``) when the user's turn has no tool results yet (the tools the message names, else
the first), tool results are answered in text, a conversation whose tool calls and tool
messages do not match is a 400 as from the gateway, ``response_format`` JSON schemas are
honoured, ``n`` gives several choices, ``max_tokens`` cuts with ``finish_reason: "length"``, and
``usage`` is counted honestly. ``MockReply.tool_conversation`` scripts a tool-calling model;
``MockReply.invalid_json``, ``schema_violation``, ``object`` and ``refusal`` script structured
output, good and bad.

Faults are chosen per reply (``fault=``) or per request with the header
``X-Mock-Fault: <name>[;param=value]...[, <name>...]``. Names (see :data:`FAULT_SPECS` and
:func:`describe_faults`): http_error, rate_limited, unavailable, drop_before_headers,
drop_after_headers, drop_mid_stream (alias drop_between_events), drop_mid_event,
stall_before_headers, stall_mid_stream, error_frame, malformed_frame, invalid_utf8, slow, pause,
tiny_writes, crlf, cr, keepalive_comments, event_lines, id_lines, gzip, content_length,
connection_close.
"""

from ._context import DEFAULT_CREATED, ReplyContext
from ._fault_kinds import FAULT_ALIASES, FAULT_KINDS, FaultKind
from ._faults import FAULT_HEADER, FAULT_SPECS, Fault, describe_faults
from ._http import Headers, RecordedRequest
from ._jsonschema_instance import build_instance
from ._replies import MockReply
from ._server import MockGateway
from ._validation import RequestValidator, SpecUnavailable, Violation, load_spec, validator_for

__all__ = [
    "DEFAULT_CREATED",
    "FAULT_ALIASES",
    "FAULT_HEADER",
    "FAULT_KINDS",
    "FAULT_SPECS",
    "Fault",
    "FaultKind",
    "Headers",
    "MockGateway",
    "MockReply",
    "RecordedRequest",
    "ReplyContext",
    "RequestValidator",
    "SpecUnavailable",
    "Violation",
    "build_instance",
    "describe_faults",
    "fault_header",
    "load_spec",
    "validator_for",
]


def fault_header(*faults: Fault) -> dict[str, str]:
    """Headers that select ``faults`` for one request.

    >>> fault_header(Fault.tiny_writes(), Fault.crlf())
    {'X-Mock-Fault': 'tiny_writes, crlf'}
    """
    return {FAULT_HEADER: ", ".join(f.header_value for f in faults)}
