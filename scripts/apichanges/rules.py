"""How much each kind of change matters to a client, on the side it affects.

`request`: what your code sends (a dict key, a keyword argument, a model it builds); `response`:
what your code reads. A change that widens what the server accepts is harmless for requests but
breaks code that reads it (a new value it does not handle), and the reverse for narrowing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BREAKING = "breaking"
NON_BREAKING = "non-breaking"
INFO = "info"
SEVERITIES = (BREAKING, NON_BREAKING, INFO)
REQUEST = "request"
RESPONSE = "response"


@dataclass(frozen=True)
class Rule:
    name: str
    request: str  # severity when the change is on the request side
    response: str  # ... on the response side
    meaning: str


_RULES = (
    Rule("operation-removed", BREAKING, BREAKING, "an operation your code may call is gone"),
    Rule("operation-added", NON_BREAKING, NON_BREAKING, "a new operation"),
    Rule("field-added-optional", NON_BREAKING, NON_BREAKING, "an optional field is new"),
    Rule("field-added-required", BREAKING, NON_BREAKING, "a required field is new"),
    Rule(
        "field-removed",
        BREAKING,
        BREAKING,
        "your key or argument is an error; the attribute is gone",
    ),
    Rule("field-became-required", BREAKING, NON_BREAKING, "an optional field is now required"),
    Rule("field-became-optional", NON_BREAKING, BREAKING, "a required field may now be absent"),
    Rule("type-widened", NON_BREAKING, BREAKING, "more kinds of value are allowed"),
    Rule("type-narrowed", BREAKING, NON_BREAKING, "fewer kinds of value are allowed"),
    Rule("type-changed", BREAKING, BREAKING, "another kind of value"),
    Rule("limit-tightened", BREAKING, NON_BREAKING, "a range, length or pattern is stricter"),
    Rule("limit-loosened", NON_BREAKING, INFO, "a range, length or pattern is looser"),
    Rule("enum-value-added", NON_BREAKING, BREAKING, "a new value (open enum read: info)"),
    Rule("enum-value-removed", BREAKING, NON_BREAKING, "a value is gone"),
    Rule("enum-opened", NON_BREAKING, INFO, "any string is now allowed beside the values"),
    Rule("enum-closed", BREAKING, NON_BREAKING, "only the listed values are allowed now"),
    Rule("variant-added", NON_BREAKING, BREAKING, "a union has a new kind of object"),
    Rule("variant-removed", BREAKING, NON_BREAKING, "a union lost a kind of object"),
    Rule("extra-keys-refused", BREAKING, NON_BREAKING, "keys the schema does not name are refused"),
    Rule("extra-keys-allowed", NON_BREAKING, INFO, "keys the schema does not name are allowed"),
    Rule("body-removed", BREAKING, BREAKING, "the request body is gone"),
    Rule("body-added", NON_BREAKING, NON_BREAKING, "an optional request body is new"),
    Rule("body-became-required", BREAKING, NON_BREAKING, "the request body is now required"),
    Rule("body-became-optional", NON_BREAKING, NON_BREAKING, "the request body is now optional"),
    Rule("media-type-removed", BREAKING, BREAKING, "a content type is gone"),
    Rule("media-type-added", NON_BREAKING, INFO, "a content type is new"),
    Rule("success-response-removed", BREAKING, BREAKING, "a success response is gone"),
    Rule("success-response-added", NON_BREAKING, NON_BREAKING, "a success response is new"),
    Rule("error-response-removed", INFO, INFO, "an error response is no longer documented"),
    Rule("error-response-added", INFO, INFO, "an error response is newly documented"),
    Rule("event-schema-changed", INFO, INFO, "the stream's event schema is (no longer) given"),
    Rule("deprecated", INFO, INFO, "newly deprecated"),
)
RULES = {rule.name: rule for rule in _RULES}


def severity(rule: str, direction: str, *, open_enum: bool = False) -> str:
    """The severity of a change by `rule` on `direction`'s side. A value added to an open enum
    that your code reads already parsed (as a plain string): info."""
    if rule == "enum-value-added" and direction == RESPONSE and open_enum:
        return INFO
    entry = RULES[rule]
    return entry.request if direction == REQUEST else entry.response


@dataclass(frozen=True)
class Change:
    severity: str
    direction: str
    operation: str  # e.g. "POST /chat/completions"
    where: str  # e.g. "CreateChatCompletionRequest.messages[](...UserMessage).content"
    rule: str
    message: str
    locations: tuple[str, ...] = field(default=())  # e.g. ("request body application/json",)

    def to_json(self) -> dict[str, object]:
        return {
            "severity": self.severity,
            "direction": self.direction,
            "operation": self.operation,
            "where": self.where,
            "rule": self.rule,
            "message": self.message,
            "locations": list(self.locations),
        }
