from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.completion_tokens_details import CompletionTokensDetails
    from ..models.prompt_tokens_details import PromptTokensDetails
    from ..models.server_tool_usage import ServerToolUsage
    from ..models.usage_pricing import UsagePricing


T = TypeVar("T", bound="CompletionUsage")


@_attrs_define(repr=False)
class CompletionUsage:
    """Token counts and cost of the request. The gateway always returns usage (the request's
    `usage` flag changes nothing); a details object appears only when it has a count.

    """

    prompt_tokens: int | None = None
    """ Tokens in the prompt. """

    completion_tokens: int | None = None
    """ Tokens generated. """

    total_tokens: int | None = None
    """ Prompt plus completion tokens. """

    prompt_tokens_details: PromptTokensDetails | None = None
    """ Breakdown of prompt tokens. """

    completion_tokens_details: CompletionTokensDetails | None = None
    """ Breakdown of completion tokens. """

    server_tool_use: ServerToolUsage | None = None
    """ Counts of built-in tool uses billed to the request. """

    service_tier: str | None = None
    """ The tier the tokens were counted in. """

    pricing: UsagePricing | None = None
    """ What the request cost. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.prompt_tokens is not None:
            prompt_tokens = self.prompt_tokens
            field_dict["prompt_tokens"] = prompt_tokens
        elif "prompt_tokens" in self._json_nulls:
            field_dict["prompt_tokens"] = None
        if self.completion_tokens is not None:
            completion_tokens = self.completion_tokens
            field_dict["completion_tokens"] = completion_tokens
        elif "completion_tokens" in self._json_nulls:
            field_dict["completion_tokens"] = None
        if self.total_tokens is not None:
            total_tokens = self.total_tokens
            field_dict["total_tokens"] = total_tokens
        elif "total_tokens" in self._json_nulls:
            field_dict["total_tokens"] = None
        if self.prompt_tokens_details is not None:
            prompt_tokens_details = self.prompt_tokens_details.to_dict()
            field_dict["prompt_tokens_details"] = prompt_tokens_details
        elif "prompt_tokens_details" in self._json_nulls:
            field_dict["prompt_tokens_details"] = None
        if self.completion_tokens_details is not None:
            completion_tokens_details = self.completion_tokens_details.to_dict()
            field_dict["completion_tokens_details"] = completion_tokens_details
        elif "completion_tokens_details" in self._json_nulls:
            field_dict["completion_tokens_details"] = None
        if self.server_tool_use is not None:
            server_tool_use = self.server_tool_use.to_dict()
            field_dict["server_tool_use"] = server_tool_use
        elif "server_tool_use" in self._json_nulls:
            field_dict["server_tool_use"] = None
        if self.service_tier is not None:
            service_tier: None | str
            service_tier = self.service_tier
            field_dict["service_tier"] = service_tier
        elif "service_tier" in self._json_nulls:
            field_dict["service_tier"] = None
        if self.pricing is not None:
            pricing = self.pricing.to_dict()
            field_dict["pricing"] = pricing
        elif "pricing" in self._json_nulls:
            field_dict["pricing"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completion_usage = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_prompt_tokens = d.pop("prompt_tokens", UNSET)
        if _raw_prompt_tokens is UNSET:
            completion_usage.prompt_tokens = None
        elif _raw_prompt_tokens is None:
            completion_usage.prompt_tokens = None
            json_nulls += ("prompt_tokens",)
        else:
            prompt_tokens = _raw_prompt_tokens

            completion_usage.prompt_tokens = prompt_tokens
        _raw_completion_tokens = d.pop("completion_tokens", UNSET)
        if _raw_completion_tokens is UNSET:
            completion_usage.completion_tokens = None
        elif _raw_completion_tokens is None:
            completion_usage.completion_tokens = None
            json_nulls += ("completion_tokens",)
        else:
            completion_tokens = _raw_completion_tokens

            completion_usage.completion_tokens = completion_tokens
        _raw_total_tokens = d.pop("total_tokens", UNSET)
        if _raw_total_tokens is UNSET:
            completion_usage.total_tokens = None
        elif _raw_total_tokens is None:
            completion_usage.total_tokens = None
            json_nulls += ("total_tokens",)
        else:
            total_tokens = _raw_total_tokens

            completion_usage.total_tokens = total_tokens
        _raw_prompt_tokens_details = d.pop("prompt_tokens_details", UNSET)
        if _raw_prompt_tokens_details is UNSET:
            completion_usage.prompt_tokens_details = None
        elif _raw_prompt_tokens_details is None:
            completion_usage.prompt_tokens_details = None
            json_nulls += ("prompt_tokens_details",)
        else:
            prompt_tokens_details = PromptTokensDetails.from_dict(_raw_prompt_tokens_details)

            completion_usage.prompt_tokens_details = prompt_tokens_details
        _raw_completion_tokens_details = d.pop("completion_tokens_details", UNSET)
        if _raw_completion_tokens_details is UNSET:
            completion_usage.completion_tokens_details = None
        elif _raw_completion_tokens_details is None:
            completion_usage.completion_tokens_details = None
            json_nulls += ("completion_tokens_details",)
        else:
            completion_tokens_details = CompletionTokensDetails.from_dict(
                _raw_completion_tokens_details
            )

            completion_usage.completion_tokens_details = completion_tokens_details
        _raw_server_tool_use = d.pop("server_tool_use", UNSET)
        if _raw_server_tool_use is UNSET:
            completion_usage.server_tool_use = None
        elif _raw_server_tool_use is None:
            completion_usage.server_tool_use = None
            json_nulls += ("server_tool_use",)
        else:
            server_tool_use = ServerToolUsage.from_dict(_raw_server_tool_use)

            completion_usage.server_tool_use = server_tool_use
        _raw_service_tier = d.pop("service_tier", UNSET)
        if _raw_service_tier is UNSET:
            completion_usage.service_tier = None
        elif _raw_service_tier is None:
            completion_usage.service_tier = None
            json_nulls += ("service_tier",)
        else:
            service_tier = cast("None | str", _raw_service_tier)

            completion_usage.service_tier = service_tier
        _raw_pricing = d.pop("pricing", UNSET)
        if _raw_pricing is UNSET:
            completion_usage.pricing = None
        elif _raw_pricing is None:
            completion_usage.pricing = None
            json_nulls += ("pricing",)
        else:
            pricing = UsagePricing.from_dict(_raw_pricing)

            completion_usage.pricing = pricing
        completion_usage.additional_properties = d
        completion_usage._json_nulls = json_nulls
        return completion_usage

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            (
                "prompt_tokens",
                "completion_tokens",
                "total_tokens",
                "prompt_tokens_details",
                "completion_tokens_details",
                "server_tool_use",
                "service_tier",
                "pricing",
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
from ..models.completion_tokens_details import CompletionTokensDetails  # noqa: E402
from ..models.prompt_tokens_details import PromptTokensDetails  # noqa: E402
from ..models.server_tool_usage import ServerToolUsage  # noqa: E402
from ..models.usage_pricing import UsagePricing  # noqa: E402
