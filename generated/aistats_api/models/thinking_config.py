from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..models.thinking_config_type import ThinkingConfigType, check_thinking_config_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThinkingConfig")


@_attrs_define
class ThinkingConfig:
    """Extended-thinking controls (Anthropic and Google naming, both casings)."""

    type_: ThinkingConfigType | Unset = UNSET
    """ Turn thinking on or off. """
    enabled: bool | Unset = UNSET
    """ Turn thinking on or off (boolean form). """
    include_thoughts: bool | Unset = UNSET
    """ Return the thoughts (snake case). """
    includeThoughts: bool | Unset = UNSET
    """ Return the thoughts (camel case). """
    effort: ReasoningEffort | Unset = UNSET
    """ How much effort a reasoning model spends thinking. """
    max_tokens: int | Unset = UNSET
    """ Thinking token budget (snake case). """
    maxTokens: int | Unset = UNSET
    """ Thinking token budget (camel case). """
    budget_tokens: int | Unset = UNSET
    """ Thinking token budget (Anthropic naming, snake case). """
    budgetTokens: int | Unset = UNSET
    """ Thinking token budget (Anthropic naming, camel case). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        enabled = self.enabled

        include_thoughts = self.include_thoughts

        includeThoughts = self.includeThoughts

        effort: str | Unset = UNSET
        if not isinstance(self.effort, Unset):
            effort = self.effort

        max_tokens = self.max_tokens

        maxTokens = self.maxTokens

        budget_tokens = self.budget_tokens

        budgetTokens = self.budgetTokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if include_thoughts is not UNSET:
            field_dict["include_thoughts"] = include_thoughts
        if includeThoughts is not UNSET:
            field_dict["includeThoughts"] = includeThoughts
        if effort is not UNSET:
            field_dict["effort"] = effort
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if maxTokens is not UNSET:
            field_dict["maxTokens"] = maxTokens
        if budget_tokens is not UNSET:
            field_dict["budget_tokens"] = budget_tokens
        if budgetTokens is not UNSET:
            field_dict["budgetTokens"] = budgetTokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is not UNSET:
            _type_ = _raw_type_
            type_: ThinkingConfigType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_thinking_config_type(_type_)

        else:
            type_ = UNSET

        enabled = d.pop("enabled", UNSET)

        include_thoughts = d.pop("include_thoughts", UNSET)

        includeThoughts = d.pop("includeThoughts", UNSET)

        _raw_effort = d.pop("effort", UNSET)
        if _raw_effort is not UNSET:
            _effort = _raw_effort
            effort: ReasoningEffort | Unset
            if isinstance(_effort, Unset):
                effort = UNSET
            else:
                effort = check_reasoning_effort(_effort)

        else:
            effort = UNSET

        max_tokens = d.pop("max_tokens", UNSET)

        maxTokens = d.pop("maxTokens", UNSET)

        budget_tokens = d.pop("budget_tokens", UNSET)

        budgetTokens = d.pop("budgetTokens", UNSET)

        thinking_config = cls(
            type_=type_,
            enabled=enabled,
            include_thoughts=include_thoughts,
            includeThoughts=includeThoughts,
            effort=effort,
            max_tokens=max_tokens,
            maxTokens=maxTokens,
            budget_tokens=budget_tokens,
            budgetTokens=budgetTokens,
        )

        thinking_config.additional_properties = d
        return thinking_config

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
