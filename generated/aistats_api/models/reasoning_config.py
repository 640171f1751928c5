from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_config_mode import ReasoningConfigMode, check_reasoning_config_mode
from ..models.reasoning_config_summary import ReasoningConfigSummary, check_reasoning_config_summary
from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..types import UNSET, model_repr

T = TypeVar("T", bound="ReasoningConfig")


@_attrs_define(repr=False)
class ReasoningConfig:
    """Reasoning controls for models that think before they answer. When `reasoning` is sent, the
    gateway fills in `effort: medium` and `summary: auto` where they are missing.

    """

    effort: ReasoningEffort | None = None
    """ How much effort a reasoning model spends thinking. """

    summary: ReasoningConfigSummary | None = None
    """ Ask for a summary of the reasoning. """

    enabled: bool | None = None
    """ Turn reasoning on or off. """

    max_tokens: int | None = None
    """ Token budget for reasoning. """

    mode: ReasoningConfigMode | None = None
    """ Reasoning mode, where a provider offers several. """

    include_thoughts: bool | None = None
    """ Return the reasoning text (snake case). The gateway drops it from `reasoning`. """

    includeThoughts: bool | None = None
    """ Return the reasoning text (camel case). The gateway drops it from `reasoning`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.effort is not None:
            effort: str = self.effort
            field_dict["effort"] = effort
        elif "effort" in self._json_nulls:
            field_dict["effort"] = None
        if self.summary is not None:
            summary: str = self.summary
            field_dict["summary"] = summary
        elif "summary" in self._json_nulls:
            field_dict["summary"] = None
        if self.enabled is not None:
            enabled = self.enabled
            field_dict["enabled"] = enabled
        elif "enabled" in self._json_nulls:
            field_dict["enabled"] = None
        if self.max_tokens is not None:
            max_tokens = self.max_tokens
            field_dict["max_tokens"] = max_tokens
        elif "max_tokens" in self._json_nulls:
            field_dict["max_tokens"] = None
        if self.mode is not None:
            mode: str = self.mode
            field_dict["mode"] = mode
        elif "mode" in self._json_nulls:
            field_dict["mode"] = None
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
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reasoning_config = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_effort = d.pop("effort", UNSET)
        if _raw_effort is UNSET:
            reasoning_config.effort = None
        elif _raw_effort is None:
            reasoning_config.effort = None
            json_nulls += ("effort",)
        else:
            effort = check_reasoning_effort(_raw_effort)

            reasoning_config.effort = effort
        _raw_summary = d.pop("summary", UNSET)
        if _raw_summary is UNSET:
            reasoning_config.summary = None
        elif _raw_summary is None:
            reasoning_config.summary = None
            json_nulls += ("summary",)
        else:
            summary = check_reasoning_config_summary(_raw_summary)

            reasoning_config.summary = summary
        _raw_enabled = d.pop("enabled", UNSET)
        if _raw_enabled is UNSET:
            reasoning_config.enabled = None
        elif _raw_enabled is None:
            reasoning_config.enabled = None
            json_nulls += ("enabled",)
        else:
            enabled = _raw_enabled

            reasoning_config.enabled = enabled
        _raw_max_tokens = d.pop("max_tokens", UNSET)
        if _raw_max_tokens is UNSET:
            reasoning_config.max_tokens = None
        elif _raw_max_tokens is None:
            reasoning_config.max_tokens = None
            json_nulls += ("max_tokens",)
        else:
            max_tokens = _raw_max_tokens

            reasoning_config.max_tokens = max_tokens
        _raw_mode = d.pop("mode", UNSET)
        if _raw_mode is UNSET:
            reasoning_config.mode = None
        elif _raw_mode is None:
            reasoning_config.mode = None
            json_nulls += ("mode",)
        else:
            mode = check_reasoning_config_mode(_raw_mode)

            reasoning_config.mode = mode
        _raw_include_thoughts = d.pop("include_thoughts", UNSET)
        if _raw_include_thoughts is UNSET:
            reasoning_config.include_thoughts = None
        elif _raw_include_thoughts is None:
            reasoning_config.include_thoughts = None
            json_nulls += ("include_thoughts",)
        else:
            include_thoughts = _raw_include_thoughts

            reasoning_config.include_thoughts = include_thoughts
        _raw_includeThoughts = d.pop("includeThoughts", UNSET)
        if _raw_includeThoughts is UNSET:
            reasoning_config.includeThoughts = None
        elif _raw_includeThoughts is None:
            reasoning_config.includeThoughts = None
            json_nulls += ("includeThoughts",)
        else:
            includeThoughts = _raw_includeThoughts

            reasoning_config.includeThoughts = includeThoughts
        reasoning_config.additional_properties = d
        reasoning_config._json_nulls = json_nulls
        return reasoning_config

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            (
                "effort",
                "summary",
                "enabled",
                "max_tokens",
                "mode",
                "include_thoughts",
                "includeThoughts",
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
