from django import template
from django.urls import reverse

from premiere.catalog.models import Franchise, Person, Title

from ..renditions import renditions_of

register = template.Library()


@register.inclusion_tag("newsroom/_picture.html")
def picture(image, sizes="100vw", eager=False):
    """Render a responsive <picture>: WebP with a JPEG fallback, sized to avoid layout shift."""
    return {"image": image, "r": renditions_of(image), "sizes": sizes, "eager": eager}


@register.inclusion_tag("newsroom/_entity_picture.html")
def entity_picture(image, label="Picture"):
    """A title's poster, a person's portrait, a franchise's or company's picture, credited, at
    the head of its page: the page's first picture, so it loads at once."""
    return {"image": image, "label": label}


@register.inclusion_tag("newsroom/_thumbnail.html")
def thumbnail(image):
    """A small picture beside a row of a list: decorative there (the row names its subject),
    so its alternative text is empty, and it loads only when scrolled to."""
    return {"image": image, "r": renditions_of(image)}


@register.simple_tag
def large_image_url(image) -> str:
    return renditions_of(image)["largest"]


@register.simple_tag
def social_image_url(image) -> str:
    return renditions_of(image).get("social") or image.file.url


# The catalog's pages carry their newsroom feed: the catalog, below the newsroom, cannot name it.
_ENTITY_FEEDS = {
    Title: "newsroom:title_feed",
    Franchise: "newsroom:franchise_feed",
    Person: "newsroom:person_feed",
}


@register.simple_tag
def entity_feed_url(entity) -> str:
    """Return the Atom feed of a title, franchise or person page."""
    return reverse(_ENTITY_FEEDS[type(entity)], kwargs={"slug": entity.slug})
