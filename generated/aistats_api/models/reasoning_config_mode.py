from typing import Literal

ReasoningConfigMode = Literal["pro", "standard"]

REASONING_CONFIG_MODE_VALUES: set[ReasoningConfigMode] = {
    "pro",
    "standard",
}


def check_reasoning_config_mode(value: str) -> ReasoningConfigMode:
    if value in REASONING_CONFIG_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REASONING_CONFIG_MODE_VALUES!r}")
