from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "premiere.demo"
    label = "demo"
    verbose_name = "Demo content"
