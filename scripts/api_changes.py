"""What a change of the OpenAPI document does to the generated client (`make api-changes`).

    python scripts/api_changes.py --old HEAD [--new openapi.yaml] [--format text|markdown|json]
        [--out FILE] [--fail-on breaking|any|none] [--typecheck PATH ...] [--accept]

`--old` is a file, a git ref (the spec at that commit) or `ref:path`; `--new` a file (default:
the working openapi.yaml). Exit code: 0 when nothing at or above `--fail-on` changed, 1 when
something did, 2 when a document cannot be read or the arguments are wrong (so that CI can tell
"your API broke" from "the tool broke"). `--typecheck` also type-checks code against packages
generated from both documents and lists the lines the change breaks (they count as breaking).
`--accept` retires the seed expectations of request fields the change removes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from apichanges.compare import compare_documents
from apichanges.documents import DocumentError, load
from apichanges.expectations import EXPECTATIONS_FILE, retire_removed_fields
from apichanges.report import FORMATS, render
from apichanges.rules import BREAKING, Change
from apichanges.typecheck import BrokenLine, TypecheckError, broken_lines

REPO = Path(__file__).resolve().parent.parent
DEFAULT_NEW = "openapi.yaml"
# `--typecheck` with no path: the project's own typing test of service code.
DEFAULT_TYPECHECK = ("tests/typing/user_code.py",)
FAIL_ON = ("breaking", "any", "none")
EXIT_OK, EXIT_CHANGED, EXIT_UNUSABLE = 0, 1, 2


def arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="make api-changes", description=__doc__.split("\n\n")[0] if __doc__ else None
    )
    parser.add_argument("--old", required=True, help="a file, a git ref, or ref:path")
    parser.add_argument("--new", default=DEFAULT_NEW, help="a file, a git ref, or ref:path")
    parser.add_argument("--format", choices=FORMATS, default="text")
    parser.add_argument("--out", type=Path, help="write the report here instead of stdout")
    parser.add_argument("--fail-on", choices=FAIL_ON, default="breaking")
    parser.add_argument(
        "--typecheck",
        nargs="*",
        metavar="PATH",
        help=f"type-check these files against both packages (none given: {DEFAULT_TYPECHECK[0]})",
    )
    parser.add_argument(
        "--accept",
        action="store_true",
        help=f"retire removed request fields in {EXPECTATIONS_FILE}",
    )
    return parser.parse_args(argv)


def exit_code(changes: list[Change], broken: list[BrokenLine], fail_on: str) -> int:
    if fail_on == "none":
        return EXIT_OK
    if fail_on == "any":
        return EXIT_CHANGED if changes or broken else EXIT_OK
    if broken or any(change.severity == BREAKING for change in changes):
        return EXIT_CHANGED
    return EXIT_OK


def typecheck_report(broken: list[BrokenLine], targets: list[Path]) -> str:
    names = ", ".join(str(target) for target in targets)
    if not broken:
        return f"\nType check of {names}: no line breaks.\n"
    lines = [f"\nType check of {names}: {len(broken)} line(s) break:"]
    lines += [f"  {line}" for line in broken]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    options = arguments(argv)
    try:
        old = load(options.old, REPO)
        new = load(options.new, REPO)
    except DocumentError as error:
        print(f"api-changes: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    changes = compare_documents(old.raw, new.raw)
    report = render(changes, old.label, new.label, options.format)
    broken: list[BrokenLine] = []
    if options.typecheck is not None:
        targets = [Path(path) for path in options.typecheck or DEFAULT_TYPECHECK]
        try:
            broken = broken_lines(old.raw, new.raw, targets, REPO)
        except TypecheckError as error:
            print(f"api-changes: type check: {error}", file=sys.stderr)
            return EXIT_UNUSABLE
        report += typecheck_report(broken, targets)
    if options.out:
        options.out.write_text(report, encoding="utf-8")
    else:
        sys.stdout.write(report)
    if options.accept:
        retired = retire_removed_fields(changes, REPO / EXPECTATIONS_FILE, new.label)
        for name in retired:
            print(f"api-changes: retired the seed expectation of `{name}`", file=sys.stderr)
    return exit_code(changes, broken, options.fail_on)


def run(argv: list[str]) -> int:
    """`main`, with any failure of the tool itself (not of the API) reported as exit 2."""
    try:
        return main(argv)
    except Exception as error:  # CI must not read a crash of the tool as "breaking"
        print(f"api-changes: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_UNUSABLE


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:]))
