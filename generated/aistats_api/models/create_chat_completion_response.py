from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_tier import ServiceTier
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_choice import ChatCompletionChoice
    from ..models.completion_usage import CompletionUsage
    from ..models.response_meta import ResponseMeta


T = TypeVar("T", bound="CreateChatCompletionResponse")


@_attrs_define
class CreateChatCompletionResponse:
    """A chat completion (`object` is `chat.completion`)."""

    id: str
    """ Unique id of the completion. """
    object_: str
    """ Always `chat.completion` today; kept open. """
    created: int
    """ Unix time (seconds) when the completion was created. """
    model: str
    """ The model that answered. """
    choices: list[ChatCompletionChoice]
    """ The generated choices (one unless `n` > 1). """
    provider: None | str | Unset = UNSET
    """ The upstream provider that served the request. """
    native_response_id: None | str | Unset = UNSET
    """ The upstream provider's own id of the response. """
    system_fingerprint: None | str | Unset = UNSET
    """ Backend configuration fingerprint, when the provider reports one. """
    service_tier: None | ServiceTier | str | Unset = UNSET
    """ The tier that processed the request (open set). """
    usage: CompletionUsage | Unset = UNSET
    """ Token counts of the request. """
    meta: ResponseMeta | Unset = UNSET
    """ The gateway's `meta` block (only with `meta: true`); fields vary. """
    session_id: None | str | Unset = UNSET
    """ The session the request belonged to. """
    upstream_request_id: None | str | Unset = UNSET
    """ The id the upstream provider gave the request. """
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

        native_response_id: None | str | Unset
        if isinstance(self.native_response_id, Unset):
            native_response_id = UNSET
        else:
            native_response_id = self.native_response_id

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

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        upstream_request_id: None | str | Unset
        if isinstance(self.upstream_request_id, Unset):
            upstream_request_id = UNSET
        else:
            upstream_request_id = self.upstream_request_id

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
        if native_response_id is not UNSET:
            field_dict["nativeResponseId"] = native_response_id
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if usage is not UNSET:
            field_dict["usage"] = usage
        if meta is not UNSET:
            field_dict["meta"] = meta
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if upstream_request_id is not UNSET:
            field_dict["upstream_request_id"] = upstream_request_id

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
            choices_item = ChatCompletionChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        _raw_provider = d.pop("provider", UNSET)
        if _raw_provider is not UNSET:
            provider = cast("None | str | Unset", _raw_provider)

        else:
            provider = UNSET

        _raw_native_response_id = d.pop("nativeResponseId", UNSET)
        if _raw_native_response_id is not UNSET:
            native_response_id = cast("None | str | Unset", _raw_native_response_id)

        else:
            native_response_id = UNSET

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
            _usage = _raw_usage
            usage: CompletionUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = CompletionUsage.from_dict(_usage)

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

        _raw_session_id = d.pop("session_id", UNSET)
        if _raw_session_id is not UNSET:
            session_id = cast("None | str | Unset", _raw_session_id)

        else:
            session_id = UNSET

        _raw_upstream_request_id = d.pop("upstream_request_id", UNSET)
        if _raw_upstream_request_id is not UNSET:
            upstream_request_id = cast("None | str | Unset", _raw_upstream_request_id)

        else:
            upstream_request_id = UNSET

        create_chat_completion_response = cls(
            id=id,
            object_=object_,
            created=created,
            model=model,
            choices=choices,
            provider=provider,
            native_response_id=native_response_id,
            system_fingerprint=system_fingerprint,
            service_tier=service_tier,
            usage=usage,
            meta=meta,
            session_id=session_id,
            upstream_request_id=upstream_request_id,
        )

        create_chat_completion_response.additional_properties = d
        return create_chat_completion_response

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
from ..models.chat_completion_choice import ChatCompletionChoice  # noqa: E402
from ..models.completion_usage import CompletionUsage  # noqa: E402
from ..models.response_meta import ResponseMeta  # noqa: E402
