"""Published stories: newest first, each with its section, outlet and linked entities."""

from ninja import Router
from ninja.pagination import paginate

from . import selectors
from .pagination import CursorPagination
from .params import slug_filter, slug_path
from .schemas import ArticleDetail, ArticleSummary

router = Router(tags=["Articles"])


@router.get("", response=list[ArticleSummary], url_name="articles")
@paginate(CursorPagination, keyset=selectors.ARTICLES)
def article_list(request, section: str | None = slug_filter("section")):
    """Published stories, newest first: drafts, stories scheduled for later and stories taken
    down are never listed."""
    return selectors.articles(section=section or "")


@router.get("/{slug:slug}", response=ArticleDetail, url_name="article")
def article_detail(request, slug: str = slug_path("story")):
    """One published story, its body as blocks of sanitized HTML and photos."""
    return selectors.article(slug=slug)
