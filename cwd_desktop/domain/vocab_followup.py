"""Vocabularies of the steps after the strategy: implementation, networking, knowledge base.

Kept apart from ``vocab`` so that module stays readable; the labels join the
same table, so ``vocab.label`` works for these values too.
"""

from __future__ import annotations

from enum import StrEnum

from cwd_desktop.domain.vocab import LABELS
from cwd_desktop.i18n import QT_TRANSLATE_NOOP


class ApplicationResult(StrEnum):
    """Where a funding application (wniosek o dofinansowanie) stands in its call."""

    PREPARING = "preparing"
    SUBMITTED = "submitted"
    IN_EVALUATION = "in_evaluation"
    SELECTED = "selected"
    RESERVE = "reserve"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


#: Results that end the application with money granted.
FUNDED_RESULTS = frozenset({ApplicationResult.SELECTED})


class EventKind(StrEnum):
    """The networking formats of the CWD programme (DOMAIN.md "Networking")."""

    CONFERENCE = "conference"
    SEMINAR = "seminar"
    STUDY_VISIT = "study_visit"
    FORUM = "forum"
    REGIONAL_MEETING = "regional_meeting"


class NetworkTheme(StrEnum):
    """Themes of the networking seminars and of the knowledge base (DOMAIN.md)."""

    TRANSPORT = "transport"
    ENVIRONMENT = "environment"
    EDUCATION = "education"
    TOURISM = "tourism"
    HERITAGE = "heritage"
    COOPERATION = "cooperation"
    OTHER = "other"


class KnowledgeKind(StrEnum):
    """What a document of the knowledge base is."""

    GUIDE = "guide"
    REPORT = "report"
    MATERIAL = "material"
    DOCUMENT = "document"


class RecommendationPriority(StrEnum):
    """How urgent a recommended next step is."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


LABELS.update(
    {
        ApplicationResult.PREPARING: QT_TRANSLATE_NOOP("vocab", "w przygotowaniu"),
        ApplicationResult.SUBMITTED: QT_TRANSLATE_NOOP("vocab", "złożony"),
        ApplicationResult.IN_EVALUATION: QT_TRANSLATE_NOOP("vocab", "w ocenie"),
        ApplicationResult.SELECTED: QT_TRANSLATE_NOOP("vocab", "wybrany do dofinansowania"),
        ApplicationResult.RESERVE: QT_TRANSLATE_NOOP("vocab", "na liście rezerwowej"),
        ApplicationResult.REJECTED: QT_TRANSLATE_NOOP("vocab", "odrzucony"),
        ApplicationResult.WITHDRAWN: QT_TRANSLATE_NOOP("vocab", "wycofany przez wnioskodawcę"),
        EventKind.CONFERENCE: QT_TRANSLATE_NOOP("vocab", "konferencja"),
        EventKind.SEMINAR: QT_TRANSLATE_NOOP("vocab", "seminarium sieciujące"),
        EventKind.STUDY_VISIT: QT_TRANSLATE_NOOP("vocab", "wizyta studyjna"),
        EventKind.FORUM: QT_TRANSLATE_NOOP("vocab", "forum wymiany doświadczeń"),
        EventKind.REGIONAL_MEETING: QT_TRANSLATE_NOOP("vocab", "regionalne spotkanie sieciujące"),
        NetworkTheme.TRANSPORT: QT_TRANSLATE_NOOP("vocab", "transport publiczny"),
        NetworkTheme.ENVIRONMENT: QT_TRANSLATE_NOOP(
            "vocab", "ochrona środowiska i odnawialne źródła energii"
        ),
        NetworkTheme.EDUCATION: QT_TRANSLATE_NOOP("vocab", "edukacja"),
        NetworkTheme.TOURISM: QT_TRANSLATE_NOOP("vocab", "turystyka"),
        NetworkTheme.HERITAGE: QT_TRANSLATE_NOOP("vocab", "dziedzictwo przyrodnicze i kulturowe"),
        NetworkTheme.COOPERATION: QT_TRANSLATE_NOOP(
            "vocab", "modele współpracy instytucjonalnej (ZIT, IIT)"
        ),
        NetworkTheme.OTHER: QT_TRANSLATE_NOOP("vocab", "inne"),
        KnowledgeKind.GUIDE: QT_TRANSLATE_NOOP("vocab", "poradnik"),
        KnowledgeKind.REPORT: QT_TRANSLATE_NOOP("vocab", "raport"),
        KnowledgeKind.MATERIAL: QT_TRANSLATE_NOOP("vocab", "materiały ze spotkania"),
        KnowledgeKind.DOCUMENT: QT_TRANSLATE_NOOP("vocab", "dokument"),
        RecommendationPriority.HIGH: QT_TRANSLATE_NOOP("vocab", "wysoki"),
        RecommendationPriority.MEDIUM: QT_TRANSLATE_NOOP("vocab", "średni"),
        RecommendationPriority.LOW: QT_TRANSLATE_NOOP("vocab", "niski"),
    }
)
