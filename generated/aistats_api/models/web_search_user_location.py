from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.web_search_location import WebSearchLocation


T = TypeVar("T", bound="WebSearchUserLocation")


@_attrs_define(repr=False)
class WebSearchUserLocation:
    """Approximate user location to localise search."""

    approximate: WebSearchLocation
    """ An approximate location. """

    type_: Literal["approximate"] = "approximate"
    """ Always `approximate`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        field_dict["type"] = type_
        approximate = self.approximate.to_dict()
        field_dict["approximate"] = approximate
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        web_search_user_location = cls.__new__(cls)
        type_ = cast(Literal["approximate"], d.pop("type"))
        if type_ != "approximate":
            raise ValueError(f"type must match const 'approximate', got '{type_}'")

        web_search_user_location.type_ = type_
        approximate = WebSearchLocation.from_dict(d.pop("approximate"))

        web_search_user_location.approximate = approximate
        web_search_user_location.additional_properties = d
        web_search_user_location._json_nulls = ()
        return web_search_user_location

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("type_", "approximate"),
            (),
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
from ..models.web_search_location import WebSearchLocation  # noqa: E402
