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
    """One frame of a stream (`object` is `chat.completion.chunk`). The last frame often carries
    only `usage`, with `choices` empty. Frames the gateway re-encodes from another wire
    protocol carry only `object`, `choices` and the ids (no `created`, no `model`); the
    gateway's stop frame may even lack `object`. `id` is on every frame: the gateway writes it.

    """

    id: str
    """ The gateway's id of the request (`G-` and a ULID); the same in every frame. """

    choices: list[ChatCompletionStreamChoice]
    """ The deltas of this frame, one per choice that advanced. """

    object_: str | None = None
    """ Always `chat.completion.chunk` today; kept open. """

    native_response_id: str | None = None
    """ The upstream provider's own id of the response, on every frame. """

    created: int | None = None
    """ Unix time (seconds) when the completion was created. """

    model: str | None = None
    """ The model that answers (the upstream's own name for it). """

    provider: str | None = None
    """ Not sent by the gateway's code (it removes the key from every frame); a proxy may. """

    system_fingerprint: str | None = None
    """ Backend configuration fingerprint. """

    service_tier: ServiceTier | None = None
    """ The tier that processed the request (open set). """

    usage: CompletionUsage | None = None
    """ Usage, or null in frames before the last. """

    meta: ResponseMeta | None = None
    """ The gateway's `meta` block (only with `meta: true`): timings in milliseconds (each may be
    null) and how the provider was chosen. Its earlier documents' `requestId`, `provider` and
    `cost` are not in it (the id is the response's `id`, the cost in `usage.pricing`).
     """

    obfuscation: str | None = None
    """ Random padding some upstreams add against side channels; stream-only noise. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        field_dict["id"] = id
        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        field_dict["choices"] = choices
        if self.object_ is not None:
            object_ = self.object_
            field_dict["object"] = object_
        elif "object" in self._json_nulls:
            field_dict["object"] = None
        if self.native_response_id is not None:
            native_response_id: None | str
            native_response_id = self.native_response_id
            field_dict["nativeResponseId"] = native_response_id
        elif "nativeResponseId" in self._json_nulls:
            field_dict["nativeResponseId"] = None
        if self.created is not None:
            created = self.created
            field_dict["created"] = created
        elif "created" in self._json_nulls:
            field_dict["created"] = None
        if self.model is not None:
            model = self.model
            field_dict["model"] = model
        elif "model" in self._json_nulls:
            field_dict["model"] = None
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
        if self.obfuscation is not None:
            obfuscation = self.obfuscation
            field_dict["obfuscation"] = obfuscation
        elif "obfuscation" in self._json_nulls:
            field_dict["obfuscation"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        create_chat_completion_stream_response = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        id = d.pop("id")

        create_chat_completion_stream_response.id = id
        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatCompletionStreamChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        create_chat_completion_stream_response.choices = choices
        _raw_object_ = d.pop("object", UNSET)
        if _raw_object_ is UNSET:
            create_chat_completion_stream_response.object_ = None
        elif _raw_object_ is None:
            create_chat_completion_stream_response.object_ = None
            json_nulls += ("object",)
        else:
            object_ = _raw_object_

            create_chat_completion_stream_response.object_ = object_
        _raw_native_response_id = d.pop("nativeResponseId", UNSET)
        if _raw_native_response_id is UNSET:
            create_chat_completion_stream_response.native_response_id = None
        elif _raw_native_response_id is None:
            create_chat_completion_stream_response.native_response_id = None
            json_nulls += ("nativeResponseId",)
        else:
            native_response_id = cast("None | str", _raw_native_response_id)

            create_chat_completion_stream_response.native_response_id = native_response_id
        _raw_created = d.pop("created", UNSET)
        if _raw_created is UNSET:
            create_chat_completion_stream_response.created = None
        elif _raw_created is None:
            create_chat_completion_stream_response.created = None
            json_nulls += ("created",)
        else:
            created = _raw_created

            create_chat_completion_stream_response.created = created
        _raw_model = d.pop("model", UNSET)
        if _raw_model is UNSET:
            create_chat_completion_stream_response.model = None
        elif _raw_model is None:
            create_chat_completion_stream_response.model = None
            json_nulls += ("model",)
        else:
            model = _raw_model

            create_chat_completion_stream_response.model = model
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
        _raw_obfuscation = d.pop("obfuscation", UNSET)
        if _raw_obfuscation is UNSET:
            create_chat_completion_stream_response.obfuscation = None
        elif _raw_obfuscation is None:
            create_chat_completion_stream_response.obfuscation = None
            json_nulls += ("obfuscation",)
        else:
            obfuscation = _raw_obfuscation

            create_chat_completion_stream_response.obfuscation = obfuscation
        create_chat_completion_stream_response.additional_properties = d
        create_chat_completion_stream_response._json_nulls = json_nulls
        return create_chat_completion_stream_response

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("id", "choices"),
            (
                "object_",
                "native_response_id",
                "created",
                "model",
                "provider",
                "system_fingerprint",
                "service_tier",
                "usage",
                "meta",
                "obfuscation",
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


# Imported after the class is defined so that models referring to each other import cleanly.
from ..models.chat_completion_stream_choice import ChatCompletionStreamChoice  # noqa: E402
from ..models.completion_usage import CompletionUsage  # noqa: E402
from ..models.response_meta import ResponseMeta  # noqa: E402
