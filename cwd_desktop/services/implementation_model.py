"""The figures of implementation monitoring: what ``implementation_reads`` computes.

Vocabulary (indicator states, open-issue kinds and their headings) and the
dataclasses the page, the dashboard and both Word documents read. The
definitions of delay, % of target, state and open issues are in
``implementation_reads``, which fills these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from cwd_desktop.domain.vocab import ProjectStatus
from cwd_desktop.domain.vocab_followup import (
    FUNDED_RESULTS,
    ApplicationResult,
    RecommendationPriority,
)
from cwd_desktop.i18n import QT_TRANSLATE_NOOP

Row = dict[str, Any]

#: Results still waiting for a decision: their requested amount is "pending".
PENDING_RESULTS = frozenset(
    {ApplicationResult.SUBMITTED, ApplicationResult.IN_EVALUATION, ApplicationResult.RESERVE}
)
#: Project statuses whose work is over (no "today" delay, no missing application).
CLOSED_STATUSES = frozenset({ProjectStatus.COMPLETED, ProjectStatus.DROPPED})
#: How many years ahead an indicator's deadline counts as "near" for the open issues.
NEAR_YEARS = 1
_PRIORITY_RANK = {p.value: rank for rank, p in enumerate(RecommendationPriority)}


class IndicatorState(StrEnum):
    """Where an indicator stands against its target (see the module docstring)."""

    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NO_DATA = "no_data"


class IssueKind(StrEnum):
    """The kinds of open issue (otwarte kwestie) the recommendations document lists."""

    PROJECT_DELAYED = "project_delayed"
    TASK_DELAYED = "task_delayed"
    INDICATOR_BEHIND = "indicator_behind"
    APPLICATION_REJECTED = "application_rejected"
    APPLICATION_PENDING = "application_pending"
    NO_APPLICATION = "no_application"
    OVERSPENDING = "overspending"
    ACTION_ITEM = "action_item"


#: Headings of the issue kinds, in the order documents list them.
ISSUE_LABELS: dict[IssueKind, str] = {
    IssueKind.PROJECT_DELAYED: QT_TRANSLATE_NOOP("implementation", "Opóźnione projekty"),
    IssueKind.TASK_DELAYED: QT_TRANSLATE_NOOP("implementation", "Opóźnione zadania"),
    IssueKind.INDICATOR_BEHIND: QT_TRANSLATE_NOOP(
        "implementation", "Wskaźniki zagrożone nieosiągnięciem"
    ),
    IssueKind.APPLICATION_REJECTED: QT_TRANSLATE_NOOP(
        "implementation", "Wnioski odrzucone lub wycofane"
    ),
    IssueKind.APPLICATION_PENDING: QT_TRANSLATE_NOOP(
        "implementation", "Wnioski oczekujące na rozstrzygnięcie"
    ),
    IssueKind.NO_APPLICATION: QT_TRANSLATE_NOOP(
        "implementation", "Projekty bez wniosku o dofinansowanie"
    ),
    IssueKind.OVERSPENDING: QT_TRANSLATE_NOOP("implementation", "Przekroczenie kosztorysu"),
    IssueKind.ACTION_ITEM: QT_TRANSLATE_NOOP("implementation", "Niezamknięte ustalenia ze spotkań"),
}


@dataclass(frozen=True)
class IndicatorReading:
    """One reported value of an indicator."""

    id: str
    reported_on: date
    value: float
    unit: str
    note: str


@dataclass(frozen=True)
class IndicatorProgress:
    """A project indicator with its reported series and its standing against the target."""

    id: str
    project_id: str
    name: str
    unit: str
    kind: str
    baseline: float | None
    target: float | None
    year: int | None
    #: 31 December of ``year``, else the project's planned end; None when neither is known.
    deadline: date | None
    #: The series of reports, oldest first.
    reports: tuple[IndicatorReading, ...]
    latest_value: float | None
    latest_on: date | None
    #: Progress towards the target in per cent (may exceed 100 or be negative); None: unknown.
    percent: float | None
    state: IndicatorState


@dataclass(frozen=True)
class TaskProgress:
    """A schedule task: plan, reality and what it delivered."""

    id: str
    name: str
    position: int
    start_on: date | None
    end_on: date | None
    actual_start_on: date | None
    actual_end_on: date | None
    outcome: str
    delay_days: int | None

    @property
    def done(self) -> bool:
        """The task has an actual end date."""
        return self.actual_end_on is not None

    @property
    def delayed(self) -> bool:
        """The task ended, or is still running, past its planned end."""
        return (self.delay_days or 0) > 0


@dataclass(frozen=True)
class ApplicationRow:
    """A funding application of a project."""

    id: str
    project_id: str
    programme: str
    call: str
    submitted_on: date | None
    amount_requested: float
    result: str
    decided_on: date | None
    amount_granted: float
    note: str

    @property
    def funded(self) -> bool:
        """The result grants money (``FUNDED_RESULTS``)."""
        return self.result in FUNDED_RESULTS

    @property
    def pending(self) -> bool:
        """Submitted and still waiting for a decision (``PENDING_RESULTS``)."""
        return self.result in PENDING_RESULTS


@dataclass(frozen=True)
class ExpenseRow:
    """Money spent on a project."""

    id: str
    spent_on: date | None
    amount: float
    description: str


@dataclass(frozen=True)
class ProjectProgress:
    """One project of the package: plan against reality."""

    id: str
    number: int
    title: str
    status: str
    is_key: bool
    start_on: date | None
    end_on: date | None
    actual_start_on: date | None
    actual_end_on: date | None
    delay_days: int | None
    cost: float
    tasks: tuple[TaskProgress, ...]
    indicators: tuple[IndicatorProgress, ...]
    applications: tuple[ApplicationRow, ...]
    expenses: tuple[ExpenseRow, ...]

    @property
    def label(self) -> str:
        """ "3. Title" as lists and tables name the project."""
        return f"{self.number}. {self.title}"

    @property
    def spent(self) -> float:
        """The sum of the project's expenses."""
        return sum((e.amount for e in self.expenses), 0.0)

    @property
    def spent_share(self) -> float | None:
        """Spent as a share of the cost (1.0 = the estimate); None without a cost."""
        return self.spent / self.cost if self.cost > 0 else None

    @property
    def requested(self) -> float:
        """The amounts requested in all the project's applications."""
        return sum((a.amount_requested for a in self.applications), 0.0)

    @property
    def granted(self) -> float:
        """Funding secured: granted amounts of funded applications."""
        return sum((a.amount_granted for a in self.applications if a.funded), 0.0)

    @property
    def pending(self) -> float:
        """Amounts requested in applications still being decided."""
        return sum((a.amount_requested for a in self.applications if a.pending), 0.0)

    @property
    def not_applied(self) -> float:
        """The part of the cost neither secured nor pending (never negative)."""
        return max(0.0, self.cost - self.granted - self.pending)

    @property
    def delayed(self) -> bool:
        """The project ended, or is still running, past its planned end."""
        return (self.delay_days or 0) > 0

    @property
    def indicators_achieved(self) -> float | None:
        """The share (0..1) of the indicators with a target that are achieved; None if none."""
        scored = [i for i in self.indicators if i.target is not None]
        if not scored:
            return None
        return sum(i.state is IndicatorState.ACHIEVED for i in scored) / len(scored)


