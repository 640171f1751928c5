from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.error_detail_item_params import ErrorDetailItemParams


T = TypeVar("T", bound="ErrorDetailItem")


@_attrs_define(repr=False)
class ErrorDetailItem:
    """One failing field of a validation error."""

    message: str
    """ What is wrong with it. """

    path: list[int | str]
    """ Where it is, e.g. `["messages", 0, "role"]`. """

    keyword: str | None = None
    """ The rule it broke, e.g. `too_small`, `invalid_union`, `unknown_param`. """

    params: ErrorDetailItemParams | None = None
    """ The rule's parameters (often empty). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        message = self.message
        field_dict["message"] = message
        path = []
        for path_item_data in self.path:
            path_item: int | str
            path_item = path_item_data
            path.append(path_item)

        field_dict["path"] = path
        if self.keyword is not None:
            keyword = self.keyword
            field_dict["keyword"] = keyword
        elif "keyword" in self._json_nulls:
            field_dict["keyword"] = None
        if self.params is not None:
            params = self.params.to_dict()
            field_dict["params"] = params
        elif "params" in self._json_nulls:
            field_dict["params"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_detail_item = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        message = d.pop("message")

        error_detail_item.message = message
        path = []
        _path = d.pop("path")
        for path_item_data in _path:
            path_item = cast("int | str", path_item_data)

            path.append(path_item)

        error_detail_item.path = path
        _raw_keyword = d.pop("keyword", UNSET)
        if _raw_keyword is UNSET:
            error_detail_item.keyword = None
        elif _raw_keyword is None:
            error_detail_item.keyword = None
            json_nulls += ("keyword",)
        else:
            keyword = _raw_keyword

            error_detail_item.keyword = keyword
        _raw_params = d.pop("params", UNSET)
        if _raw_params is UNSET:
            error_detail_item.params = None
        elif _raw_params is None:
            error_detail_item.params = None
            json_nulls += ("params",)
        else:
            params = ErrorDetailItemParams.from_dict(_raw_params)

            error_detail_item.params = params
        error_detail_item.additional_properties = d
        error_detail_item._json_nulls = json_nulls
        return error_detail_item

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("message", "path"),
            ("keyword", "params"),
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
from ..models.error_detail_item_params import ErrorDetailItemParams  # noqa: E402
