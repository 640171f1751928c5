from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_size import ImageSize, check_image_size
from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.font_input import FontInput
    from ..models.reference_image import ReferenceImage


T = TypeVar("T", bound="ImageConfig")


@_attrs_define(repr=False)
class ImageConfig:
    """Image generation settings (both snake and camel case are accepted)."""

    aspect_ratio: str | None = None
    """ Aspect ratio such as `16:9`. """

    aspectRatio: str | None = None
    """ Aspect ratio such as `16:9` (camel case). """

    image_size: ImageSize | None = None
    """ Output image resolution class. """

    imageSize: ImageSize | None = None
    """ Output image resolution class. """

    include_rai_reason: bool | None = None
    """ Explain responsible-AI filtering of an image. """

    includeRaiReason: bool | None = None
    """ Explain responsible-AI filtering of an image (camel case). """

    font_inputs: list[FontInput] | None = None
    """ Fonts to render text with. """

    fontInputs: list[FontInput] | None = None
    """ Fonts to render text with (camel case). """

    super_resolution_references: list[str] | None = None
    """ Reference images for super resolution. """

    superResolutionReferences: list[str] | None = None
    """ Reference images for super resolution (camel case). """

    reference_images: list[ReferenceImage] | None = None
    """ Reference images (provider-specific objects). """

    referenceImages: list[ReferenceImage] | None = None
    """ Reference images (provider-specific objects, camel case). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.aspect_ratio is not None:
            aspect_ratio = self.aspect_ratio
            field_dict["aspect_ratio"] = aspect_ratio
        elif "aspect_ratio" in self._json_nulls:
            field_dict["aspect_ratio"] = None
        if self.aspectRatio is not None:
            aspectRatio = self.aspectRatio
            field_dict["aspectRatio"] = aspectRatio
        elif "aspectRatio" in self._json_nulls:
            field_dict["aspectRatio"] = None
        if self.image_size is not None:
            image_size: str = self.image_size
            field_dict["image_size"] = image_size
        elif "image_size" in self._json_nulls:
            field_dict["image_size"] = None
        if self.imageSize is not None:
            imageSize: str = self.imageSize
            field_dict["imageSize"] = imageSize
        elif "imageSize" in self._json_nulls:
            field_dict["imageSize"] = None
        if self.include_rai_reason is not None:
            include_rai_reason = self.include_rai_reason
            field_dict["include_rai_reason"] = include_rai_reason
        elif "include_rai_reason" in self._json_nulls:
            field_dict["include_rai_reason"] = None
        if self.includeRaiReason is not None:
            includeRaiReason = self.includeRaiReason
            field_dict["includeRaiReason"] = includeRaiReason
        elif "includeRaiReason" in self._json_nulls:
            field_dict["includeRaiReason"] = None
        if self.font_inputs is not None:
            font_inputs = []
            for font_inputs_item_data in self.font_inputs:
                font_inputs_item = font_inputs_item_data.to_dict()
                font_inputs.append(font_inputs_item)

            field_dict["font_inputs"] = font_inputs
        elif "font_inputs" in self._json_nulls:
            field_dict["font_inputs"] = None
        if self.fontInputs is not None:
            fontInputs = []
            for font_inputs_item_data in self.fontInputs:
                font_inputs_item = font_inputs_item_data.to_dict()
                fontInputs.append(font_inputs_item)

            field_dict["fontInputs"] = fontInputs
        elif "fontInputs" in self._json_nulls:
            field_dict["fontInputs"] = None
        if self.super_resolution_references is not None:
            super_resolution_references = self.super_resolution_references

            field_dict["super_resolution_references"] = super_resolution_references
        elif "super_resolution_references" in self._json_nulls:
            field_dict["super_resolution_references"] = None
        if self.superResolutionReferences is not None:
            superResolutionReferences = self.superResolutionReferences

            field_dict["superResolutionReferences"] = superResolutionReferences
        elif "superResolutionReferences" in self._json_nulls:
            field_dict["superResolutionReferences"] = None
        if self.reference_images is not None:
            reference_images = []
            for reference_images_item_data in self.reference_images:
                reference_images_item = reference_images_item_data.to_dict()
                reference_images.append(reference_images_item)

            field_dict["reference_images"] = reference_images
        elif "reference_images" in self._json_nulls:
            field_dict["reference_images"] = None
        if self.referenceImages is not None:
            referenceImages = []
            for reference_images_item_data in self.referenceImages:
                reference_images_item = reference_images_item_data.to_dict()
                referenceImages.append(reference_images_item)

            field_dict["referenceImages"] = referenceImages
        elif "referenceImages" in self._json_nulls:
            field_dict["referenceImages"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_config = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_aspect_ratio = d.pop("aspect_ratio", UNSET)
        if _raw_aspect_ratio is UNSET:
            image_config.aspect_ratio = None
        elif _raw_aspect_ratio is None:
            image_config.aspect_ratio = None
            json_nulls += ("aspect_ratio",)
        else:
            aspect_ratio = _raw_aspect_ratio

            image_config.aspect_ratio = aspect_ratio
        _raw_aspectRatio = d.pop("aspectRatio", UNSET)
        if _raw_aspectRatio is UNSET:
            image_config.aspectRatio = None
        elif _raw_aspectRatio is None:
            image_config.aspectRatio = None
            json_nulls += ("aspectRatio",)
        else:
            aspectRatio = _raw_aspectRatio

            image_config.aspectRatio = aspectRatio
        _raw_image_size = d.pop("image_size", UNSET)
        if _raw_image_size is UNSET:
            image_config.image_size = None
        elif _raw_image_size is None:
            image_config.image_size = None
            json_nulls += ("image_size",)
        else:
            image_size = check_image_size(_raw_image_size)

            image_config.image_size = image_size
        _raw_imageSize = d.pop("imageSize", UNSET)
        if _raw_imageSize is UNSET:
            image_config.imageSize = None
        elif _raw_imageSize is None:
            image_config.imageSize = None
            json_nulls += ("imageSize",)
        else:
            imageSize = check_image_size(_raw_imageSize)

            image_config.imageSize = imageSize
        _raw_include_rai_reason = d.pop("include_rai_reason", UNSET)
        if _raw_include_rai_reason is UNSET:
            image_config.include_rai_reason = None
        elif _raw_include_rai_reason is None:
            image_config.include_rai_reason = None
            json_nulls += ("include_rai_reason",)
        else:
            include_rai_reason = _raw_include_rai_reason

            image_config.include_rai_reason = include_rai_reason
        _raw_includeRaiReason = d.pop("includeRaiReason", UNSET)
        if _raw_includeRaiReason is UNSET:
            image_config.includeRaiReason = None
        elif _raw_includeRaiReason is None:
            image_config.includeRaiReason = None
            json_nulls += ("includeRaiReason",)
        else:
            includeRaiReason = _raw_includeRaiReason

            image_config.includeRaiReason = includeRaiReason
        _raw_font_inputs = d.pop("font_inputs", UNSET)
        if _raw_font_inputs is UNSET:
            image_config.font_inputs = None
        elif _raw_font_inputs is None:
            image_config.font_inputs = None
            json_nulls += ("font_inputs",)
        else:
            font_inputs = []
            _font_inputs = _raw_font_inputs
            for font_inputs_item_data in _font_inputs:
                font_inputs_item = FontInput.from_dict(font_inputs_item_data)

                font_inputs.append(font_inputs_item)

            image_config.font_inputs = font_inputs
        _raw_fontInputs = d.pop("fontInputs", UNSET)
        if _raw_fontInputs is UNSET:
            image_config.fontInputs = None
        elif _raw_fontInputs is None:
            image_config.fontInputs = None
            json_nulls += ("fontInputs",)
        else:
            fontInputs = []
            _fontInputs = _raw_fontInputs
            for font_inputs_item_data in _fontInputs:
                font_inputs_item = FontInput.from_dict(font_inputs_item_data)

                fontInputs.append(font_inputs_item)

            image_config.fontInputs = fontInputs
        _raw_super_resolution_references = d.pop("super_resolution_references", UNSET)
        if _raw_super_resolution_references is UNSET:
            image_config.super_resolution_references = None
        elif _raw_super_resolution_references is None:
            image_config.super_resolution_references = None
            json_nulls += ("super_resolution_references",)
        else:
            super_resolution_references = cast(list[str], _raw_super_resolution_references)

            image_config.super_resolution_references = super_resolution_references
        _raw_superResolutionReferences = d.pop("superResolutionReferences", UNSET)
        if _raw_superResolutionReferences is UNSET:
            image_config.superResolutionReferences = None
        elif _raw_superResolutionReferences is None:
            image_config.superResolutionReferences = None
            json_nulls += ("superResolutionReferences",)
        else:
            superResolutionReferences = cast(list[str], _raw_superResolutionReferences)

            image_config.superResolutionReferences = superResolutionReferences
        _raw_reference_images = d.pop("reference_images", UNSET)
        if _raw_reference_images is UNSET:
            image_config.reference_images = None
        elif _raw_reference_images is None:
            image_config.reference_images = None
            json_nulls += ("reference_images",)
        else:
            reference_images = []
            _reference_images = _raw_reference_images
            for reference_images_item_data in _reference_images:
                reference_images_item = ReferenceImage.from_dict(reference_images_item_data)

                reference_images.append(reference_images_item)

            image_config.reference_images = reference_images
        _raw_referenceImages = d.pop("referenceImages", UNSET)
        if _raw_referenceImages is UNSET:
            image_config.referenceImages = None
        elif _raw_referenceImages is None:
            image_config.referenceImages = None
            json_nulls += ("referenceImages",)
        else:
            referenceImages = []
            _referenceImages = _raw_referenceImages
            for reference_images_item_data in _referenceImages:
                reference_images_item = ReferenceImage.from_dict(reference_images_item_data)

                referenceImages.append(reference_images_item)

            image_config.referenceImages = referenceImages
        image_config.additional_properties = d
        image_config._json_nulls = json_nulls
        return image_config

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            (
                "aspect_ratio",
                "aspectRatio",
                "image_size",
                "imageSize",
                "include_rai_reason",
                "includeRaiReason",
                "font_inputs",
                "fontInputs",
                "super_resolution_references",
                "superResolutionReferences",
                "reference_images",
                "referenceImages",
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
from ..models.font_input import FontInput  # noqa: E402
from ..models.reference_image import ReferenceImage  # noqa: E402
