"""The crash harness: SIGKILL the writer at random moments, then prove nothing acknowledged is lost.

``harness`` is the parent (a fork server: it imports the app once, forks one
writer per trial, kills it, and checks the store); ``worker`` is what the
forked writer runs; ``model`` replays the acknowledged writes and compares
them with the store; ``checks`` holds the store and sync checks.
"""
