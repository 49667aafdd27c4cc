"""Where the graph library's files come from: the installed ``pyvis`` package.

The network page draws with vis-network. pyvis (pinned in pyproject.toml) ships vis-network's
built files inside its wheel, so ``make install`` brings them along: no CDN, no download at run
time, nothing copied into our repository. We only read those files; pyvis itself is never
imported.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

#: The vis-network build inside pyvis that we serve.
VIS_NETWORK_VERSION = "9.1.2"

#: Name served under /vendor/ -> path inside the pyvis package.
VENDOR_FILES = {
    "vis-network.min.js": f"lib/vis-{VIS_NETWORK_VERSION}/vis-network.min.js",
    "vis-network.css": f"lib/vis-{VIS_NETWORK_VERSION}/vis-network.css",
}


def vendor_file(name: str) -> Path | None:
    """The installed file served as ``/vendor/<name>``, or None if it is unknown or absent."""
    relative = VENDOR_FILES.get(name)
    if relative is None:
        return None
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        path = Path(root) / relative
        if path.is_file():
            return path
    return None


def static_dir() -> Path:
    """Our own CSS and JavaScript."""
    return Path(__file__).parent / "static"


def templates_dir() -> Path:
    """Our Jinja templates."""
    return Path(__file__).parent / "templates"
