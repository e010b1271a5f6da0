"""Built-in output formats, provided through the same hook third-party formats use."""
from __future__ import annotations

from corpuslint.hookspecs import hookimpl


@hookimpl
def corpuslint_formats():
    from corpuslint.report import github, json_format, sarif, text

    return {"text": text.format, "json": json_format.format, "sarif": sarif.format, "github": github.format}
