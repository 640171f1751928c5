from typing import Literal

ChatCompletionWebSearchToolType = Literal[
    "web_search", "web_search_2025_08_26", "web_search_preview", "web_search_preview_2025_03_11"
]

CHAT_COMPLETION_WEB_SEARCH_TOOL_TYPE_VALUES: set[ChatCompletionWebSearchToolType] = {
    "web_search",
    "web_search_2025_08_26",
    "web_search_preview",
    "web_search_preview_2025_03_11",
}


def check_chat_completion_web_search_tool_type(value: str) -> ChatCompletionWebSearchToolType:
    if value in CHAT_COMPLETION_WEB_SEARCH_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_WEB_SEARCH_TOOL_TYPE_VALUES!r}"
    )
