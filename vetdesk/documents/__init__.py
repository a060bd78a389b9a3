"""PDF documents rendered from plain data: no Qt, no database, no services.

Callers pass dataclasses of plain values and a ``translate(context, source)``
callable for the labels, and get the PDF bytes back.
"""
