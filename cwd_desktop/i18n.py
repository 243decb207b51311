"""Translation markers usable without Qt.

The domain and services must not import Qt, yet their labels and error
messages are user-visible. They are marked with ``QT_TRANSLATE_NOOP`` (a name
``pyside6-lupdate`` recognises), stored in Polish, and translated by the UI
through ``QCoreApplication.translate`` with the same context.
"""

from collections.abc import Callable

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark ``text`` for translation in ``context``; return it unchanged."""
    del context
    return text


def identity(context: str, text: str) -> str:
    """The translator used outside the GUI: Polish source strings as they are."""
    del context
    return text
