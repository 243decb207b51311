"""Demo work plans: the default plan of the advisory stages, part done, for each partnership.

The plans are dated from today (``demo_content.workplan``), so the timeline
always shows a partnership mid-way, with done tasks, tasks in progress and,
for PGZB, overdue ones. A task that ended before today is done, one that
runs today is in progress, later ones are open, except the ones the demo
marks as late. A partnership that already has a work plan is left as it is.
"""

from __future__ import annotations

from datetime import date, timedelta

from cwd_desktop.domain.vocab import ActionStatus
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo_content.workplan import PLANS, DemoPlan

ORDER = 45


def fill(services: Services, partnerships: dict[str, str], today: date | None = None) -> None:
    """Add the demo plan to each demo partnership whose work plan is empty."""
    from cwd_desktop.services.workplan_reads import task_count

    day = today or date.today()
    for short, plan in PLANS.items():
        partnership_id = partnerships.get(short)
        if partnership_id is None or task_count(services.store, partnership_id):
            continue
        _fill_partnership(services, partnership_id, plan, day)


def _status(start: date, end: date, today: date, late: str | None) -> str:
    if end < today:
        return late or ActionStatus.DONE.value
    if start <= today:
        return ActionStatus.IN_PROGRESS.value
    return ActionStatus.OPEN.value


def _fill_partnership(services: Services, partnership_id: str, plan: DemoPlan, today: date) -> None:
    from cwd_desktop.services.workplan import default_plan

    view = services.partnerships.get(partnership_id)
    tasks = default_plan(view, today - timedelta(days=plan.started_days_ago))
    for task in tasks:
        title = task["title"]
        task["status"] = _status(task["start_on"], task["end_on"], today, plan.late.get(title))
        if title in plan.notes:
            task["notes"] = plan.notes[title]
    services.records.create_many("work_task", partnership_id, list(tasks))
