from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_tier import ServiceTier
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_stream_choice import ChatCompletionStreamChoice
    from ..models.completion_usage import CompletionUsage
    from ..models.response_meta import ResponseMeta


T = TypeVar("T", bound="CreateChatCompletionStreamResponse")


@_attrs_define
class CreateChatCompletionStreamResponse:
    """One frame of a stream (`object` is `chat.completion.chunk`). The last frame may carry only
    `usage`, with `choices` empty.

    """

    id: str
    """ Id of the completion; the same in every frame. """
    object_: str
    """ Always `chat.completion.chunk` today; kept open. """
    created: int
    """ Unix time (seconds) when the completion was created. """
    model: str
    """ The model that answers. """
    choices: list[ChatCompletionStreamChoice]
    """ The deltas of this frame, one per choice that advanced. """
    provider: None | str | Unset = UNSET
    """ The upstream provider serving the stream. """
    system_fingerprint: None | str | Unset = UNSET
    """ Backend configuration fingerprint. """
    service_tier: None | ServiceTier | str | Unset = UNSET
    """ The tier that processed the request (open set). """
    usage: CompletionUsage | None | Unset = UNSET
    """ Usage, or null in frames before the last. """
    meta: ResponseMeta | Unset = UNSET
    """ The gateway's `meta` block (only with `meta: true`); fields vary. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created = self.created

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        system_fingerprint: None | str | Unset
        if isinstance(self.system_fingerprint, Unset):
            system_fingerprint = UNSET
        else:
            system_fingerprint = self.system_fingerprint

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, str):
            service_tier = self.service_tier
        else:
            service_tier = self.service_tier

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, CompletionUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created": created,
                "model": model,
                "choices": choices,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if usage is not UNSET:
            field_dict["usage"] = usage
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object")

        created = d.pop("created")

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatCompletionStreamChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        _raw_provider = d.pop("provider", UNSET)
        if _raw_provider is not UNSET:
            provider = cast("None | str | Unset", _raw_provider)

        else:
            provider = UNSET

        _raw_system_fingerprint = d.pop("system_fingerprint", UNSET)
        if _raw_system_fingerprint is not UNSET:
            system_fingerprint = cast("None | str | Unset", _raw_system_fingerprint)

        else:
            system_fingerprint = UNSET

        _raw_service_tier = d.pop("service_tier", UNSET)
        if _raw_service_tier is not UNSET:
            service_tier = cast("None | ServiceTier | str | Unset", _raw_service_tier)

        else:
            service_tier = UNSET

        _raw_usage = d.pop("usage", UNSET)
        if _raw_usage is not UNSET:

            def _parse_usage(data: object) -> CompletionUsage | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_completion_usage_value_type_0 = CompletionUsage.from_dict(
                        data
                    )

                    return componentsschemas_completion_usage_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("CompletionUsage | None | Unset", data)

            usage = _parse_usage(_raw_usage)

        else:
            usage = UNSET

        _raw_meta = d.pop("meta", UNSET)
        if _raw_meta is not UNSET:
            _meta = _raw_meta
            meta: ResponseMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ResponseMeta.from_dict(_meta)

        else:
            meta = UNSET

        create_chat_completion_stream_response = cls(
            id=id,
            object_=object_,
            created=created,
            model=model,
            choices=choices,
            provider=provider,
            system_fingerprint=system_fingerprint,
            service_tier=service_tier,
            usage=usage,
            meta=meta,
        )

        create_chat_completion_stream_response.additional_properties = d
        return create_chat_completion_stream_response

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
from ..models.chat_completion_stream_choice import ChatCompletionStreamChoice  # noqa: E402
from ..models.completion_usage import CompletionUsage  # noqa: E402
from ..models.response_meta import ResponseMeta  # noqa: E402
