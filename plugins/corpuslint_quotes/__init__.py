"""corpuslint rule plugin: quotations checked against the source document (codes QT...)."""
import corpuslint


@corpuslint.hookimpl
def corpuslint_rules():
    return []
