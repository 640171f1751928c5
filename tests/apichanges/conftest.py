"""The API-change tool lives in scripts/ (it is run by make, not shipped): import it from there."""

from __future__ import annotations

import sys

from tests.conftest import REPO_ROOT

SCRIPTS = str(REPO_ROOT / "scripts")
if SCRIPTS not in sys.path:
    sys.path.insert(0, SCRIPTS)
