"""Python source for a subprocess in which some packages seem not to be installed: an import
hook first on `sys.meta_path` refuses them, as the import system does for a missing module."""

from __future__ import annotations

import textwrap


def not_installed(*packages: str) -> str:
    """Source to run first: importing any of `packages` (or their submodules) raises
    `ModuleNotFoundError`, and `importlib.util.find_spec` does too."""
    return textwrap.dedent(
        f"""
        import sys

        class _NotInstalled:
            def find_spec(self, name, path=None, target=None):
                if name.partition(".")[0] in {sorted(packages)!r}:
                    raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
                return None

        sys.meta_path.insert(0, _NotInstalled())
        """
    )
