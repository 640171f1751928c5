from typing import Literal

ChatCompletionFunctionCallMode = Literal["auto", "none"]

CHAT_COMPLETION_FUNCTION_CALL_MODE_VALUES: set[ChatCompletionFunctionCallMode] = {
    "auto",
    "none",
}


def check_chat_completion_function_call_mode(value: str) -> ChatCompletionFunctionCallMode:
    if value in CHAT_COMPLETION_FUNCTION_CALL_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_FUNCTION_CALL_MODE_VALUES!r}"
    )
