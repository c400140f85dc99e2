"""The reader's region: chosen with the picker or in a reader's settings (a cookie), else
guessed from the browser."""

from premiere.extraction import regions as iso
from premiere.extraction.regions import WORLDWIDE

COOKIE = "region"
COOKIE_AGE = 365 * 24 * 60 * 60
# The regions the picker offers; any other ISO code still works in URLs and imports.
REGIONS = {
    "WW": "Worldwide",
    "US": "United States",
    "GB": "United Kingdom",
    "CA": "Canada",
    "AU": "Australia",
    "IE": "Ireland",
    "NZ": "New Zealand",
    "IN": "India",
    "FR": "France",
    "DE": "Germany",
    "ES": "Spain",
    "IT": "Italy",
    "MX": "Mexico",
    "BR": "Brazil",
    "JP": "Japan",
    "KR": "South Korea",
}


def region_name(code: str) -> str:
    return REGIONS.get(code) or iso.region_name(code)


def region_from_accept_language(header: str) -> str:
    """Return the region of the first language tag that names one ("en-GB" -> "GB")."""
    for part in header.split(","):
        tag = part.split(";")[0].strip()
        pieces = tag.replace("_", "-").split("-")
        for piece in pieces[1:]:
            if len(piece) == 2 and piece.isalpha():
                return piece.upper()
    return WORLDWIDE


def reader_region(request) -> str:
    chosen = request.COOKIES.get(COOKIE, "")
    if chosen in REGIONS:
        return chosen
    return region_from_accept_language(request.headers.get("Accept-Language", ""))


def remember(response, request, region: str) -> None:
    """Keep the reader's region for their next pages: the picker, their settings and their
    sign-in all set it the same way."""
    response.set_cookie(
        COOKIE,
        region,
        max_age=COOKIE_AGE,
        samesite="Lax",
        secure=request.is_secure(),
        httponly=True,
    )
