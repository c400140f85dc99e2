from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "premiere.core"
    label = "core"
