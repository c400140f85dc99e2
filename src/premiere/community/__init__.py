"""Readers: accounts (sign-up by activation e-mail), profiles, comments, reports, moderation,
and their privacy (export and delete).

    services.py     every write, with its permission and rate-limit checks inside
    querysets.py    which comments a visitor sees (Comment.objects.visible_to(user))
    names.py        names that pass for someone else's (look-alike letters, staff names)
    templatetags/   {% comments_for article %}: how comments join an article page
"""
