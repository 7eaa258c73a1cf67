"""The API's documentation pages, /docs (Swagger UI) and /redoc, served from the copies of
their scripts vendored into the package (see dashboard/vendor.sh), so that both render on a
machine without network: FastAPI's own pages load them, and fonts, from a CDN."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse

__all__ = ["add_docs"]

_VENDOR = "/static/vendor"


def add_docs(app: FastAPI) -> None:
    """Add /docs and /redoc to ``app``, which must be created with ``docs_url=None`` and
    ``redoc_url=None`` and serve the package's static files under /static."""
    openapi_url = app.openapi_url or "/openapi.json"

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=openapi_url, title=f"{app.title} — API",
            swagger_js_url=f"{_VENDOR}/swagger-ui-bundle.js",
            swagger_css_url=f"{_VENDOR}/swagger-ui.css",
            swagger_favicon_url=f"{_VENDOR}/favicon-32x32.png",
            # the online validator badge would ask swagger.io about every schema
            swagger_ui_parameters={"validatorUrl": None})

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url=openapi_url, title=f"{app.title} — API reference",
            redoc_js_url=f"{_VENDOR}/redoc.standalone.js",
            redoc_favicon_url=f"{_VENDOR}/favicon-32x32.png", with_google_fonts=False)
