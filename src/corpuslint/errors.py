"""Errors that end a run with exit code 2, each with a message meant for people."""
from __future__ import annotations


class CorpuslintError(Exception):
    """A problem the user must fix before corpuslint can run; the message is one clear line."""


class ConfigError(CorpuslintError):
    """The configuration is malformed or names something unknown."""


class PluginError(CorpuslintError):
    """A plugin could not be loaded or provides something invalid."""


class UsageError(CorpuslintError):
    """The command line asks for something impossible (a missing path, an unknown format)."""


class SetupError(CorpuslintError):
    """A rule cannot run: something it needs from outside (a server, a program, a model) is
    missing or unreachable. Raised from :meth:`corpuslint.Rule.setup`; ends the run, exit 2."""


class ReadError(Exception):
    """A file could not be turned into documents; it becomes a CL finding on the file.

    ``offset`` is the byte offset of the problem when known; ``code`` the CL rule reported
    (CL001 unreadable, CL002 invalid encoding, CL003 binary).
    """

    def __init__(self, message: str, offset: int | None = None, code: str = "CL001") -> None:
        super().__init__(message)
        self.offset = offset
        self.code = code
