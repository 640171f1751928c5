from typing import Literal

ChatCompletionToolChoiceMode = Literal["auto", "none", "required"]

CHAT_COMPLETION_TOOL_CHOICE_MODE_VALUES: set[ChatCompletionToolChoiceMode] = {
    "auto",
    "none",
    "required",
}


def check_chat_completion_tool_choice_mode(value: str) -> ChatCompletionToolChoiceMode:
    if value in CHAT_COMPLETION_TOOL_CHOICE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_TOOL_CHOICE_MODE_VALUES!r}"
    )
