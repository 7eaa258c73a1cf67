"""Stage ``serve``: a read-only REST API over a dateline DuckDB file, and the dashboard at ``/``."""

from __future__ import annotations

from .app import LOCAL_HOSTS, create_app, run

__all__ = ["create_app", "run", "LOCAL_HOSTS"]
