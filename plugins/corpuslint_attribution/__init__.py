"""corpuslint rule plugin: missing attribution (codes AT...)."""
import corpuslint

from corpuslint_attribution.uncredited import UncreditedCopy
from corpuslint_attribution.unattributed import QuotationWithoutSpeaker


@corpuslint.hookimpl
def corpuslint_rules():
    return [QuotationWithoutSpeaker, UncreditedCopy]
