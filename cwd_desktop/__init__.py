"""cwd-desktop: offline-first desktop app for CWD advisors and coordinators."""

__version__ = "0.1.0"
APP_NAME = "cwd-desktop"
APP_DISPLAY_NAME = "CWD Desktop"
