from typing import Literal

ChatCompletionFinishReason = Literal[
    "content_filter", "error", "function_call", "length", "stop", "tool_calls"
]

CHAT_COMPLETION_FINISH_REASON_VALUES: set[ChatCompletionFinishReason] = {
    "content_filter",
    "error",
    "function_call",
    "length",
    "stop",
    "tool_calls",
}


def check_chat_completion_finish_reason(value: str) -> ChatCompletionFinishReason:
    if value in CHAT_COMPLETION_FINISH_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_FINISH_REASON_VALUES!r}"
    )
