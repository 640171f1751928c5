from typing import Literal

CreateChatCompletionRequestVerbosity = Literal["high", "low", "medium"]

CREATE_CHAT_COMPLETION_REQUEST_VERBOSITY_VALUES: set[CreateChatCompletionRequestVerbosity] = {
    "high",
    "low",
    "medium",
}


def check_create_chat_completion_request_verbosity(
    value: str,
) -> CreateChatCompletionRequestVerbosity:
    if value in CREATE_CHAT_COMPLETION_REQUEST_VERBOSITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_REQUEST_VERBOSITY_VALUES!r}"
    )
