"""What the server refuses, and how it says so: the limits, the errors, the worker threads.

Every error leaves as ``{"error": {"type", "message", "fact"}}`` with a fitting status: the
library's input errors as ``422`` with its own message, a body that is not a JSON object as
``400``, one over ``max_body_size`` as ``413``, a request that runs past ``time_limit`` as
``503``. Anything unforeseen is logged (with its traceback, in the log only) and answered with
a bare ``500``: a response never carries a stack trace.

The reasoning is CPU-bound, so it runs in worker threads, a few at a time (``run_limited``),
never on the event loop.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
import anyio.to_thread
import attrs
from litestar import Request, Response
from litestar.exceptions import HTTPException
from litestar.types import ExceptionHandlersMap

from ..._errors import InputError

logger = logging.getLogger("heatpump_expert.server")

_T = TypeVar("_T")

#: The largest request body accepted (observations and a saved consultation are a few KiB).
DEFAULT_MAX_BODY_SIZE = 64 * 1024
#: The longest one request may reason (a diagnosis takes a few hundredths of a second).
DEFAULT_TIME_LIMIT = 10.0
#: How many requests of one process reason at once (the GIL makes more threads no faster).
DEFAULT_THREADS = 4

_TYPES = {
    400: "BadRequest",
    404: "NotFound",
    405: "MethodNotAllowed",
    413: "RequestTooLarge",
    415: "UnsupportedMediaType",
    503: "TimeLimitExceeded",
}


@attrs.frozen
class Limits:
    """The limits one application enforces."""

    max_body_size: int = DEFAULT_MAX_BODY_SIZE
    time_limit: float = DEFAULT_TIME_LIMIT
    threads: int = DEFAULT_THREADS


class TimeLimitExceeded(Exception):
    """A request reasoned for longer than the server's time limit (internal: answered 503)."""


class Worker:
    """Runs the reasoning in worker threads, at most ``limits.threads`` at once, each request
    within ``limits.time_limit`` seconds, waiting included: past it the request is answered
    ``503`` at once, and its thread, abandoned, finishes in the background (a thread cannot be
    stopped), freeing its place for the next request."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._limiter: anyio.CapacityLimiter | None = None

    async def run(self, function: Callable[..., _T], *args: Any) -> _T:
        if self._limiter is None:  # made inside the event loop that uses it
            self._limiter = anyio.CapacityLimiter(self.limits.threads)
        call = functools.partial(function, *args)
        try:
            with anyio.fail_after(self.limits.time_limit):
                return await anyio.to_thread.run_sync(
                    call, limiter=self._limiter, abandon_on_cancel=True
                )
        except TimeoutError:
            raise TimeLimitExceeded(
                f"the request took longer than the server's limit of {self.limits.time_limit:g} s"
            ) from None


def error_body(kind: str, message: str, fact: str | None = None) -> dict[str, Any]:
    """The one shape of every error response."""
    return {"error": {"type": kind, "message": message, "fact": fact}}


def error_response(status: int, kind: str, message: str, fact: str | None = None) -> Response[Any]:
    return Response(error_body(kind, message, fact), status_code=status)


def input_error(_: Request[Any, Any, Any], error: InputError) -> Response[Any]:
    """Bad observations or answers: ``422`` with the library's own message."""
    return error_response(422, type(error).__name__, str(error), error.fact)


def time_limit_error(request: Request[Any, Any, Any], error: TimeLimitExceeded) -> Response[Any]:
    logger.warning("%s %s: %s", request.method, request.url.path, error)
    return error_response(503, "TimeLimitExceeded", str(error))


def http_error(request: Request[Any, Any, Any], error: HTTPException) -> Response[Any]:
    """Litestar's own refusals (bad JSON, wrong shape, too large, no such path) in our shape."""
    status = error.status_code
    message = str(error.detail)
    extra = error.extra if isinstance(error.extra, list) else []
    details = [str(item.get("message", item)) for item in extra if isinstance(item, dict)]
    if details:
        message += ": " + "; ".join(details)
    if status == 400:  # msgspec's own words ("Input data was truncated") say little alone
        message = f"the body could not be read as a JSON object of UTF-8 text: {message}"
    if status == 413:
        message = f"the request body is larger than the limit of {_max_size(request)} bytes"
    if status >= 500:
        logger.error("%s %s: %s", request.method, request.url.path, message)
        return error_response(status, "InternalError", "the server could not answer")
    return error_response(status, _TYPES.get(status, "HTTPError"), message)


def unexpected_error(request: Request[Any, Any, Any], error: Exception) -> Response[Any]:
    """Anything else: logged with its traceback, answered without one."""
    logger.error("%s %s failed", request.method, request.url.path, exc_info=error)
    return error_response(500, "InternalError", "the server could not answer this request")


def _max_size(request: Request[Any, Any, Any]) -> int | str:
    size = request.route_handler.resolve_request_max_body_size()
    return size if isinstance(size, int) else "?"


#: The exception handlers every application installs.
EXCEPTION_HANDLERS: ExceptionHandlersMap = {
    InputError: input_error,
    TimeLimitExceeded: time_limit_error,
    HTTPException: http_error,
    Exception: unexpected_error,
}
