"""corpuslint rule plugin: garbled machine translation (codes MT...)."""
import corpuslint


@corpuslint.hookimpl
def corpuslint_rules():
    return []
