"""Signed ``.cwdsync`` bundles: the same change sets, carried on a USB stick.

(Implementation in progress.)
"""

from __future__ import annotations

from pathlib import Path

from cwd_desktop.services.progress import NO_PROGRESS, Progress
from cwd_desktop.store import Store
from cwd_desktop.sync.report import BundleReport


def export_bundle(store: Store, path: Path, progress: Progress = NO_PROGRESS) -> BundleReport:
    """Write every pending change set (and the files they refer to) into one signed file."""
    raise NotImplementedError


def import_bundle(store: Store, path: Path, progress: Progress = NO_PROGRESS) -> BundleReport:
    """Apply a bundle with the sync merge rules; a second import changes nothing."""
    raise NotImplementedError
