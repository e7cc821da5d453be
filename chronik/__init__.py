"""chronik: from piles of news articles to a source-linked story chronicle."""

from chronik.document import Document, Mention, Quote, Span, Timex

__version__ = "0.1.0"
__all__ = ["Chronik", "Document", "Mention", "Quote", "Span", "Timex", "__version__"]


def __getattr__(name: str):
    if name == "Chronik":  # imported lazily: loading models is slow and not needed for the data classes
        from chronik.api import Chronik

        return Chronik
    raise AttributeError(name)
