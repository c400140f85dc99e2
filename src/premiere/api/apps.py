from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "premiere.api"
    label = "api"
    verbose_name = "JSON API"
