"""The two kinds of failure.

``UserError`` is something the user can fix (an unknown TERYT code, a file that
is not a database, a folder that cannot be written): it is shown as one clear
sentence, and the CLI exits with status 1. Anything else is a bug: the GUI
shows the crash dialog and writes the traceback to the log folder.
"""

from typing import Any

from cwd_desktop.i18n import Translate, identity

ERRORS_CONTEXT = "errors"


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
        """The message in the UI language (Polish unless a translator is given)."""
        return translate(ERRORS_CONTEXT, self.template).format(**self.params)


class Cancelled(Exception):  # named as a signal, not an error
    """Raised inside long work when the user pressed Cancel; nothing was stored."""


class BugError(Exception):
    """An internal contract was broken; never shown as a user message."""
