from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_config_mode import ReasoningConfigMode, check_reasoning_config_mode
from ..models.reasoning_config_summary import ReasoningConfigSummary, check_reasoning_config_summary
from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReasoningConfig")


@_attrs_define
class ReasoningConfig:
    """Reasoning controls for models that think before they answer."""

    effort: ReasoningEffort | Unset = UNSET
    """ How much effort a reasoning model spends thinking. """
    summary: ReasoningConfigSummary | Unset = UNSET
    """ Ask for a summary of the reasoning. """
    enabled: bool | Unset = UNSET
    """ Turn reasoning on or off. """
    max_tokens: int | Unset = UNSET
    """ Token budget for reasoning. """
    mode: ReasoningConfigMode | Unset = UNSET
    """ Reasoning mode, where a provider offers several. """
    include_thoughts: bool | Unset = UNSET
    """ Return the reasoning text (snake case). """
    includeThoughts: bool | Unset = UNSET
    """ Return the reasoning text (camel case). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort: str | Unset = UNSET
        if not isinstance(self.effort, Unset):
            effort = self.effort

        summary: str | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary

        enabled = self.enabled

        max_tokens = self.max_tokens

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        include_thoughts = self.include_thoughts

        includeThoughts = self.includeThoughts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if summary is not UNSET:
            field_dict["summary"] = summary
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if mode is not UNSET:
            field_dict["mode"] = mode
        if include_thoughts is not UNSET:
            field_dict["include_thoughts"] = include_thoughts
        if includeThoughts is not UNSET:
            field_dict["includeThoughts"] = includeThoughts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        _raw_summary = d.pop("summary", UNSET)
        if _raw_summary is not UNSET:
            _summary = _raw_summary
            summary: ReasoningConfigSummary | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = check_reasoning_config_summary(_summary)

        else:
            summary = UNSET

        enabled = d.pop("enabled", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        _raw_mode = d.pop("mode", UNSET)
        if _raw_mode is not UNSET:
            _mode = _raw_mode
            mode: ReasoningConfigMode | Unset
            if isinstance(_mode, Unset):
                mode = UNSET
            else:
                mode = check_reasoning_config_mode(_mode)

        else:
            mode = UNSET

        include_thoughts = d.pop("include_thoughts", UNSET)

        includeThoughts = d.pop("includeThoughts", UNSET)

        reasoning_config = cls(
            effort=effort,
            summary=summary,
            enabled=enabled,
            max_tokens=max_tokens,
            mode=mode,
            include_thoughts=include_thoughts,
            includeThoughts=includeThoughts,
        )

        reasoning_config.additional_properties = d
        return reasoning_config

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
