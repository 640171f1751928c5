from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..models.thinking_config_type import ThinkingConfigType, check_thinking_config_type
from ..types import UNSET, model_repr

T = TypeVar("T", bound="ThinkingConfig")


@_attrs_define(repr=False)
class ThinkingConfig:
    """Extended-thinking controls (Anthropic and Google naming, both casings)."""

    type_: ThinkingConfigType | None = None
    """ Turn thinking on or off. """

    enabled: bool | None = None
    """ Turn thinking on or off (boolean form). """

    include_thoughts: bool | None = None
    """ Return the thoughts (snake case). """

    includeThoughts: bool | None = None
    """ Return the thoughts (camel case). """

    effort: ReasoningEffort | None = None
    """ How much effort a reasoning model spends thinking. """

    max_tokens: int | None = None
    """ Thinking token budget (snake case). """

    maxTokens: int | None = None
    """ Thinking token budget (camel case). """

    budget_tokens: int | None = None
    """ Thinking token budget (Anthropic naming, snake case). """

    budgetTokens: int | None = None
    """ Thinking token budget (Anthropic naming, camel case). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not None:
            type_: str = self.type_
            field_dict["type"] = type_
        elif "type" in self._json_nulls:
            field_dict["type"] = None
        if self.enabled is not None:
            enabled = self.enabled
            field_dict["enabled"] = enabled
        elif "enabled" in self._json_nulls:
            field_dict["enabled"] = None
        if self.include_thoughts is not None:
            include_thoughts = self.include_thoughts
            field_dict["include_thoughts"] = include_thoughts
        elif "include_thoughts" in self._json_nulls:
            field_dict["include_thoughts"] = None
        if self.includeThoughts is not None:
            includeThoughts = self.includeThoughts
            field_dict["includeThoughts"] = includeThoughts
        elif "includeThoughts" in self._json_nulls:
            field_dict["includeThoughts"] = None
        if self.effort is not None:
            effort: str = self.effort
            field_dict["effort"] = effort
        elif "effort" in self._json_nulls:
            field_dict["effort"] = None
        if self.max_tokens is not None:
            max_tokens = self.max_tokens
            field_dict["max_tokens"] = max_tokens
        elif "max_tokens" in self._json_nulls:
            field_dict["max_tokens"] = None
        if self.maxTokens is not None:
            maxTokens = self.maxTokens
            field_dict["maxTokens"] = maxTokens
        elif "maxTokens" in self._json_nulls:
            field_dict["maxTokens"] = None
        if self.budget_tokens is not None:
            budget_tokens = self.budget_tokens
            field_dict["budget_tokens"] = budget_tokens
        elif "budget_tokens" in self._json_nulls:
            field_dict["budget_tokens"] = None
        if self.budgetTokens is not None:
            budgetTokens = self.budgetTokens
            field_dict["budgetTokens"] = budgetTokens
        elif "budgetTokens" in self._json_nulls:
            field_dict["budgetTokens"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thinking_config = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is UNSET:
            thinking_config.type_ = None
        elif _raw_type_ is None:
            thinking_config.type_ = None
            json_nulls += ("type",)
        else:
            type_ = check_thinking_config_type(_raw_type_)

            thinking_config.type_ = type_
        _raw_enabled = d.pop("enabled", UNSET)
        if _raw_enabled is UNSET:
            thinking_config.enabled = None
        elif _raw_enabled is None:
            thinking_config.enabled = None
            json_nulls += ("enabled",)
        else:
            enabled = _raw_enabled

            thinking_config.enabled = enabled
        _raw_include_thoughts = d.pop("include_thoughts", UNSET)
        if _raw_include_thoughts is UNSET:
            thinking_config.include_thoughts = None
        elif _raw_include_thoughts is None:
            thinking_config.include_thoughts = None
            json_nulls += ("include_thoughts",)
        else:
            include_thoughts = _raw_include_thoughts

            thinking_config.include_thoughts = include_thoughts
        _raw_includeThoughts = d.pop("includeThoughts", UNSET)
        if _raw_includeThoughts is UNSET:
            thinking_config.includeThoughts = None
        elif _raw_includeThoughts is None:
            thinking_config.includeThoughts = None
            json_nulls += ("includeThoughts",)
        else:
            includeThoughts = _raw_includeThoughts

            thinking_config.includeThoughts = includeThoughts
        _raw_effort = d.pop("effort", UNSET)
        if _raw_effort is UNSET:
            thinking_config.effort = None
        elif _raw_effort is None:
            thinking_config.effort = None
            json_nulls += ("effort",)
        else:
            effort = check_reasoning_effort(_raw_effort)

            thinking_config.effort = effort
        _raw_max_tokens = d.pop("max_tokens", UNSET)
        if _raw_max_tokens is UNSET:
            thinking_config.max_tokens = None
        elif _raw_max_tokens is None:
            thinking_config.max_tokens = None
            json_nulls += ("max_tokens",)
        else:
            max_tokens = _raw_max_tokens

            thinking_config.max_tokens = max_tokens
        _raw_maxTokens = d.pop("maxTokens", UNSET)
        if _raw_maxTokens is UNSET:
            thinking_config.maxTokens = None
        elif _raw_maxTokens is None:
            thinking_config.maxTokens = None
            json_nulls += ("maxTokens",)
        else:
            maxTokens = _raw_maxTokens

            thinking_config.maxTokens = maxTokens
        _raw_budget_tokens = d.pop("budget_tokens", UNSET)
        if _raw_budget_tokens is UNSET:
            thinking_config.budget_tokens = None
        elif _raw_budget_tokens is None:
            thinking_config.budget_tokens = None
            json_nulls += ("budget_tokens",)
        else:
            budget_tokens = _raw_budget_tokens

            thinking_config.budget_tokens = budget_tokens
        _raw_budgetTokens = d.pop("budgetTokens", UNSET)
        if _raw_budgetTokens is UNSET:
            thinking_config.budgetTokens = None
        elif _raw_budgetTokens is None:
            thinking_config.budgetTokens = None
            json_nulls += ("budgetTokens",)
        else:
            budgetTokens = _raw_budgetTokens

            thinking_config.budgetTokens = budgetTokens
        thinking_config.additional_properties = d
        thinking_config._json_nulls = json_nulls
        return thinking_config

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            (
                "type_",
                "enabled",
                "include_thoughts",
                "includeThoughts",
                "effort",
                "max_tokens",
                "maxTokens",
                "budget_tokens",
                "budgetTokens",
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
