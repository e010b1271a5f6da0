"""corpuslint rule plugin: leftover scraping boilerplate (codes BP...)."""
import corpuslint


@corpuslint.hookimpl
def corpuslint_rules():
    return []
