"""What the newsroom knows: titles, franchises, people, companies, credits, releases per
region and medium, statuses and story order, each fact with its claims (who said it, where,
when) and its history.

    models/         entities, claims, sourced facts, releases with their history
    services/       every write, each with its evidence; names_changed() keeps the
                    extractor's names current
    selectors.py    catalog pages, each in a fixed number of queries
    story.py        in-story order (plain Python: placements and relations, then release order)
    gazetteer.py    the catalog's names as the extractor reads them
    extraction.py   running the extractor against the catalog (batch reads, descriptions)
    interchange/    import and export of catalog records (docs/catalog-format.md)
    admin/          the desk's catalog screens, all through services/

Above extraction and core; below the newsroom. A story is evidence here only by reference
(evidence.py looks its model up by name), so the catalog imports no newsroom code.
"""
