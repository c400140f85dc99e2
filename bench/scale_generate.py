"""Fill an empty database with a catalog, a newsroom's stories and its readers' comments.

    DATABASE_URL=postgres://premiere:premiere@127.0.0.1:5432/premiere_scale_10k \\
    PREMIERE_DATA_DIR=/tmp/scale-data .venv/bin/python bench/scale_generate.py \\
        --titles 10000 --articles 10000 --comments 100000

The catalog is `catalog_generate.Generator`'s (same seed, same shapes, five releases a title
by default). Each size goes into its own database (premiere_scale_10k, premiere_scale_100k)
rather than growing one: the catalog's skews (franchise sizes, the busiest people, release
counts) are drawn for the number of titles asked for, so a catalog grown in steps would
have the small size's shape at the bottom of the big one, and the big size would not match
what catalog_generate.py makes for the SQLite benchmarks.

Stories and comments are inserted the same way as the catalog (batched `executemany`, not
the services, which render and revise one story at a time): what `article_publish` and
`comment_post` would leave. Every story is published, in one of the sections of the demo,
written by one of a few editors, credits an outlet, and is linked to one to three titles
(sometimes a person and a franchise too) through the M2M the desk sets. Its body is about
500 words drawn from a seeded pool of paragraphs, each rendered once with the app's own
Markdown renderer. Comments are skewed like a real site's: a few stories have thousands,
most have a handful or none; about a third are replies, and some are held, hidden or
deleted. The search index is rebuilt at the end (`premiere reindex`).
"""

import argparse
import sys
import time
from bisect import bisect
from datetime import timedelta

from catalog_generate import (
    ADJECTIVES,
    FIRST,
    LAST,
    NOUNS,
    NOW,
    OUTLETS,
    Generator,
    long_tail,
)
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils.text import slugify

from premiere.catalog.models import Franchise, Person, Title
from premiere.community.models import Comment, Profile
from premiere.community.names import name_key
from premiere.core.text import render_comment
from premiere.demo.newsroom import SECTIONS
from premiere.newsroom.models import Article, Section, Source
from premiere.newsroom.services import body_render

User = get_user_model()
EDITORS = 8
PARAGRAPHS = 400  # the pool a story's body is drawn from
COMMENT_LINES = 300  # the pool of comments
MOST_COMMENTS = 5000  # on one story
STORY_SPAN_DAYS = 3 * 365  # stories go back three years from NOW

HEADLINES = [
    "{title} gets a release date",
    "{title} is delayed to next year",
    "{title}: first trailer shows the {noun}",
    "{title} adds {person} to its cast",
    "Everything we know about {title}",
    "{title} moves from theaters to streaming",
    "{person} will direct {title}",
    "{title} review: a {adjective} return",
]
SENTENCES = [
    "The studio confirmed the date on {day}, a week after the trade press first reported it.",
    "{person} returns, with {other} joining the cast as the {noun}'s {adjective} rival.",
    "Production wrapped in {month} after a {adjective} shoot that ran three weeks long.",
    "The first footage, shown to exhibitors, opens on the {noun} and stays there.",
    "Per {outlet}, the release moved to avoid a crowded weekend.",
    "A worldwide launch is planned, with the UK and Ireland a week later.",
    "Early reactions called it {adjective}, which the marketing has already put on posters.",
    "The game comes to PS5, Xbox Series X|S and PC; a Switch 2 version is in the works.",
    "{other} wrote the script from a story by {person}.",
    "It is the {adjective} chapter of the {noun} saga, and the longest at 158 minutes.",
    "No streaming date has been announced; the studio usually waits 45 days.",
    "Tickets go on sale on {day}, with fan screenings the night before.",
]
COMMENTS = [
    "Finally a date! {month} can't come soon enough.",
    "Another delay? I'll believe it when I see it.",
    "{person} is perfect for this.",
    "The first one was {adjective}; hoping this keeps the tone.",
    "Does anyone know if it's coming to streaming in the UK at the same time?",
    "The trailer gave away far too much about the {noun}.",
    "Saw it at a fan screening: {adjective}, and the ending works.",
    "Please fix the PC version before launch this time.",
]
# December is missing; adding it would change every seeded story and comment measured in
# bench/RESULTS.md.
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
]


