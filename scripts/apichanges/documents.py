"""Reading the two documents: a file, or the spec at a git ref; YAML or JSON; OpenAPI 3.0/3.1."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.schema import openapi_schema_pydantic as oai
from pydantic import ValidationError

# A git ref names the spec at that commit: this file, relative to the repository's root.
DEFAULT_SPEC_PATH = "openapi.yaml"
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DocumentError(Exception):
    """A document could not be found, parsed, or is not OpenAPI 3.x (exit code 2)."""


@dataclass(frozen=True)
class Document:
    label: str  # how the report names it: the path, or `ref:path`
    raw: dict[str, Any]


def load(source: str, repo: Path) -> Document:
    """`source` is a file path, a git ref (its `openapi.yaml`), or `ref:path`."""
    path = Path(source)
    if path.is_file():
        return Document(source, parse(path.read_bytes(), source))
    ref, _, inside = source.partition(":")
    spec_path = inside or DEFAULT_SPEC_PATH
    if not _is_git_ref(ref, repo):
        raise DocumentError(f"{source!r} is neither a file nor a git ref")
    shown = subprocess.run(
        ["git", "show", f"{ref}:{spec_path}"], cwd=repo, capture_output=True, check=False
    )
    if shown.returncode != 0:
        message = shown.stderr.decode(errors="replace").strip()
        raise DocumentError(f"cannot read {spec_path} at {ref}: {message}")
    label = f"{ref}:{spec_path}"
    return Document(label, parse(shown.stdout, label))


def _is_git_ref(ref: str, repo: Path) -> bool:
    if not ref:
        return False
    verified = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
        cwd=repo,
        capture_output=True,
        check=False,
    )
    return verified.returncode == 0


def parse(data: bytes, label: str) -> dict[str, Any]:
    """The document as plain data, checked to be OpenAPI 3.x by the generator's own models."""
    try:
        text = data.decode("utf-8")
        raw = json.loads(text) if text.lstrip().startswith("{") else yaml.load(text, _YAML_LOADER)
    except (UnicodeDecodeError, ValueError, yaml.YAMLError) as error:
        raise DocumentError(f"{label}: not JSON or YAML ({error})") from None
    if not isinstance(raw, dict) or not str(raw.get("openapi", "")).startswith("3."):
        raise DocumentError(f"{label}: not an OpenAPI 3.0 or 3.1 document")
    try:
        oai.OpenAPI.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise DocumentError(f"{label}: invalid OpenAPI at {where}: {first['msg']}") from None
    return raw
