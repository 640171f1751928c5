from typing import Literal

ImageSize = Literal["0.5K", "1K", "2K", "4K"]

IMAGE_SIZE_VALUES: set[ImageSize] = {
    "0.5K",
    "1K",
    "2K",
    "4K",
}


def check_image_size(value: str) -> ImageSize:
    if value in IMAGE_SIZE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_SIZE_VALUES!r}")
