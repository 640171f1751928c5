from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_tier import ServiceTier
from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_choice import ChatCompletionChoice
    from ..models.completion_usage import CompletionUsage
    from ..models.create_chat_completion_response_routing_diagnostics import (
        CreateChatCompletionResponseRoutingDiagnostics,
    )
    from ..models.pricing_line import PricingLine
    from ..models.response_meta import ResponseMeta


T = TypeVar("T", bound="CreateChatCompletionResponse")


@_attrs_define(repr=False)
class CreateChatCompletionResponse:
    """A chat completion (`object` is `chat.completion`)."""

    id: str
    """ The gateway's id of the request (`G-` and a ULID); the same in every frame of a stream. """

    object_: str
    """ Always `chat.completion` today; kept open. """

    created: int
    """ Unix time (seconds) when the completion was created. """

    model: str
    """ The model that answered. """

    choices: list[ChatCompletionChoice]
    """ The generated choices (one unless `n` > 1). """

    provider: str | None = None
    """ The upstream provider that served the request. """

    provider_id: str | None = None
    """ The upstream provider's id (the same as `provider` today). """

    native_response_id: str | None = None
    """ The upstream provider's own id of the response. """

    system_fingerprint: str | None = None
    """ Backend configuration fingerprint, when the provider reports one. """

    service_tier: ServiceTier | None = None
    """ The tier that processed the request (open set). """

    usage: CompletionUsage | None = None
    """ Token counts and cost of the request. The gateway always returns usage (the request's
    `usage` flag changes nothing); a details object appears only when it has a count.
     """

    meta: ResponseMeta | None = None
    """ The gateway's `meta` block (only with `meta: true`): timings in milliseconds (each may be
    null) and how the provider was chosen. Its earlier documents' `requestId`, `provider` and
    `cost` are not in it (the id is the response's `id`, the cost in `usage.pricing`).
     """

    cost_nanos: int | None = None
    """ What the request cost, in billionths of a US dollar (present when it cost something). """

    cost_cents: int | None = None
    """ What the request cost, in US cents, rounded. """

    currency: str | None = None
    """ The currency of the cost fields, `USD`. """

    pricing_lines: list[PricingLine] | None = None
    """ How the cost was made up, one line per priced quantity. """

    routing_diagnostics: CreateChatCompletionResponseRoutingDiagnostics | None = None
    """ How the provider was chosen (with `debug` or `provider.return_diagnostics`; fields vary). """

    session_id: str | None = None
    """ Not sent by the gateway's code at 2026-08 (its earlier documents named it); kept so that code reading it
    still type-checks. """

    upstream_request_id: str | None = None
    """ Not sent by the gateway's code at 2026-08 (its earlier documents named it); kept so that code reading it
    still type-checks. """

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
        if self.provider_id is not None:
            provider_id: None | str
            provider_id = self.provider_id
            field_dict["provider_id"] = provider_id
        elif "provider_id" in self._json_nulls:
            field_dict["provider_id"] = None
        if self.native_response_id is not None:
            native_response_id: None | str
            native_response_id = self.native_response_id
            field_dict["nativeResponseId"] = native_response_id
        elif "nativeResponseId" in self._json_nulls:
            field_dict["nativeResponseId"] = None
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
            usage = self.usage.to_dict()
            field_dict["usage"] = usage
        elif "usage" in self._json_nulls:
            field_dict["usage"] = None
        if self.meta is not None:
            meta = self.meta.to_dict()
            field_dict["meta"] = meta
        elif "meta" in self._json_nulls:
            field_dict["meta"] = None
        if self.cost_nanos is not None:
            cost_nanos = self.cost_nanos
            field_dict["cost_nanos"] = cost_nanos
        elif "cost_nanos" in self._json_nulls:
            field_dict["cost_nanos"] = None
        if self.cost_cents is not None:
            cost_cents = self.cost_cents
            field_dict["cost_cents"] = cost_cents
        elif "cost_cents" in self._json_nulls:
            field_dict["cost_cents"] = None
        if self.currency is not None:
            currency = self.currency
            field_dict["currency"] = currency
        elif "currency" in self._json_nulls:
            field_dict["currency"] = None
        if self.pricing_lines is not None:
            pricing_lines = []
            for pricing_lines_item_data in self.pricing_lines:
                pricing_lines_item = pricing_lines_item_data.to_dict()
                pricing_lines.append(pricing_lines_item)

            field_dict["pricing_lines"] = pricing_lines
        elif "pricing_lines" in self._json_nulls:
            field_dict["pricing_lines"] = None
        if self.routing_diagnostics is not None:
            routing_diagnostics = self.routing_diagnostics.to_dict()
            field_dict["routing_diagnostics"] = routing_diagnostics
        elif "routing_diagnostics" in self._json_nulls:
            field_dict["routing_diagnostics"] = None
        if self.session_id is not None:
            session_id: None | str
            session_id = self.session_id
            field_dict["session_id"] = session_id
        elif "session_id" in self._json_nulls:
            field_dict["session_id"] = None
        if self.upstream_request_id is not None:
            upstream_request_id: None | str
            upstream_request_id = self.upstream_request_id
            field_dict["upstream_request_id"] = upstream_request_id
        elif "upstream_request_id" in self._json_nulls:
            field_dict["upstream_request_id"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        create_chat_completion_response = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        id = d.pop("id")

        create_chat_completion_response.id = id
        object_ = d.pop("object")

        create_chat_completion_response.object_ = object_
        created = d.pop("created")

        create_chat_completion_response.created = created
        model = d.pop("model")

        create_chat_completion_response.model = model
        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatCompletionChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        create_chat_completion_response.choices = choices
        _raw_provider = d.pop("provider", UNSET)
        if _raw_provider is UNSET:
            create_chat_completion_response.provider = None
        elif _raw_provider is None:
            create_chat_completion_response.provider = None
            json_nulls += ("provider",)
        else:
            provider = cast("None | str", _raw_provider)

            create_chat_completion_response.provider = provider
        _raw_provider_id = d.pop("provider_id", UNSET)
        if _raw_provider_id is UNSET:
            create_chat_completion_response.provider_id = None
        elif _raw_provider_id is None:
            create_chat_completion_response.provider_id = None
            json_nulls += ("provider_id",)
        else:
            provider_id = cast("None | str", _raw_provider_id)

            create_chat_completion_response.provider_id = provider_id
        _raw_native_response_id = d.pop("nativeResponseId", UNSET)
        if _raw_native_response_id is UNSET:
            create_chat_completion_response.native_response_id = None
        elif _raw_native_response_id is None:
            create_chat_completion_response.native_response_id = None
            json_nulls += ("nativeResponseId",)
        else:
            native_response_id = cast("None | str", _raw_native_response_id)

            create_chat_completion_response.native_response_id = native_response_id
        _raw_system_fingerprint = d.pop("system_fingerprint", UNSET)
        if _raw_system_fingerprint is UNSET:
            create_chat_completion_response.system_fingerprint = None
        elif _raw_system_fingerprint is None:
            create_chat_completion_response.system_fingerprint = None
            json_nulls += ("system_fingerprint",)
        else:
            system_fingerprint = cast("None | str", _raw_system_fingerprint)

            create_chat_completion_response.system_fingerprint = system_fingerprint
        _raw_service_tier = d.pop("service_tier", UNSET)
        if _raw_service_tier is UNSET:
            create_chat_completion_response.service_tier = None
        elif _raw_service_tier is None:
            create_chat_completion_response.service_tier = None
            json_nulls += ("service_tier",)
        else:
            service_tier = cast("ServiceTier | None", _raw_service_tier)

            create_chat_completion_response.service_tier = service_tier
        _raw_usage = d.pop("usage", UNSET)
        if _raw_usage is UNSET:
            create_chat_completion_response.usage = None
        elif _raw_usage is None:
            create_chat_completion_response.usage = None
            json_nulls += ("usage",)
        else:
            usage = CompletionUsage.from_dict(_raw_usage)

            create_chat_completion_response.usage = usage
        _raw_meta = d.pop("meta", UNSET)
        if _raw_meta is UNSET:
            create_chat_completion_response.meta = None
        elif _raw_meta is None:
            create_chat_completion_response.meta = None
            json_nulls += ("meta",)
        else:
            meta = ResponseMeta.from_dict(_raw_meta)

            create_chat_completion_response.meta = meta
        _raw_cost_nanos = d.pop("cost_nanos", UNSET)
        if _raw_cost_nanos is UNSET:
            create_chat_completion_response.cost_nanos = None
        elif _raw_cost_nanos is None:
            create_chat_completion_response.cost_nanos = None
            json_nulls += ("cost_nanos",)
        else:
            cost_nanos = _raw_cost_nanos

            create_chat_completion_response.cost_nanos = cost_nanos
        _raw_cost_cents = d.pop("cost_cents", UNSET)
        if _raw_cost_cents is UNSET:
            create_chat_completion_response.cost_cents = None
        elif _raw_cost_cents is None:
            create_chat_completion_response.cost_cents = None
            json_nulls += ("cost_cents",)
        else:
            cost_cents = _raw_cost_cents

            create_chat_completion_response.cost_cents = cost_cents
        _raw_currency = d.pop("currency", UNSET)
        if _raw_currency is UNSET:
            create_chat_completion_response.currency = None
        elif _raw_currency is None:
            create_chat_completion_response.currency = None
            json_nulls += ("currency",)
        else:
            currency = _raw_currency

            create_chat_completion_response.currency = currency
        _raw_pricing_lines = d.pop("pricing_lines", UNSET)
        if _raw_pricing_lines is UNSET:
            create_chat_completion_response.pricing_lines = None
        elif _raw_pricing_lines is None:
            create_chat_completion_response.pricing_lines = None
            json_nulls += ("pricing_lines",)
        else:
            pricing_lines = []
            _pricing_lines = _raw_pricing_lines
            for pricing_lines_item_data in _pricing_lines:
                pricing_lines_item = PricingLine.from_dict(pricing_lines_item_data)

                pricing_lines.append(pricing_lines_item)

            create_chat_completion_response.pricing_lines = pricing_lines
        _raw_routing_diagnostics = d.pop("routing_diagnostics", UNSET)
        if _raw_routing_diagnostics is UNSET:
            create_chat_completion_response.routing_diagnostics = None
        elif _raw_routing_diagnostics is None:
            create_chat_completion_response.routing_diagnostics = None
            json_nulls += ("routing_diagnostics",)
        else:
            routing_diagnostics = CreateChatCompletionResponseRoutingDiagnostics.from_dict(
                _raw_routing_diagnostics
            )

            create_chat_completion_response.routing_diagnostics = routing_diagnostics
        _raw_session_id = d.pop("session_id", UNSET)
        if _raw_session_id is UNSET:
            create_chat_completion_response.session_id = None
        elif _raw_session_id is None:
            create_chat_completion_response.session_id = None
            json_nulls += ("session_id",)
        else:
            session_id = cast("None | str", _raw_session_id)

            create_chat_completion_response.session_id = session_id
        _raw_upstream_request_id = d.pop("upstream_request_id", UNSET)
        if _raw_upstream_request_id is UNSET:
            create_chat_completion_response.upstream_request_id = None
        elif _raw_upstream_request_id is None:
            create_chat_completion_response.upstream_request_id = None
            json_nulls += ("upstream_request_id",)
        else:
            upstream_request_id = cast("None | str", _raw_upstream_request_id)

            create_chat_completion_response.upstream_request_id = upstream_request_id
        create_chat_completion_response.additional_properties = d
        create_chat_completion_response._json_nulls = json_nulls
        return create_chat_completion_response

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("id", "object_", "created", "model", "choices"),
            (
                "provider",
                "provider_id",
                "native_response_id",
                "system_fingerprint",
                "service_tier",
                "usage",
                "meta",
                "cost_nanos",
                "cost_cents",
                "currency",
                "pricing_lines",
                "routing_diagnostics",
                "session_id",
                "upstream_request_id",
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
from ..models.chat_completion_choice import ChatCompletionChoice  # noqa: E402
from ..models.completion_usage import CompletionUsage  # noqa: E402
from ..models.create_chat_completion_response_routing_diagnostics import (
    CreateChatCompletionResponseRoutingDiagnostics,  # noqa: E402
)
from ..models.pricing_line import PricingLine  # noqa: E402
from ..models.response_meta import ResponseMeta  # noqa: E402
