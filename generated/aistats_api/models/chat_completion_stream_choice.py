from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_finish_reason import (
    ChatCompletionFinishReason,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_choice_logprobs import ChatCompletionChoiceLogprobs
    from ..models.chat_completion_stream_response_delta import ChatCompletionStreamResponseDelta


T = TypeVar("T", bound="ChatCompletionStreamChoice")


@_attrs_define
class ChatCompletionStreamChoice:
    """One choice's delta in a stream frame."""

    index: int
    """ Position of the choice. """
    delta: ChatCompletionStreamResponseDelta
    """ What a choice gained in this frame. """
    finish_reason: ChatCompletionFinishReason | None | str | Unset = UNSET
    """ Why generation stopped; null while unfinished. Open set. """
    logprobs: ChatCompletionChoiceLogprobs | None | Unset = UNSET
    """ Log probabilities of the choice, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        delta = self.delta.to_dict()

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, str):
            finish_reason = self.finish_reason
        else:
            finish_reason = self.finish_reason

        logprobs: dict[str, Any] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, ChatCompletionChoiceLogprobs):
            logprobs = self.logprobs.to_dict()
        else:
            logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "delta": delta,
            }
        )
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        delta = ChatCompletionStreamResponseDelta.from_dict(d.pop("delta"))

        _raw_finish_reason = d.pop("finish_reason", UNSET)
        if _raw_finish_reason is not UNSET:
            finish_reason = cast(
                "ChatCompletionFinishReason | None | str | Unset", _raw_finish_reason
            )

        else:
            finish_reason = UNSET

        _raw_logprobs = d.pop("logprobs", UNSET)
        if _raw_logprobs is not UNSET:

            def _parse_logprobs(data: object) -> ChatCompletionChoiceLogprobs | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_choice_logprobs_value_type_0 = (
                        ChatCompletionChoiceLogprobs.from_dict(data)
                    )

                    return componentsschemas_chat_completion_choice_logprobs_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("ChatCompletionChoiceLogprobs | None | Unset", data)

            logprobs = _parse_logprobs(_raw_logprobs)

        else:
            logprobs = UNSET

        chat_completion_stream_choice = cls(
            index=index,
            delta=delta,
            finish_reason=finish_reason,
            logprobs=logprobs,
        )

        chat_completion_stream_choice.additional_properties = d
        return chat_completion_stream_choice

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class is defined so that models referring to each other import cleanly.
from ..models.chat_completion_choice_logprobs import ChatCompletionChoiceLogprobs  # noqa: E402
from ..models.chat_completion_stream_response_delta import ChatCompletionStreamResponseDelta  # noqa: E402
