from django.utils.text import slugify


def unique_slug(model, text: str, *, exclude_pk=None, fallback: str = "item") -> str:
    """Return a slug for `text` that no other row of `model` uses: "ballerina", "ballerina-2"."""
    max_length = model._meta.get_field("slug").max_length - 6  # room for "-99999"
    base = slugify(text)[:max_length].strip("-") or fallback
    slug, n = base, 2
    while model.objects.filter(slug=slug).exclude(pk=exclude_pk).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug
