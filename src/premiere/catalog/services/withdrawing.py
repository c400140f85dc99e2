"""Taking facts back: withdrawing claims (and the facts only they supported), removing an
entity nothing rests on any more."""

from django.db import transaction
from django.utils import timezone

from .. import signals
from ..gazetteer import names_changed
from ..models import Claim, Company, Person, Placement, Release, ReleaseChange, StatusChange, Title
from .facts import title_first_release_refresh


@transaction.atomic
def claims_withdraw(*, claims) -> None:
    """Take back claims (an undone decision, a story taken down). A fact no other claim
    supports goes; a release whose latest move rested on a withdrawn claim goes back to the
    date before; a status likewise."""
    for claim in list(claims):
        fact = claim.fact
        withdraw = _WITHDRAW.get(type(fact), _withdraw_simple)
        withdraw(fact, claim)


def _withdraw_simple(fact, claim: Claim) -> None:
    claim.delete()
    if fact is not None and not fact.claims.exists():
        fact.delete()


def _withdraw_release(release: Release, claim: Claim) -> None:
    change = ReleaseChange.objects.filter(claim=claim).first()
    latest = release.history.last()
    claim.delete()
    others = release.claims.order_by("observed_at", "id")
    backing = others.filter(state=Claim.State.CURRENT, value=str(release.when)).first()
    if change is not None and change == latest and backing is not None:
        change.claim = backing  # another source gives the same date: it stands on that
        change.save(update_fields=["claim"])
    elif change is not None and change == latest:
        previous = release.history.exclude(pk=change.pk).last()
        if previous is not None:
            withdrawn = release.when
            change.delete()
            release.set_when(previous.new)
            release.sequence += 1  # the date moves again, back: calendars must see a newer one
            release.updated_at = timezone.now()
            release.save()
            others.filter(state=Claim.State.SUPERSEDED, value=str(previous.new)).update(
                state=Claim.State.CURRENT
            )
            if withdrawn != release.when:
                signals.release_withdrawn.send(
                    Release, release=release, withdrawn=withdrawn, restored=release.when
                )
        else:
            _release_delete(release)
    elif not others.exists():
        _release_delete(release)
    title_first_release_refresh(title=release.title)


def _release_delete(release: Release) -> None:
    if not release.when.is_tba:
        signals.release_withdrawn.send(
            Release, release=release, withdrawn=release.when, restored=None
        )
    release.delete()


def _withdraw_status(change: StatusChange, claim: Claim) -> None:
    claim.delete()
    if change.claims.exists():
        return
    title = change.title
    latest = title.status_history.first()
    # Compared before the delete, which empties change.pk (and a model without a pk equals
    # only itself): the status went back only if this was the latest change.
    was_latest = latest is not None and latest.pk == change.pk
    change.delete()
    if was_latest:
        now_latest = title.status_history.first()
        status = now_latest.status if now_latest else (change.previous or title.status)
        Title.objects.filter(pk=title.pk).update(status=status, updated_at=timezone.now())
        if status != change.status:
            title.status = status
            signals.title_status_changed.send(
                Title,
                title=title,
                previous=change.status,
                status=status,
                change=None,
                withdrawn=True,
            )


_WITHDRAW = {Release: _withdraw_release, StatusChange: _withdraw_status}


def entity_remove_if_unused(*, entity) -> bool:
    """Delete an entity a withdrawn decision created, unless something now rests on it."""
    if isinstance(entity, Title):
        used = (
            entity.releases.exists()
            or entity.credits.exists()
            or entity.status_history.exists()
            or entity.relations.exists()
            or entity.related_from.exists()
            or entity.placements.exists()
            or entity.children.exists()
            or Placement.objects.filter(anchor=entity).exists()
            or Placement.objects.filter(anchor_end=entity).exists()
        )
    elif isinstance(entity, Person | Company):
        used = entity.credits.exists()
    else:
        used = entity.titles.exists()
    if used:
        return False
    entity.delete()
    names_changed()
    return True
