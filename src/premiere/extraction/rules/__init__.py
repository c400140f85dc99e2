"""One module per family of facts; each exposes a `<family>_rules(sentence, …, context)`.

Release dates are the largest family: `releases` reads a sentence's release verbs and moves,
with `clauses` (a sentence cut at its dates), `markets` (where and how a date is for),
`history` (a date gone by) and `rows` (a listing's rows); `same_day` dates the other titles
a sentence says open that day; `merging` keeps one card per fact.
Credits read their patterns, one per way copy says who made or plays in a work, from
`credit_patterns`.
"""
