"""The HTTP server of the ``server`` extra (contract §7): JSON endpoints and a consultation page.

``app`` builds the Litestar application; ``api`` holds the JSON endpoints and ``service`` what
they do; ``page`` and ``page_html`` the consultation page (``static/`` its stylesheet and
script); ``limits`` the body-size and time limits, the error responses and the worker threads;
``run`` the ``heatpump-expert serve`` command under uvicorn. Without the extra's packages,
importing any of it raises ``MissingExtraError`` saying what to install.
"""

from ..._errors import MissingExtraError

try:
    import litestar  # noqa: F401 - the framework of every module here
    import uvicorn  # noqa: F401 - the server of ``run``
except ModuleNotFoundError as missing:
    raise MissingExtraError("heatpump-expert serve", "server", missing.name or "litestar") from None
