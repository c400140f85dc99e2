"""Demo content: a small newsroom a visitor can read, sign in to and comment on.

Everything here is written for Premiere. Pictures are drawn by Pillow, so the demo needs no
downloads and carries no one else's photographs.
"""

import io
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter, ImageOps

from premiere.catalog import services as catalog
from premiere.catalog.models import Company, Franchise, Person, Title
from premiere.community import services as community
from premiere.demo import catalog as catalog_demo
from premiere.demo import follows as follows_demo
from premiere.newsroom import services as newsroom
from premiere.newsroom.models import Article, Image, Section, Source

SECTIONS = [
    (
        "Gaming Club",
        "gaming-club",
        "Films and series from the worlds of games, and the games themselves.",
        "",
    ),
    ("Movies", "movies", "Release dates, casting and box office.", "film"),
    ("TV", "tv", "Series, seasons and streaming.", "series,season,special"),
    ("Games", "games", "Launches, delays and platforms.", "game,dlc"),
]
SOURCES = [
    ("Collider", "https://collider.com/"),
    ("Studio press release", ""),
]
DEMO_PASSWORD = "premiere-demo"  # printed by the command; demo accounts only


def draw_picture(seed: int, size: tuple[int, int], palette: list[tuple[int, int, int]]) -> bytes:
    """Return a JPEG of soft light shapes on a gradient: a stand-in for a press photo."""
    rng = random.Random(seed)
    width, height = size
    top, bottom = palette[0], palette[1]
    gradient = PILImage.linear_gradient("L").resize(size)
    picture = ImageOps.colorize(gradient, black=top, white=bottom)
    # Soft lights are drawn and blurred at an eighth of the size: the blur hides the upscaling.
    small = (width // 8, height // 8)
    glow = PILImage.new("RGB", small)
    shapes = ImageDraw.Draw(glow)
    for _ in range(9):
        x, y = rng.randrange(small[0]), rng.randrange(small[1])
        r = rng.randrange(small[1] // 10, small[1] // 3)
        shapes.ellipse(
            [x - r, y - r, x + r, y + r], fill=palette[2 + rng.randrange(len(palette) - 2)]
        )
    glow = glow.filter(ImageFilter.GaussianBlur(small[1] // 12)).resize(size, PILImage.BILINEAR)
    picture = PILImage.blend(picture, glow, 0.45)
    # A figure in silhouette, so focal points and crops have something to keep in frame.
    figure = ImageDraw.Draw(picture)
    cx, base = int(width * 0.62), int(height * 0.92)
    head = height // 14
    figure.ellipse([cx - head, base - 9 * head, cx + head, base - 7 * head], fill=(15, 12, 20))
    figure.polygon(
        [
            (cx - head, base - 7 * head),
            (cx + head, base - 7 * head),
            (cx + 3 * head, base),
            (cx - 3 * head, base),
        ],
        fill=(15, 12, 20),
    )
    out = io.BytesIO()
    picture.save(out, format="JPEG", quality=90)
    return out.getvalue()


@dataclass
class DemoImage:
    key: str
    size: tuple[int, int]
    palette: list
    alt_text: str
    credit: str
    caption: str = ""
    focal: tuple[float, float] | None = None


IMAGES = [
    DemoImage(
        "ballerina-hero",
        (1800, 1000),
        [(40, 8, 30), (150, 30, 60), (255, 120, 140), (255, 210, 120)],
        "A lone dancer in silhouette against a red stage light",
        "Lionsgate Films",
        focal=(0.62, 0.5),
    ),
    DemoImage(
        "ana-de-armas",
        (1200, 1500),
        [(20, 20, 40), (90, 60, 110), (240, 200, 230), (150, 180, 255)],
        "Portrait-style illustration of the film's lead actress in shadow",
        "Lionsgate Films",
        caption="Ana de Armas",
        focal=(0.62, 0.4),
    ),
    DemoImage(
        "starfall",
        (1800, 1000),
        [(5, 10, 40), (20, 60, 120), (120, 200, 255), (255, 255, 255)],
        "A small figure under a sky full of falling stars",
        "Northlight Pictures",
    ),
    DemoImage(
        "harbor",
        (1800, 1000),
        [(10, 40, 60), (30, 120, 140), (255, 200, 120), (255, 240, 200)],
        "A harbor at dusk with lights reflected in the water",
        "Tidewater Television",
    ),
    DemoImage(
        "ironvale",
        (1800, 1000),
        [(30, 30, 30), (90, 70, 50), (255, 140, 40), (200, 200, 200)],
        "A knight in silhouette before a burning iron gate",
        "Hollowforge Games",
    ),
    # Posters and covers for the catalog's pages and lists (2:3, as printed).
    DemoImage(
        "poster-ballerina",
        (1000, 1500),
        [(30, 5, 25), (170, 30, 70), (255, 150, 160), (255, 220, 140)],
        "Poster: a dancer in a red dress mid-turn, a pistol at her side",
        "Lionsgate Films",
        focal=(0.62, 0.45),
    ),
    DemoImage(
        "poster-starfall",
        (1000, 1500),
        [(2, 6, 30), (30, 70, 140), (140, 210, 255), (255, 255, 255)],
        "Poster: a cadet in a spacesuit looking up at a sky of falling stars",
        "Northlight Pictures",
    ),
    DemoImage(
        "poster-harbor",
        (1000, 1500),
        [(8, 30, 50), (30, 110, 130), (255, 190, 110), (255, 235, 190)],
        "Key art: a lighthouse over a harbor town at dusk",
        "Tidewater Television",
    ),
    DemoImage(
        "cover-ironvale",
        (1000, 1500),
        [(25, 25, 25), (100, 70, 40), (255, 150, 50), (210, 210, 210)],
        "Game cover: an armoured knight before a burning iron gate",
        "Hollowforge Games",
    ),
    DemoImage(
        "boxoffice",
        (1800, 1000),
        [(40, 0, 0), (120, 20, 20), (255, 220, 120), (255, 255, 255)],
        "Rows of empty cinema seats lit by a projector beam",
        "Premiere",
    ),
]

BALLERINA_BODY = """\
The world of John Wick keeps growing. Lionsgate has confirmed that **Ballerina**, the spin-off \
starring Ana de Armas and Norman Reedus, will be released in theaters worldwide on June 7, 2024.

According to screenwriter Shay Hatten, the film follows a young woman shaped by the same ballet \
academy that trained John, seen in the third film, before her search takes her to a remote \
community unlike anything the series has shown before.

[image:ana-de-armas]

Keanu Reeves returns as John Wick, and Hatten has made clear it is more than a cameo. The writers \
set the story between the third and fourth films because John had a gap in his timeline there: \
after his fall at the end of the third chapter he spends time recovering underground.

> The spin-off is set between chapters three and four, in the weeks John spends out of sight.

The late Lance Reddick also makes a special appearance, and Norman Reedus, known to many as Daryl \
in The Walking Dead, joins the main cast.

With the fourth chapter a hit, John Wick 5 is back on the table, and Lionsgate has asked Reeves \
and the team to think about more sequels.
"""

ARTICLES = [
    {
        "slug": "ballerina-john-wick-spin-off-release-date",
        "section": "gaming-club",
        "headline": "Ballerina, the John Wick spin-off led by Ana de Armas, has a release date",
        "standfirst": "Lionsgate sets a worldwide theatrical date for the spin-off, which also "
        "stars Norman Reedus and brings back Keanu Reeves.",
        "body": BALLERINA_BODY,
        "hero": "ballerina-hero",
        "source": "Collider",
        "source_url": "https://collider.com/",
        "tags": ["Ballerina", "John Wick", "Ana de Armas", "Lionsgate"],
        # The story ran when the date was first announced; the catalog shows what came after.
        "published": datetime(2023, 6, 1, 15, 30, tzinfo=UTC),
    },
    {
        "slug": "starfall-protocol-summer-date",
        "section": "movies",
        "headline": "Starfall Protocol finally lands a summer release",
        "standfirst": "After two years without a date, Northlight's space thriller opens in July.",
        "body": "Northlight Pictures has given *Starfall Protocol* a July release in theaters, "
        "ending two years of silence about the space thriller.\n\n"
        "The studio says the extra time went into effects work and a rewritten final act.",
        "hero": "starfall",
        "source": "Studio press release",
        "tags": ["Starfall Protocol"],
        "age": timedelta(days=1, hours=5),
    },
    {
        "slug": "harbor-lights-third-season",
        "section": "tv",
        "headline": "Harbor Lights is renewed for a third season",
        "standfirst": "The coastal mystery will return next year with two new leads.",
        "body": "Tidewater Television has renewed *Harbor Lights* for a third season.\n\n"
        "Production starts in the spring, and the showrunners promise a story that "
        "moves away from the village for the first time.",
        "hero": "harbor",
        "tags": ["Harbor Lights"],
        "age": timedelta(hours=20),
    },
    {
        "slug": "ironvale-delayed-early-next-year",
        "section": "games",
        "headline": "Ironvale II slips from March to May",
        "standfirst": "Hollowforge moves its open-world sequel by ten weeks on every platform.",
        "body": "Hollowforge Games has pushed *Ironvale II* from March 12 to May 21, saying the "
        "team needs more time for performance on consoles.\n\n"
        "The PC version moves with the console ones: PC, PS5 and Xbox Series X|S launch on "
        "the same day. The Switch 2 edition is still dated only to next year.",
        "hero": "ironvale",
        "tags": ["Ironvale"],
        "age": timedelta(hours=9),
    },
    {
        "slug": "quiet-weekend-at-the-box-office",
        "section": "movies",
        "headline": "A quiet weekend at the box office as holdovers hold on",
        "standfirst": "No new wide release cracked the top three.",
        "body": "It was a weekend for holdovers: the top three films were all in their second "
        "week or later.\n\nNext weekend brings two wide releases and a re-release.",
        "hero": "boxoffice",
        "tags": ["Box office"],
        "age": timedelta(hours=4),
    },
    {
        "slug": "first-look-harbor-lights-season-three",
        "section": "tv",
        "headline": "First look at Harbor Lights season three",
        "standfirst": "Tidewater will release the first images on Friday.",
        "body": "The first images from the new season arrive on Friday.",
        "hero": "harbor",
        "tags": ["Harbor Lights"],
        "schedule_in": timedelta(days=3),
    },
    {
        "slug": "untitled-draft-casting-roundup",
        "section": "movies",
        "headline": "Casting round-up (draft)",
        "standfirst": "Notes for this week's casting news.",
        "body": "Still being written.",
        "draft": True,
    },
]

COMMENTS = [
    ("maya", "Finally a date! The ballet academy was the best part of the third film."),
    ("theo", "Setting it *between* three and four is a smart way to bring John back."),
]
REPLY = ("maya", "Agreed, and it means the ending of four stays untouched.")


class DemoBuilder:
    def __init__(self, report=lambda message: None):
        self.report = report
        self.created = {
            "sections": 0,
            "users": 0,
            "images": 0,
            "articles": 0,
            "comments": 0,
            "titles": 0,
            "follows": 0,
        }

    def run(self) -> dict:
        with transaction.atomic():
            self.sections = {
                slug: self._section(name, slug, about, covers, i)
                for i, (name, slug, about, covers) in enumerate(SECTIONS)
            }
            self.sources = {
                name: Source.objects.get_or_create(name=name, defaults={"url": url})[0]
                for name, url in SOURCES
            }
            self.editor = self._user("editor", "Morgan Reyes", staff=True)
            readers = {
                name: self._user(name, display)
                for name, display in [("maya", "Maya Lind"), ("theo", "Theo Park")]
            }
            self.images = {spec.key: self._image(spec) for spec in IMAGES}
            for spec in ARTICLES:
                self._article(spec)
            self._comments(readers)
            self.created["titles"] = catalog_demo.load(report=self.report)
            self._catalog_pictures()
            self.created["follows"] = follows_demo.load(readers, report=self.report)
        return self.created

    # Which demo picture each catalog page shows: (model, slug, field, picture).
    CATALOG_PICTURES = [
        (Title, "ballerina", "poster", "poster-ballerina"),
        (Title, "starfall-protocol", "poster", "poster-starfall"),
        (Title, "harbor-lights", "poster", "poster-harbor"),
        (Title, "ironvale-ii", "poster", "cover-ironvale"),
        (Person, "ana-de-armas", "portrait", "ana-de-armas"),
        (Franchise, "john-wick", "picture", "ballerina-hero"),
        (Company, "hollowforge-games", "picture", "ironvale"),
    ]

    def _catalog_pictures(self):
        for model, slug, field, key in self.CATALOG_PICTURES:
            entity = model.objects.filter(slug=slug).first()
            if entity is not None and getattr(entity, f"{field}_id") is None:
                catalog.entity_update(entity=entity, **{field: self.images[key]})

    def _section(self, name, slug, about, covers, position):
        section, created = Section.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "description": about, "position": position, "covers": covers},
        )
        self.created["sections"] += created
        return section

    def _user(self, username, display_name, staff=False):
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user:
            return user
        user = User.objects.create_user(
            username=username,
            email=f"{username}@example.com",
            password=DEMO_PASSWORD,
            is_staff=staff,
            is_superuser=staff,
        )
        user.profile.display_name = display_name
        user.profile.save()
        self.created["users"] += 1
        self.report(f"  user {username}")
        return user

    def _image(self, spec: DemoImage) -> Image:
        existing = Image.objects.filter(file__contains=f"demo-{spec.key}").first()
        if existing:
            return existing
        data = draw_picture(sum(map(ord, spec.key)), spec.size, spec.palette)
        image = newsroom.image_create(
            file=SimpleUploadedFile(f"demo-{spec.key}.jpg", data, content_type="image/jpeg"),
            alt_text=spec.alt_text,
            credit=spec.credit,
            caption=spec.caption,
            focal=spec.focal,
            by=self.editor,
        )
        self.created["images"] += 1
        self.report(f"  picture {spec.key} ({image.renditions.count()} renditions)")
        return image

    def _article(self, spec):
        if Article.objects.filter(slug=spec["slug"]).exists():
            return
        body = spec["body"]
        for key, image in self.images.items():
            body = body.replace(f"[image:{key}]", f"[image:{image.pk}]")
        article = newsroom.article_create(
            section=self.sections[spec["section"]],
            slug=spec["slug"],
            headline=spec["headline"],
            standfirst=spec["standfirst"],
            body=body,
            author=self.editor,
            hero_image=self.images.get(spec.get("hero")),
            source=self.sources.get(spec.get("source")),
            source_url=spec.get("source_url", ""),
            tags=spec.get("tags", []),
        )
        now = timezone.now()
        if "age" in spec or "published" in spec:
            at = spec.get("published") or now - spec["age"]
            newsroom.article_publish(article=article, by=self.editor, at=at)
            # Back-dated stories were not edited after they went out; do not label them "Updated".
            Article.objects.filter(pk=article.pk).update(updated_at=article.publish_at)
        elif "schedule_in" in spec:
            newsroom.article_publish(article=article, by=self.editor, at=now + spec["schedule_in"])
        self.created["articles"] += 1
        self.report(f"  article {spec['slug']} ({article.get_status_display().lower()})")

    def _comments(self, readers):
        article = Article.objects.get(slug=ARTICLES[0]["slug"])
        if article.comments.exists():
            return
        first = None
        for username, body in COMMENTS:
            comment = community.comment_post(article=article, author=readers[username], body=body)
            first = first or comment
            self.created["comments"] += 1
        community.comment_post(
            article=article, author=readers[REPLY[0]], body=REPLY[1], parent=first
        )
        self.created["comments"] += 1
