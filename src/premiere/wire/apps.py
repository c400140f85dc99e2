from django.apps import AppConfig


class WireConfig(AppConfig):
    name = "premiere.wire"
    label = "wire"
    verbose_name = "Wire desk"
