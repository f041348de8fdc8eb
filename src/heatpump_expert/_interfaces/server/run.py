"""``heatpump-expert serve``: the application under uvicorn, on loopback unless told otherwise.

uvicorn's access and error logs, and the server's own ``heatpump_expert.server`` records, go
through ``logging`` to standard error; nothing is printed. With ``workers`` above 1, uvicorn
starts that many processes, each building the application (and loading the knowledge base,
from its cache) for itself.
"""

from __future__ import annotations

import copy
from typing import Any

import uvicorn
from uvicorn.config import LOGGING_CONFIG

from .app import create_app

#: What uvicorn imports in each worker process.
FACTORY = f"{create_app.__module__}:{create_app.__name__}"


def log_config() -> dict[str, Any]:
    """uvicorn's own logging configuration, with the server's logger beside its loggers."""
    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["heatpump_expert"] = {
        "handlers": ["default"],
        "level": "INFO",
        "propagate": False,
    }
    return config


def serve(host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> int:
    """Serve until interrupted; returns the exit status (0)."""
    uvicorn.run(
        FACTORY,
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_config=log_config(),
        server_header=False,
        timeout_graceful_shutdown=5,
    )
    return 0
