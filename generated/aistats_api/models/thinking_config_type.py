from typing import Literal

ThinkingConfigType = Literal["adaptive", "disabled", "enabled"]

THINKING_CONFIG_TYPE_VALUES: set[ThinkingConfigType] = {
    "adaptive",
    "disabled",
    "enabled",
}


def check_thinking_config_type(value: str) -> ThinkingConfigType:
    if value in THINKING_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THINKING_CONFIG_TYPE_VALUES!r}")
