from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_size import ImageSize, check_image_size
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.font_input import FontInput
    from ..models.reference_image import ReferenceImage


T = TypeVar("T", bound="ImageConfig")


@_attrs_define
class ImageConfig:
    """Image generation settings (both snake and camel case are accepted)."""

    aspect_ratio: str | Unset = UNSET
    """ Aspect ratio such as `16:9`. """
    aspectRatio: str | Unset = UNSET
    """ Aspect ratio such as `16:9` (camel case). """
    image_size: ImageSize | Unset = UNSET
    """ Output image resolution class. """
    imageSize: ImageSize | Unset = UNSET
    """ Output image resolution class. """
    include_rai_reason: bool | Unset = UNSET
    """ Explain responsible-AI filtering of an image. """
    includeRaiReason: bool | Unset = UNSET
    """ Explain responsible-AI filtering of an image (camel case). """
    font_inputs: list[FontInput] | Unset = UNSET
    """ Fonts to render text with. """
    fontInputs: list[FontInput] | Unset = UNSET
    """ Fonts to render text with (camel case). """
    super_resolution_references: list[str] | Unset = UNSET
    """ Reference images for super resolution. """
    superResolutionReferences: list[str] | Unset = UNSET
    """ Reference images for super resolution (camel case). """
    reference_images: list[ReferenceImage] | Unset = UNSET
    """ Reference images (provider-specific objects). """
    referenceImages: list[ReferenceImage] | Unset = UNSET
    """ Reference images (provider-specific objects, camel case). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio = self.aspect_ratio

        aspectRatio = self.aspectRatio

        image_size: str | Unset = UNSET
        if not isinstance(self.image_size, Unset):
            image_size = self.image_size

        imageSize: str | Unset = UNSET
        if not isinstance(self.imageSize, Unset):
            imageSize = self.imageSize

        include_rai_reason = self.include_rai_reason

        includeRaiReason = self.includeRaiReason

        font_inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.font_inputs, Unset):
            font_inputs = []
            for font_inputs_item_data in self.font_inputs:
                font_inputs_item = font_inputs_item_data.to_dict()
                font_inputs.append(font_inputs_item)

        fontInputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fontInputs, Unset):
            fontInputs = []
            for font_inputs_item_data in self.fontInputs:
                font_inputs_item = font_inputs_item_data.to_dict()
                fontInputs.append(font_inputs_item)

        super_resolution_references: list[str] | Unset = UNSET
        if not isinstance(self.super_resolution_references, Unset):
            super_resolution_references = self.super_resolution_references

        superResolutionReferences: list[str] | Unset = UNSET
        if not isinstance(self.superResolutionReferences, Unset):
            superResolutionReferences = self.superResolutionReferences

        reference_images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reference_images, Unset):
            reference_images = []
            for reference_images_item_data in self.reference_images:
                reference_images_item = reference_images_item_data.to_dict()
                reference_images.append(reference_images_item)

        referenceImages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.referenceImages, Unset):
            referenceImages = []
            for reference_images_item_data in self.referenceImages:
                reference_images_item = reference_images_item_data.to_dict()
                referenceImages.append(reference_images_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if aspectRatio is not UNSET:
            field_dict["aspectRatio"] = aspectRatio
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if imageSize is not UNSET:
            field_dict["imageSize"] = imageSize
        if include_rai_reason is not UNSET:
            field_dict["include_rai_reason"] = include_rai_reason
        if includeRaiReason is not UNSET:
            field_dict["includeRaiReason"] = includeRaiReason
        if font_inputs is not UNSET:
            field_dict["font_inputs"] = font_inputs
        if fontInputs is not UNSET:
            field_dict["fontInputs"] = fontInputs
        if super_resolution_references is not UNSET:
            field_dict["super_resolution_references"] = super_resolution_references
        if superResolutionReferences is not UNSET:
            field_dict["superResolutionReferences"] = superResolutionReferences
        if reference_images is not UNSET:
            field_dict["reference_images"] = reference_images
        if referenceImages is not UNSET:
            field_dict["referenceImages"] = referenceImages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        aspect_ratio = d.pop("aspect_ratio", UNSET)

        aspectRatio = d.pop("aspectRatio", UNSET)

        _raw_image_size = d.pop("image_size", UNSET)
        if _raw_image_size is not UNSET:
            _image_size = _raw_image_size
            image_size: ImageSize | Unset
            if isinstance(_image_size, Unset):
                image_size = UNSET
            else:
                image_size = check_image_size(_image_size)

        else:
            image_size = UNSET

        _raw_imageSize = d.pop("imageSize", UNSET)
        if _raw_imageSize is not UNSET:
            _imageSize = _raw_imageSize
            imageSize: ImageSize | Unset
            if isinstance(_imageSize, Unset):
                imageSize = UNSET
            else:
                imageSize = check_image_size(_imageSize)

        else:
            imageSize = UNSET

        include_rai_reason = d.pop("include_rai_reason", UNSET)

        includeRaiReason = d.pop("includeRaiReason", UNSET)

        _raw_font_inputs = d.pop("font_inputs", UNSET)
        if _raw_font_inputs is not UNSET:
            _font_inputs = _raw_font_inputs
            font_inputs: list[FontInput] | Unset = UNSET
            if _font_inputs is not UNSET:
                font_inputs = []
                for font_inputs_item_data in _font_inputs:
                    font_inputs_item = FontInput.from_dict(font_inputs_item_data)

                    font_inputs.append(font_inputs_item)

        else:
            font_inputs = UNSET

        _raw_fontInputs = d.pop("fontInputs", UNSET)
        if _raw_fontInputs is not UNSET:
            _fontInputs = _raw_fontInputs
            fontInputs: list[FontInput] | Unset = UNSET
            if _fontInputs is not UNSET:
                fontInputs = []
                for font_inputs_item_data in _fontInputs:
                    font_inputs_item = FontInput.from_dict(font_inputs_item_data)

                    fontInputs.append(font_inputs_item)

        else:
            fontInputs = UNSET

        _raw_super_resolution_references = d.pop("super_resolution_references", UNSET)
        if _raw_super_resolution_references is not UNSET:
            super_resolution_references = cast(list[str], _raw_super_resolution_references)

        else:
            super_resolution_references = UNSET

        _raw_superResolutionReferences = d.pop("superResolutionReferences", UNSET)
        if _raw_superResolutionReferences is not UNSET:
            superResolutionReferences = cast(list[str], _raw_superResolutionReferences)

        else:
            superResolutionReferences = UNSET

        _raw_reference_images = d.pop("reference_images", UNSET)
        if _raw_reference_images is not UNSET:
            _reference_images = _raw_reference_images
            reference_images: list[ReferenceImage] | Unset = UNSET
            if _reference_images is not UNSET:
                reference_images = []
                for reference_images_item_data in _reference_images:
                    reference_images_item = ReferenceImage.from_dict(reference_images_item_data)

                    reference_images.append(reference_images_item)

        else:
            reference_images = UNSET

        _raw_referenceImages = d.pop("referenceImages", UNSET)
        if _raw_referenceImages is not UNSET:
            _referenceImages = _raw_referenceImages
            referenceImages: list[ReferenceImage] | Unset = UNSET
            if _referenceImages is not UNSET:
                referenceImages = []
                for reference_images_item_data in _referenceImages:
                    reference_images_item = ReferenceImage.from_dict(reference_images_item_data)

                    referenceImages.append(reference_images_item)

        else:
            referenceImages = UNSET

        image_config = cls(
            aspect_ratio=aspect_ratio,
            aspectRatio=aspectRatio,
            image_size=image_size,
            imageSize=imageSize,
            include_rai_reason=include_rai_reason,
            includeRaiReason=includeRaiReason,
            font_inputs=font_inputs,
            fontInputs=fontInputs,
            super_resolution_references=super_resolution_references,
            superResolutionReferences=superResolutionReferences,
            reference_images=reference_images,
            referenceImages=referenceImages,
        )

        image_config.additional_properties = d
        return image_config

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
