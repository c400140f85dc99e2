"""The wire desk: outlets' RSS and Atom feeds fetched safely by the worker, each item stored
once, run through extraction, and offered to editors as the start of an article.

    fetching.py     timeouts, size cap, conditional GET, retries with backoff, a total deadline
    safety.py       only public http(s) addresses, re-checked after every redirect
    services.py     polling, storing, flagging, starting an article from an item
"""
