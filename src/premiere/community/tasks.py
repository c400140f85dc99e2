"""Background work for accounts: thin wrappers around services."""

from django.contrib.auth import get_user_model
from django.tasks import task


@task
def signup_mail(mail: str, user_id: int, site_url: str, next_url: str = "") -> str:
    """Send the e-mail a sign-up called for (services.SignupMail); return what happened.

    Run twice (a worker lost mid-send), it sends the e-mail twice: harmless, as every link
    in it works until the account is active, and then none does.
    """
    # Imported here: the services enqueue this task, so they import this module first.
    from . import services

    user = get_user_model().objects.select_related("profile").filter(pk=user_id).first()
    if user is None:
        return "account deleted"
    services.signup_mail_send(
        mail=services.SignupMail(mail), user=user, site_url=site_url, next_url=next_url
    )
    return f"sent {mail}"
