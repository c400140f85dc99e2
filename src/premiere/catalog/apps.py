from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "premiere.catalog"
    label = "catalog"
    verbose_name = "Catalog"