@dataclass(frozen=True)
class Totals:
    """The partnership's package in numbers."""

    projects: int
    by_status: dict[str, int]
    cost: float
    spent: float
    requested: float
    granted: float
    pending: float
    #: project id -> funding secured (granted), for every project (0.0 when nothing).
    secured_by_project: dict[str, float]


@dataclass(frozen=True)
class Balance:
    """The balance of benefits (bilans korzyści): what the implementation has gained."""

    indicators: int
    achieved: int
    on_track: int
    behind: int
    no_data: int
    projects: int
    completed: int
    in_progress: int
    dropped: int
    cost: float
    granted: float
    pending: float
    spent: float
    applications: int
    funded_applications: int

    @property
    def secured_share(self) -> float | None:
        """Funding secured as a share of the package's cost; None without a cost."""
        return self.granted / self.cost if self.cost > 0 else None


@dataclass(frozen=True)
class OpenIssue:
    """One open issue: what, about which project, and the numbers that make it one."""

    kind: IssueKind
    #: The task, indicator, application (programme – call) or action item concerned.
    subject: str
    project_id: str | None = None
    project: str = ""
    due_on: date | None = None
    days_late: int | None = None
    amount: float | None = None
    #: Indicator: its % of target; overspending: spent as % of cost.
    percent: float | None = None
    #: Application result / action item status code (a vocab value).
    status: str = ""
    #: Action items: the owner (a person's name: exports pass it through ``Withheld``).
    owner: str = ""


@dataclass(frozen=True)
class RecommendationRow:
    """A recommendation (rekomendacja) with the project it is about, if any."""

    id: str
    title: str
    rationale: str
    next_steps: str
    priority: str
    responsible: str
    due_on: date | None
    project_id: str | None
    project: str


@dataclass(frozen=True)
class ActionItemRow:
    """An action item from a meeting that is not done yet."""

    id: str
    description: str
    owner: str
    due_on: date | None
    status: str
    meeting_title: str
    meeting_on: date | None


@dataclass(frozen=True)
class Overview:
    """Everything the dashboard and the two documents show, read once."""

    today: date
    projects: list[ProjectProgress]
    totals: Totals
    balance: Balance
    issues: list[OpenIssue]
    recommendations: list[RecommendationRow]
    action_items: list[ActionItemRow] = field(default_factory=list)

    def issues_of(self, kind: IssueKind) -> list[OpenIssue]:
        """The open issues of one kind, in list order."""
        return [i for i in self.issues if i.kind is kind]
