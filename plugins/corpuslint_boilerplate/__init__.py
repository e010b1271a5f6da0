"""corpuslint rule plugin: leftover scraping boilerplate (codes BP...)."""
import corpuslint


@corpuslint.hookimpl
def corpuslint_rules():
    # Rule modules compile nothing at import; lexicons load on a rule's first check.
    from corpuslint_boilerplate import (captions, comments, content, counters, debris, emptypage, listings, navigation, phrases,
                                        recurring, repeats, scored, shell)

    return [
        phrases.AdvertisementMarker,
        phrases.CallToAction,
        counters.EngagementCounter,
        navigation.NavigationLabel,
        captions.PhotoCaption,
        repeats.RepeatedLine,
        repeats.TruncatedTeaser,
        recurring.RecurringLine,
        phrases.LinkTeaser,
        phrases.SiteNotice,
        content.LowContentLine,
        debris.LayoutDebris,
        listings.PriceListing,
        scored.LowQualityLine,
        shell.PageShell,
        emptypage.EmptyPage,
        comments.ReaderComments,
    ]
