from typing import Literal

ResponseModalitiesItem = Literal["audio", "image", "text"]

RESPONSE_MODALITIES_ITEM_VALUES: set[ResponseModalitiesItem] = {
    "audio",
    "image",
    "text",
}


def check_response_modalities_item(value: str) -> ResponseModalitiesItem:
    if value in RESPONSE_MODALITIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_MODALITIES_ITEM_VALUES!r}"
    )
