"""What claims cite: the newsroom's stories and the outlets it credits.

The catalog sits below the newsroom in the app layers and imports none of it; its models
point up by string ("newsroom.Article"), and code that needs those models asks the app
registry for them here.
"""

from django.apps import apps


def article_model():
    return apps.get_model("newsroom", "Article")


def source_model():
    return apps.get_model("newsroom", "Source")
