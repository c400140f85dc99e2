from django.test import RequestFactory

from premiere.core.ratelimit import RateLimited
from premiere.core.views import rate_limited


def test_rate_limited_page_says_when_to_come_back(db):
    response = rate_limited(RequestFactory().get("/"), RateLimited(300))

    assert response.status_code == 429
    assert response["Retry-After"] == "300"
    assert "Try again in 5 minutes" in response.content.decode()
