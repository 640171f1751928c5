from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_tier import ServiceTier
from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_stream_choice import ChatCompletionStreamChoice
    from ..models.completion_usage import CompletionUsage
    from ..models.response_meta import ResponseMeta


T = TypeVar("T", bound="CreateChatCompletionStreamResponse")


@_attrs_define(repr=False)
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

    provider: str | None = None
    """ The upstream provider serving the stream. """

    system_fingerprint: str | None = None
    """ Backend configuration fingerprint. """

    service_tier: ServiceTier | None = None
    """ The tier that processed the request (open set). """

    usage: CompletionUsage | None = None
    """ Usage, or null in frames before the last. """

    meta: ResponseMeta | None = None
    """ The gateway's `meta` block (only with `meta: true`); fields vary. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        field_dict["id"] = id
        object_ = self.object_
        field_dict["object"] = object_
        created = self.created
        field_dict["created"] = created
        model = self.model
        field_dict["model"] = model
        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        field_dict["choices"] = choices
        if self.provider is not None:
            provider: None | str
            provider = self.provider
            field_dict["provider"] = provider
        elif "provider" in self._json_nulls:
            field_dict["provider"] = None
        if self.system_fingerprint is not None:
            system_fingerprint: None | str
            system_fingerprint = self.system_fingerprint
            field_dict["system_fingerprint"] = system_fingerprint
        elif "system_fingerprint" in self._json_nulls:
            field_dict["system_fingerprint"] = None
        if self.service_tier is not None:
            service_tier: None | str
            if isinstance(self.service_tier, str):
                service_tier = self.service_tier
            else:
                service_tier = self.service_tier
            field_dict["service_tier"] = service_tier
        elif "service_tier" in self._json_nulls:
            field_dict["service_tier"] = None
        if self.usage is not None:
            usage: dict[str, Any] | None
            if isinstance(self.usage, CompletionUsage):
                usage = self.usage.to_dict()
            else:
                usage = self.usage
            field_dict["usage"] = usage
        elif "usage" in self._json_nulls:
            field_dict["usage"] = None
        if self.meta is not None:
            meta = self.meta.to_dict()
            field_dict["meta"] = meta
        elif "meta" in self._json_nulls:
            field_dict["meta"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        create_chat_completion_stream_response = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        id = d.pop("id")

        create_chat_completion_stream_response.id = id
        object_ = d.pop("object")

        create_chat_completion_stream_response.object_ = object_
        created = d.pop("created")

        create_chat_completion_stream_response.created = created
        model = d.pop("model")

        create_chat_completion_stream_response.model = model
        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatCompletionStreamChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        create_chat_completion_stream_response.choices = choices
        _raw_provider = d.pop("provider", UNSET)
        if _raw_provider is UNSET:
            create_chat_completion_stream_response.provider = None
        elif _raw_provider is None:
            create_chat_completion_stream_response.provider = None
            json_nulls += ("provider",)
        else:
            provider = cast("None | str", _raw_provider)

            create_chat_completion_stream_response.provider = provider
        _raw_system_fingerprint = d.pop("system_fingerprint", UNSET)
        if _raw_system_fingerprint is UNSET:
            create_chat_completion_stream_response.system_fingerprint = None
        elif _raw_system_fingerprint is None:
            create_chat_completion_stream_response.system_fingerprint = None
            json_nulls += ("system_fingerprint",)
        else:
            system_fingerprint = cast("None | str", _raw_system_fingerprint)

            create_chat_completion_stream_response.system_fingerprint = system_fingerprint
        _raw_service_tier = d.pop("service_tier", UNSET)
        if _raw_service_tier is UNSET:
            create_chat_completion_stream_response.service_tier = None
        elif _raw_service_tier is None:
            create_chat_completion_stream_response.service_tier = None
            json_nulls += ("service_tier",)
        else:
            service_tier = cast("ServiceTier | None", _raw_service_tier)

            create_chat_completion_stream_response.service_tier = service_tier
        _raw_usage = d.pop("usage", UNSET)
        if _raw_usage is UNSET:
            create_chat_completion_stream_response.usage = None
        elif _raw_usage is None:
            create_chat_completion_stream_response.usage = None
            json_nulls += ("usage",)
        else:

            def _parse_usage(data: object) -> CompletionUsage | None:
                if data is None:
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
                return cast("CompletionUsage | None", data)

            usage = _parse_usage(_raw_usage)

            create_chat_completion_stream_response.usage = usage
        _raw_meta = d.pop("meta", UNSET)
        if _raw_meta is UNSET:
            create_chat_completion_stream_response.meta = None
        elif _raw_meta is None:
            create_chat_completion_stream_response.meta = None
            json_nulls += ("meta",)
        else:
            meta = ResponseMeta.from_dict(_raw_meta)

            create_chat_completion_stream_response.meta = meta
        create_chat_completion_stream_response.additional_properties = d
        create_chat_completion_stream_response._json_nulls = json_nulls
        return create_chat_completion_stream_response

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("id", "object_", "created", "model", "choices"),
            ("provider", "system_fingerprint", "service_tier", "usage", "meta"),
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


# Imported after the class is defined so that models referring to each other import cleanly.
from ..models.chat_completion_stream_choice import ChatCompletionStreamChoice  # noqa: E402
from ..models.completion_usage import CompletionUsage  # noqa: E402
from ..models.response_meta import ResponseMeta  # noqa: E402
