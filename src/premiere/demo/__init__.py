"""The demo newsroom: sections, people, stories, comments and a catalog to try the site with.

At the top of the app layers: it may use every app's services, and nothing imports it.
"""
