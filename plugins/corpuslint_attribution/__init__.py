"""corpuslint rule plugin: missing attribution (codes AT...)."""
import corpuslint


@corpuslint.hookimpl
def corpuslint_rules():
    return []
