from typing import Literal

InputAudioFormat = Literal["aac", "flac", "m4a", "mp3", "ogg", "pcm16", "wav", "webm"]

INPUT_AUDIO_FORMAT_VALUES: set[InputAudioFormat] = {
    "aac",
    "flac",
    "m4a",
    "mp3",
    "ogg",
    "pcm16",
    "wav",
    "webm",
}


def check_input_audio_format(value: str) -> InputAudioFormat:
    if value in INPUT_AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INPUT_AUDIO_FORMAT_VALUES!r}")
