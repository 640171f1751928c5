from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="CompletionTokensDetails")


@_attrs_define(repr=False)
class CompletionTokensDetails:
    """Breakdown of completion tokens."""

    reasoning_tokens: int | None = None
    """ Tokens spent reasoning. """

    audio_tokens: int | None = None
    """ Audio tokens generated. """

    accepted_prediction_tokens: int | None = None
    """ Predicted tokens that appeared in the reply. """

    rejected_prediction_tokens: int | None = None
    """ Predicted tokens that did not. """

    image_tokens: int | None = None
    """ Image tokens generated. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.reasoning_tokens is not None:
            reasoning_tokens = self.reasoning_tokens
            field_dict["reasoning_tokens"] = reasoning_tokens
        elif "reasoning_tokens" in self._json_nulls:
            field_dict["reasoning_tokens"] = None
        if self.audio_tokens is not None:
            audio_tokens = self.audio_tokens
            field_dict["audio_tokens"] = audio_tokens
        elif "audio_tokens" in self._json_nulls:
            field_dict["audio_tokens"] = None
        if self.accepted_prediction_tokens is not None:
            accepted_prediction_tokens = self.accepted_prediction_tokens
            field_dict["accepted_prediction_tokens"] = accepted_prediction_tokens
        elif "accepted_prediction_tokens" in self._json_nulls:
            field_dict["accepted_prediction_tokens"] = None
        if self.rejected_prediction_tokens is not None:
            rejected_prediction_tokens = self.rejected_prediction_tokens
            field_dict["rejected_prediction_tokens"] = rejected_prediction_tokens
        elif "rejected_prediction_tokens" in self._json_nulls:
            field_dict["rejected_prediction_tokens"] = None
        if self.image_tokens is not None:
            image_tokens = self.image_tokens
            field_dict["image_tokens"] = image_tokens
        elif "image_tokens" in self._json_nulls:
            field_dict["image_tokens"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completion_tokens_details = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_reasoning_tokens = d.pop("reasoning_tokens", UNSET)
        if _raw_reasoning_tokens is UNSET:
            completion_tokens_details.reasoning_tokens = None
        elif _raw_reasoning_tokens is None:
            completion_tokens_details.reasoning_tokens = None
            json_nulls += ("reasoning_tokens",)
        else:
            reasoning_tokens = _raw_reasoning_tokens

            completion_tokens_details.reasoning_tokens = reasoning_tokens
        _raw_audio_tokens = d.pop("audio_tokens", UNSET)
        if _raw_audio_tokens is UNSET:
            completion_tokens_details.audio_tokens = None
        elif _raw_audio_tokens is None:
            completion_tokens_details.audio_tokens = None
            json_nulls += ("audio_tokens",)
        else:
            audio_tokens = _raw_audio_tokens

            completion_tokens_details.audio_tokens = audio_tokens
        _raw_accepted_prediction_tokens = d.pop("accepted_prediction_tokens", UNSET)
        if _raw_accepted_prediction_tokens is UNSET:
            completion_tokens_details.accepted_prediction_tokens = None
        elif _raw_accepted_prediction_tokens is None:
            completion_tokens_details.accepted_prediction_tokens = None
            json_nulls += ("accepted_prediction_tokens",)
        else:
            accepted_prediction_tokens = _raw_accepted_prediction_tokens

            completion_tokens_details.accepted_prediction_tokens = accepted_prediction_tokens
        _raw_rejected_prediction_tokens = d.pop("rejected_prediction_tokens", UNSET)
        if _raw_rejected_prediction_tokens is UNSET:
            completion_tokens_details.rejected_prediction_tokens = None
        elif _raw_rejected_prediction_tokens is None:
            completion_tokens_details.rejected_prediction_tokens = None
            json_nulls += ("rejected_prediction_tokens",)
        else:
            rejected_prediction_tokens = _raw_rejected_prediction_tokens

            completion_tokens_details.rejected_prediction_tokens = rejected_prediction_tokens
        _raw_image_tokens = d.pop("image_tokens", UNSET)
        if _raw_image_tokens is UNSET:
            completion_tokens_details.image_tokens = None
        elif _raw_image_tokens is None:
            completion_tokens_details.image_tokens = None
            json_nulls += ("image_tokens",)
        else:
            image_tokens = _raw_image_tokens

            completion_tokens_details.image_tokens = image_tokens
        completion_tokens_details.additional_properties = d
        completion_tokens_details._json_nulls = json_nulls
        return completion_tokens_details

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            (
                "reasoning_tokens",
                "audio_tokens",
                "accepted_prediction_tokens",
                "rejected_prediction_tokens",
                "image_tokens",
            ),
        )

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