class ScaleGenerator(Generator):
    def __init__(self, *, articles: int, comments: int, **catalog):
        super().__init__(**catalog)
        self.n_articles, self.n_comments = articles, comments
        self.n_users = max(200, comments // 20)

    def fill(self, template: str) -> str:
        rng = self.rng
        return template.format(
            title=f"The {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}",
            noun=rng.choice(NOUNS).lower(),
            adjective=rng.choice(ADJECTIVES).lower(),
            person=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            other=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            outlet=rng.choice(OUTLETS),
            month=rng.choice(MONTHS),
            day=f"{rng.choice(MONTHS)} {rng.randint(1, 28)}",
        )

    def newsroom(self) -> None:
        with transaction.atomic():
            self.save(
                Section,
                [
                    {"id": i, "name": name, "slug": slug, "description": about,
                     "position": i, "covers": covers}
                    for i, (name, slug, about, covers) in enumerate(SECTIONS, start=1)
                ],
            )  # fmt: skip
            self.readers()
        self.say(f"{self.n_users:,} readers and {EDITORS} editors")
        rng = self.rng
        # Each paragraph is ~100 words and rendered once; a body is five of them.
        paragraphs = [
            " ".join(self.fill(rng.choice(SENTENCES)) for _ in range(6)) for _ in range(PARAGRAPHS)
        ]
        rendered = [body_render(text) for text in paragraphs]
        lines = [self.fill(rng.choice(COMMENTS)) for _ in range(COMMENT_LINES)]
        self.comment_html = [(line, render_comment(line)) for line in lines]
        per_article = self.comment_counts()
        step = 10_000
        for start in range(0, self.n_articles, step):
            ids = range(start + 1, min(start + step, self.n_articles) + 1)
            with transaction.atomic():
                self.articles(ids, paragraphs, rendered, per_article)
            self.say(
                f"{ids[-1]:,} of {self.n_articles:,} stories, "
                f"{self.counts.get('Comment', 0):,} comments"
            )

    def readers(self) -> None:
        users, profiles = [], []
        for i in range(1, EDITORS + self.n_users + 1):
            editor = i <= EDITORS
            username = f"{'editor' if editor else 'reader'}{i}"
            display = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)} {i}"
            users.append(
                {"id": i, "password": "!", "username": username, "email": f"{username}@example.com",
                 "is_staff": editor, "is_active": True, "date_joined": NOW - timedelta(days=900)}
            )  # fmt: skip
            profiles.append(
                {"id": i, "user_id": i, "display_name": display, "created_at": NOW,
                 "username_key": name_key(username), "display_name_key": name_key(display)}
            )  # fmt: skip
        self.save(User, users)
        self.save(Profile, profiles)
        # Readers who comment a lot, and many who commented once.
        self.reader_weights = long_tail(self.n_users, offset=50, power=0.9)

    def comment_counts(self) -> list[int]:
        """Spread the comments over the stories: a long tail, the busiest at MOST_COMMENTS."""
        weights = [self.rng.paretovariate(1.1) - 1 for _ in range(self.n_articles)]
        total = sum(weights)
        counts = [min(MOST_COMMENTS, int(self.n_comments * w / total)) for w in weights]
        # The cap and rounding leave some over: hand them out a few at a time to the stories
        # that already have some, so stories without comments stay without.
        left, i = self.n_comments - sum(counts), 0
        while left:
            k = i % self.n_articles
            if 0 < counts[k] < MOST_COMMENTS:
                add = min(left, 3, MOST_COMMENTS - counts[k])
                counts[k] += add
                left -= add
            i += 1
        return counts

    def articles(self, ids: range, paragraphs, rendered, per_article) -> None:
        rng = self.rng
        n_sections = len(SECTIONS)
        articles, comments = [], []
        links = {"titles": [], "people": [], "franchises": []}
        for article_id in ids:
            # The newest story has the highest id, as when published in turn.
            published = NOW - timedelta(
                minutes=(self.n_articles - article_id) * STORY_SPAN_DAYS * 1440 // self.n_articles
            )
            chosen = rng.sample(range(PARAGRAPHS), 5)
            person = bisect(self.star_weights, rng.random()) + 1
            headline = self.fill(rng.choice(HEADLINES))[:190]
            source = rng.randint(1, len(OUTLETS))
            articles.append(
                {
                    "id": article_id,
                    "section_id": rng.randint(1, n_sections),
                    "slug": f"{slugify(headline)[:100]}-{article_id}",
                    "headline": headline,
                    "standfirst": self.fill(rng.choice(SENTENCES)),
                    "body": "\n\n".join(paragraphs[k] for k in chosen),
                    "body_html": "\n".join(rendered[k] for k in chosen),
                    "author_id": rng.randint(1, EDITORS),
                    "status": Article.Status.PUBLISHED,
                    "publish_at": published,
                    "source_id": source,
                    "source_url": f"{self.source_urls[source]}/news/{article_id}",
                    "live_since": published,
                    "created_at": published - timedelta(hours=2),
                    "updated_at": published,
                }
            )
            for title in rng.sample(range(1, self.n_titles + 1), rng.randint(1, 3)):
                links["titles"].append({"title_id": title, "article_id": article_id})
            if rng.random() < 0.4:
                links["people"].append({"person_id": person, "article_id": article_id})
            if rng.random() < 0.3:
                franchise = bisect(self.franchise_weights, rng.random()) + 1
                links["franchises"].append({"franchise_id": franchise, "article_id": article_id})
            comments += self.thread(article_id, published, per_article[article_id - 1])
        self.save(Article, articles)
        for model, related in ((Title, "titles"), (Person, "people"), (Franchise, "franchises")):
            self.save(model.articles.through, links[related])
        self.save(Comment, comments)
        self.counts["Article"] = self.counts.get("Article", 0) + len(articles)

    def thread(self, article_id: int, published, count: int) -> list[dict]:
        """Return a story's comments, oldest first; replies are one level deep."""
        rng, rows, top_level = self.rng, [], []
        statuses = ["visible"] * 94 + ["deleted"] * 3 + ["hidden"] * 2 + ["held"]
        for n in range(count):
            comment_id = self.next_id(Comment)
            body, html = rng.choice(self.comment_html)
            parent = rng.choice(top_level) if top_level and rng.random() < 0.35 else None
            if parent is None:
                top_level.append(comment_id)
            author = EDITORS + bisect(self.reader_weights, rng.random()) + 1
            rows.append(
                {
                    "id": comment_id,
                    "article_id": article_id,
                    "author_id": author,
                    "parent_id": parent,
                    "body": body,
                    "body_html": html,
                    "status": rng.choice(statuses),
                    "is_featured": rng.random() < 0.002,
                    # Most comments come in the first hours; the count decides how fast.
                    "created_at": published + timedelta(seconds=30 + n * 3600 * 48 // count),
                    "ip_address": f"10.{author % 250}.{author // 250 % 250}.1",
                }
            )
        return rows

    def finish(self) -> None:
        """Move the id sequences past the ids written here (PostgreSQL), then ANALYZE."""
        models = [Section, Source, User, Profile, Article, Comment]
        models += [Title.articles.through, Person.articles.through, Franchise.articles.through]
        statements = connection.ops.sequence_reset_sql(no_style(), models)
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
            cursor.execute("ANALYZE")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--titles", type=int, default=100_000)
    parser.add_argument("--releases", type=int, help="default: five a title")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=20261101)
    parser.add_argument("--no-reindex", action="store_true", help="leave the search index")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    call_command("migrate", verbosity=0)
    if Title.objects.exists() or Article.objects.exists() or User.objects.exists():
        sys.exit(f"scale_generate: {connection.settings_dict['NAME']} already has data.")
    generator = ScaleGenerator(
        titles=args.titles,
        releases=args.releases or 5 * args.titles,
        articles=args.articles,
        comments=args.comments,
        seed=args.seed,
    )
    generator.say(f"Generating into {connection.settings_dict['NAME']} (seed {args.seed})…")
    generator.run()
    generator.newsroom()
    generator.finish()
    if not args.no_reindex:
        generator.say("Rebuilding the search index…")
        call_command("reindex", verbosity=0)
    made = ", ".join(f"{count:,} {name}" for name, count in generator.counts.items())
    print(f"Generated in {time.monotonic() - generator.started:.0f}s: {made}.")


if __name__ == "__main__":
    main()
