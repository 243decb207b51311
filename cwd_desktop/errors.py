"""The two kinds of failure.

``UserError`` is something the user can fix (an unknown TERYT code, a file that
is not a database, a folder that cannot be written): it is shown as one clear
sentence, and the CLI exits with status 1. Anything else is a bug: the GUI
shows the crash dialog and writes the traceback to the log folder.
"""

import re
from typing import Any

from cwd_desktop.i18n import Translate, identity

ERRORS_CONTEXT = "errors"
#: A run of whitespace holding a line break (anything ``str.splitlines`` breaks on) or a
#: tab: a parameter quoting a file's cell must not split the message. Spaces, also the
#: non-breaking ones that group thousands, are left alone.
_BREAKING_SPACE = re.compile(r"\s*[^\S \u00a0\u202f]\s*")


class UserError(Exception):
    """A problem caused by the user's input or environment, with a Polish message.

    ``template`` is the Polish source text, marked for translation in the
    ``errors`` context; ``params`` fill its ``{placeholders}``. ``field``
    names the input at fault (a ``PartnershipData`` field, a column, …) so a
    form can take the user straight to it.
    """

    def __init__(self, template: str, /, *, field: str | None = None, **params: Any) -> None:
        self.template = template
        self.params = params
        self.field = field
        super().__init__(self.render())

    def render(self, translate: Translate = identity) -> str:
        """The message in the UI language (Polish unless a translator is given).

        Text parameters may come from a file (a header typed with Alt+Enter):
        their line breaks and tabs become one space, so the message stays one
        line. The template's own layout is kept.
        """
        params = {k: _one_line(v) if isinstance(v, str) else v for k, v in self.params.items()}
        return translate(ERRORS_CONTEXT, self.template).format(**params)


def _one_line(text: str) -> str:
    """``text`` with each run of line-breaking whitespace (and spaces around it) as one space."""
    return _BREAKING_SPACE.sub(" ", text) if not text.isprintable() else text


class Cancelled(Exception):  # named as a signal, not an error
    """Raised inside long work when the user pressed Cancel; nothing was stored."""


class BugError(Exception):
    """An internal contract was broken; never shown as a user message."""
