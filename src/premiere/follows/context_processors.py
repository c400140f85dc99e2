from django.utils.functional import SimpleLazyObject

from . import selectors


def notices(request):
    """The header's unread count: computed only on pages that show it, once, mostly cached."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"notices_unread": 0}
    return {"notices_unread": SimpleLazyObject(lambda: selectors.notices_unread_count(user))}
