from django import template

from ..renditions import renditions_of

register = template.Library()


@register.inclusion_tag("newsroom/_picture.html")
def picture(image, sizes="100vw", eager=False):
    """Render a responsive <picture>: WebP with a JPEG fallback, sized to avoid layout shift."""
    return {"image": image, "r": renditions_of(image), "sizes": sizes, "eager": eager}


@register.simple_tag
def large_image_url(image) -> str:
    return renditions_of(image)["largest"]


@register.simple_tag
def social_image_url(image) -> str:
    return renditions_of(image).get("social") or image.file.url
