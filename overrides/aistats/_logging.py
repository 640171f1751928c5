"""The `aistats` logger. `AISTATS_LOG=debug|info` switches it on without any code.

Log lines carry method, URL, status, attempt and duration: never headers or bodies, so the API
key cannot reach a log.
"""

from __future__ import annotations

import logging
import os
from typing import Final

from ._config import LOG_ENV_VAR

logger: Final = logging.getLogger("aistats")

_LEVELS: Final = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_logging_from_env() -> None:
    level = _LEVELS.get(os.environ.get(LOG_ENV_VAR, "").strip().lower())
    if level is None or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(
        logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s", "%Y-%m-%d %H:%M:%S")
    )
    logger.addHandler(handler)
    logger.setLevel(level)
