"""corpuslint rule plugin: LanguageTool grammar and style checks (codes LT...)."""
import corpuslint


@corpuslint.hookimpl
def corpuslint_rules():
    return []
