"""``chronik serve``: the web UI (``create_app``) over the Python API."""
