"""The application factory: the JSON endpoints, the page, the limits and the OpenAPI document.

``create_app()`` builds a Litestar application on a knowledge base (the built-in one unless
given), loaded once when the application starts. It leaves logging alone: its own records go
to the ``heatpump_expert.server`` logger, and ``heatpump-expert serve`` configures the output.
"""

from __future__ import annotations

from litestar import Litestar
from litestar.datastructures import State
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin

from ... import __version__
from ..._conclusions.knowledge_base import KnowledgeBase, default_knowledge_base
from . import api, page
from .limits import EXCEPTION_HANDLERS, Limits, Worker

_DESCRIPTION = (
    "Troubleshoot a residential heat pump over HTTP: a report for a set of observations, a "
    "consultation one question at a time (the client keeps its state), and the vocabulary."
)


def create_app(
    knowledge_base: KnowledgeBase | None = None, *, limits: Limits | None = None
) -> Litestar:
    """The HTTP application of contract §7 (``uvicorn --factory`` can call it as it is)."""
    limits = limits or Limits()
    state = State({"kb": knowledge_base, "worker": Worker(limits)})

    def load(app: Litestar) -> None:
        if app.state.kb is None:
            app.state.kb = default_knowledge_base()

    return Litestar(
        route_handlers=[*api.ROUTES, *page.ROUTES],
        state=state,
        on_startup=[load],
        exception_handlers=dict(EXCEPTION_HANDLERS),
        request_max_body_size=limits.max_body_size,
        logging_config=None,
        openapi_config=OpenAPIConfig(
            title="heatpump_expert",
            version=__version__,
            description=_DESCRIPTION,
            # The document at /openapi.json itself: Litestar's schema router, mounted there, serves
            # it at its root (a router at "/" would claim every path of the page).
            path="/openapi.json",
            render_plugins=[JsonRenderPlugin(path="/")],
        ),
        debug=False,
    )
