"""German (data-driven) temporal tagging and document-date estimation."""

from chronik.temporal.docdate import DocDate, estimate_document_date
from chronik.temporal.tagger import extract, tag_dates

__all__ = ["DocDate", "estimate_document_date", "extract", "tag_dates"]
