"""Word (DOCX) exports: the writer every kind uses, the kind registry, the kinds.

``writer.DocxWriter`` builds a document from the template's styles;
``registry.exporter`` registers a kind's builder; ``services.documents``
runs a builder, saves the file atomically and keeps a DocumentVersion.
Qt is only touched by ``DocxWriter.chart`` (through ``exports/charts``).
"""
