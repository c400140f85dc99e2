import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from premiere.core.ratelimit import Rate, RateLimited, check, client_ip, hit


def test_rate_parses_count_per_seconds():
    assert Rate.parse("5/60") == Rate(count=5, seconds=60)


@pytest.mark.parametrize("text", ["5", "five/60", "5/60/1", ""])
def test_a_malformed_rate_is_a_configuration_error(text):
    with pytest.raises(ImproperlyConfigured):
        Rate.parse(text)


def test_hit_allows_the_count_then_refuses():
    for _ in range(3):
        hit("test", "alice", "3/60")

    with pytest.raises(RateLimited) as refused:
        hit("test", "alice", "3/60")
    assert 1 <= refused.value.retry_after <= 60


def test_scopes_and_identities_are_counted_apart():
    hit("test", "alice", "1/60")

    hit("test", "bob", "1/60")
    hit("other", "alice", "1/60")
    with pytest.raises(RateLimited):
        hit("test", "alice", "1/60")


def test_check_refuses_at_the_limit_without_counting():
    check("test", "alice", "2/60")
    check("test", "alice", "2/60")
    hit("test", "alice", "2/60")
    check("test", "alice", "2/60")
    hit("test", "alice", "2/60")

    with pytest.raises(RateLimited):
        check("test", "alice", "2/60")


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(30, "30 seconds"), (89, "89 seconds"), (90, "2 minutes"), (900, "15 minutes")],
)
def test_wait_text_reads_naturally(seconds, text):
    assert RateLimited(seconds).wait_text == text


def test_client_ip_trusts_only_the_socket_address():
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="1.2.3.4")

    assert client_ip(request) == "203.0.113.9"


def test_behind_a_trusted_proxy_the_address_it_saw_counts(settings):
    settings.PREMIERE_TRUSTED_PROXIES = ["127.0.0.1"]
    via_nginx = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="198.51.100.7")
    assert client_ip(via_nginx) == "198.51.100.7"
    # The header from anyone else is ignored, and a proxy's header that is not an address
    # leaves the proxy's own: nobody picks their bucket.
    direct = RequestFactory().get("/", REMOTE_ADDR="203.0.113.9", HTTP_X_REAL_IP="198.51.100.7")
    assert client_ip(direct) == "203.0.113.9"
    garbled = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="1.2.3.4, 5.6.7.8")
    assert client_ip(garbled) == "127.0.0.1"
