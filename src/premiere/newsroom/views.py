from django.conf import settings
from django.contrib.auth.decorators import login_required, permission_required
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from premiere.catalog import regions as catalog_regions
from premiere.catalog import selectors as catalog_selectors
from premiere.core.pagecache import cached_page

from . import reads, selectors
from .models import Article, Section, Tag


@require_safe
@vary_on_headers("Accept-Language", "Cookie")  # "Coming this week" is the reader's region's
@cached_page(
    "articles", "sections", "catalog", "reads", "comment-counts", vary=catalog_regions.reader_region
)
def home(request):
    region, today = catalog_regions.reader_region(request), timezone.localdate()
    coming = catalog_selectors.coming_this_week(today=today, region=region)
    context = selectors.front_page() | {"coming": coming, "region": region, "today": today}
    context["most_read"] = reads.most_read()
    return render(request, "newsroom/home.html", context)


def _paginated(request, queryset):
    return Paginator(queryset, settings.PREMIERE_PAGE_SIZE).get_page(request.GET.get("page"))


@require_safe
@cached_page("articles", "sections", "comment-counts")
def section_detail(request, slug):
    section = get_object_or_404(Section, slug=slug)
    page = _paginated(request, Article.objects.published().filter(section=section).for_listing())
    return render(request, "newsroom/section.html", {"section": section, "page": page})


@require_safe
@cached_page("articles", "sections", "comment-counts")
def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    page = _paginated(request, Article.objects.published().filter(tags=tag).for_listing())
    return render(request, "newsroom/tag.html", {"tag": tag, "page": page})


def _render_article(request, article, *, preview=False):
    context = {
        "article": article,
        "section": article.section,
        "blocks": selectors.article_body_blocks(article),
        "footer": selectors.article_footer_links(article),
        "preview": preview,
        "structured_data": selectors.article_structured_data(
            article, absolute=request.build_absolute_uri
        ),
    }
    return render(request, "newsroom/article.html", context)


@require_safe
@cached_page("sections", "catalog-names", "community")
def article_detail(request, slug):
    article = selectors.article_for_reader(slug=slug)
    response = _render_article(request, article)
    response.page_tags = (f"article:{article.pk}",)  # the story, its comments, its photos
    return response


@require_safe
@login_required
@permission_required("newsroom.view_article", raise_exception=True)
def article_preview(request, pk):
    """Show an article exactly as readers will see it, whatever its status."""
    return _render_article(request, selectors.article_for_preview(pk=pk), preview=True)


@csrf_exempt  # a beacon carries no token; it changes nothing but a count, once per address
@require_POST
def article_read(request, slug):
    """Count a read of a live story (its page's beacon). Always 204: nothing to show."""
    article = Article.objects.published().filter(slug=slug).only("pk", "publish_at").first()
    if article is not None:
        reads.read_count(article=article, request=request, cache=cache)
    return HttpResponse(status=204)
