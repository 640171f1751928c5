"""Write openapi.yaml as JSON into the generated package.

The mock gateway validates requests against the spec at run time; shipping the spec as JSON
lets it do so with the standard library's parser instead of a YAML dependency. The file is
part of `make generate`'s output, so `make check-generated` covers it like the models.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml


def main(source: str, target: str) -> None:
    spec = yaml.safe_load(Path(source).read_text(encoding="utf-8"))
    text = json.dumps(spec, indent=1, ensure_ascii=False) + "\n"
    Path(target).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
