"""corpuslint rule plugin: quotations checked against the source document (codes QT...)."""
import corpuslint


@corpuslint.hookimpl
def corpuslint_rules():
    from corpuslint_quotes.rules import RULES

    return list(RULES)
