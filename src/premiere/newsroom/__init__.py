"""Publishing: sections, articles, photos and their renditions, sources, feeds, sitemaps.

    services.py     every write: article_save, article_publish / _unpublish, image_create, …
    querysets.py    what readers may see: Article.objects.published() (scheduled included)
    selectors.py    what each public page shows, in a fixed number of queries
    pictures.py     the one check an upload passes before anything is stored
    renditions.py   WebP and JPEG sizes and the social card, made once at upload
    feeds.py sitemaps.py   syndication and sitemaps (published stories only)

Below the desk, community and wire: it knows none of them. It announces a story's going live
and coming down through premiere.core.signals; the desk listens.
"""
