"""Premiere beside a minimal Wagtail site: the same article as a static file served by nginx,
through Premiere's microcache, from one Premiere app instance made afresh for every request,
and from a Wagtail site (newest from PyPI, in a throwaway venv) made afresh for every request,
in interleaved rounds with wrk; print req/s and latency side by side with the ratios.

    make prod-up
    .venv/bin/python bench/wagtail.py --seconds 10 --rounds 2

Needs wrk and a running stack (see bench/stack.py). The Wagtail venv and project live in
--home (reused when present; the first run installs `wagtail gunicorn` from PyPI). The Wagtail
site is a `wagtail start` project with one article page type: SQLite, DEBUG off, no cache
beyond Wagtail's defaults, served by gunicorn with as many processes and threads as one
Premiere app instance (premiere/gunicorn_conf.py), which this script starts on a free port
and always stops. Before loading, it waits (up to --quiet-wait seconds) for the load average
to fall below --quiet-load.
"""

import argparse
import ast
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import stack

from premiere import gunicorn_conf

ROOT = Path(__file__).resolve().parents[1]
SLUG = "quiet-weekend-at-the-box-office"
SETTINGS = "benchsite.settings.production"

# The article page type: what Premiere's story page shows, in Wagtail's usual terms.
MODELS = """\
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class ArticlePage(Page):
    standfirst = models.CharField(max_length=300)
    hero = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_credit = models.CharField(max_length=200, blank=True)
    body = RichTextField()
    source = models.CharField(max_length=200, blank=True)
    source_url = models.URLField(blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("standfirst"),
        FieldPanel("hero"),
        FieldPanel("hero_credit"),
        FieldPanel("body"),
        FieldPanel("source"),
        FieldPanel("source_url"),
    ]
"""

TEMPLATE = """\
{% extends "base.html" %}
{% load wagtailcore_tags wagtailimages_tags %}
{% block body_class %}template-articlepage{% endblock %}
{% block content %}
<article class="story">
  <header class="story-header">
    <h1>{{ page.title }}</h1>
    <p class="standfirst">{{ page.standfirst }}</p>
    <p class="meta">
      <time datetime="{{ page.first_published_at|date:'c' }}">{{ page.first_published_at }}</time>
      {% if page.last_published_at != page.first_published_at %}
      · Updated <time datetime="{{ page.last_published_at|date:'c' }}">
        {{ page.last_published_at }}</time>
      {% endif %}
    </p>
  </header>
  {% if page.hero %}
  <figure class="hero">
    {% image page.hero width-1200 %}
    <figcaption><span class="credit">Photo: {{ page.hero_credit }}</span></figcaption>
  </figure>
  {% endif %}
  <div class="story-body">{{ page.body|richtext }}</div>
  {% if page.source %}
  <p class="source">Source:
    {% if page.source_url %}<a href="{{ page.source_url }}">{{ page.source }}</a>
    {% else %}{{ page.source }}{% endif %}</p>
  {% endif %}
</article>
{% endblock %}
"""

# Makes the article once (and its picture), from a JSON description.
COMMAND = """\
import json
from pathlib import Path

from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from wagtail.images.models import Image
from wagtail.models import Site

from news.models import ArticlePage


class Command(BaseCommand):
    def add_arguments(self, parser):
        parser.add_argument("spec")

    def handle(self, *, spec, **options):
        spec = json.loads(Path(spec).read_text())
        if ArticlePage.objects.filter(slug=spec["slug"]).exists():
            return
        with open(spec["picture"], "rb") as file:
            image = Image(title=spec["alt"], file=ImageFile(file, name=Path(file.name).name))
            image.save()
        first, *rest = spec["paragraphs"]
        inline = (
            f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt="{spec["alt"]}"/>'
        )
        body = f"<p>{first}</p>{inline}" + "".join(f"<p>{p}</p>" for p in rest)
        page = ArticlePage(
            title=spec["headline"],
            slug=spec["slug"],
            standfirst=spec["standfirst"],
            hero=image,
            hero_credit=spec["credit"],
            body=body,
            source=spec["source"],
        )
        Site.objects.get(is_default_site=True).root_page.add_child(instance=page)
        page.save_revision().publish()
"""

# Run in-process by each site's shell: the page as the uncached target asks for it (a session
# cookie naming no session), its queries, its time, and where cProfile finds that time.
PROFILE = """\
import cProfile, json, os, pstats, time
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

# Time spent inside these (callees included); templates include the queries they make.
INSIDE = {
    "templates": ("django/template/backends/django.py", "render"),
    "queries (ORM and database)": ("django/db/models/sql/compiler.py", "execute_sql"),
    "database (driver and server)": ("django/db/backends/utils.py", "_execute"),
}
path = os.environ["BENCH_PATH"]
client = Client(HTTP_HOST="127.0.0.1")
client.cookies["sessionid"] = "bench-no-session"
for _ in range(5):
    assert client.get(path).status_code == 200
with CaptureQueriesContext(connection) as queries:
    client.get(path)
# Read them now: the next request's request_started empties the connection's log.
count = len(queries)
db_ms = sum(float(q["time"]) for q in queries.captured_queries) * 1000
n = 100
start = time.perf_counter()
for _ in range(n):
    client.get(path)
ms = (time.perf_counter() - start) * 1000 / n
profiler = cProfile.Profile()
profiler.enable()
for _ in range(n):
    client.get(path)
profiler.disable()
stats = pstats.Stats(profiler).stats
total = sum(own for _, _, own, _, _ in stats.values())
share = {
    name: sum(
        inside
        for (filename, _, function), (_, _, _, inside, _) in stats.items()
        if filename.endswith(suffix) and function == wanted
    ) / total
    for name, (suffix, wanted) in INSIDE.items()
}
print(json.dumps({
    "ms": ms,
    "queries": count,
    "db_ms": db_ms,
    "share": share,
}))
"""


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--path", default=f"/news/{SLUG}/")
    parser.add_argument("--nginx", default="http://127.0.0.1:8080")
    parser.add_argument("--app", default="http://127.0.0.1:8001")
    parser.add_argument("--data-dir", default=str(ROOT / "var" / "prod"))
    parser.add_argument("--home", default="/tmp/wagtail-bench")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--quiet-load", type=float, default=1.2)
    parser.add_argument("--quiet-wait", type=int, default=600)
    parser.add_argument(
        "--profile", action="store_true", help="profile each page in-process instead of loading"
    )
    return parser.parse_args()


def run(*command, timeout: int, **kwargs) -> str:
    return subprocess.run(
        [str(c) for c in command],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
        **kwargs,
    ).stdout


def demo_story() -> dict:
    """Return the box-office story's text as the demo writes it (read, not imported)."""
    tree = ast.parse((ROOT / "src" / "premiere" / "demo" / "newsroom.py").read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            fields = {
                key.value: value
                for key, value in zip(node.keys, node.values, strict=True)
                if isinstance(key, ast.Constant)
            }
            slug = fields.get("slug")
            if isinstance(slug, ast.Constant) and slug.value == SLUG:
                return {
                    name: ast.literal_eval(fields[name])
                    for name in ("headline", "standfirst", "body")
                }
    sys.exit(f"wagtail: no story {SLUG!r} in the demo.")


def install(home: Path) -> Path:
    """Make the venv with the newest Wagtail and gunicorn, unless it is there already."""
    venv = home / "venv"
    if not (venv / "bin" / "gunicorn").exists() or not (venv / "bin" / "wagtail").exists():
        print(f"installing wagtail and gunicorn into {venv}…", flush=True)
        run(sys.executable, "-m", "venv", venv, timeout=120)
        run(venv / "bin" / "pip", "install", "-q", "wagtail", "gunicorn", timeout=900)
    return venv


def build(home: Path, venv: Path, data_dir: Path) -> Path:
    """Make the Wagtail project and its article, unless they are there already."""
    site = home / "site"
    if not (site / "manage.py").exists():
        site.mkdir(parents=True, exist_ok=True)
        run(venv / "bin" / "wagtail", "start", "benchsite", site, timeout=120)
    local = site / "benchsite" / "settings" / "local.py"
    if not local.exists():
        local.write_text(
            textwrap.dedent(f"""\
                from .base import INSTALLED_APPS

                SECRET_KEY = {secrets.token_urlsafe(40)!r}
                ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
                INSTALLED_APPS = [*INSTALLED_APPS, "news"]
            """)
        )
    app = site / "news"
    files = {
        "__init__.py": "",
        "models.py": MODELS,
        "migrations/__init__.py": "",
        "templates/news/article_page.html": TEMPLATE,
        "management/__init__.py": "",
        "management/commands/__init__.py": "",
        "management/commands/bench_article.py": COMMAND,
    }
    for name, text in files.items():
        (app / name).parent.mkdir(parents=True, exist_ok=True)
        (app / name).write_text(text)
    pictures = sorted((data_dir / "media" / "images").rglob("demo-boxoffice*.jpg"))
    if not pictures:
        sys.exit(f"wagtail: no demo-boxoffice picture under {data_dir}/media; run make prod-up.")
    story = demo_story()
    spec = home / "article.json"
    spec.write_text(
        json.dumps(
            {
                "slug": SLUG,
                "headline": story["headline"],
                "standfirst": story["standfirst"],
                "paragraphs": story["body"].split("\n\n"),
                "picture": str(pictures[0]),
                "alt": "Rows of empty cinema seats lit by a projector beam",
                "credit": "Premiere",
                "source": "Studio estimates",
            }
        )
    )
    manage = [venv / "bin" / "python", "manage.py"]
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS}
    for step in (
        ["makemigrations", "news", "-v0"],
        ["migrate", "--no-input", "-v0"],
        ["collectstatic", "--no-input", "-v0"],
        ["bench_article", spec],
    ):
        run(*manage, *step, timeout=300, cwd=site, env=env)
    return site


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(venv: Path, site: Path, port: int) -> subprocess.Popen:
    """Start gunicorn with the processes and threads of one Premiere app instance."""
    log = (site / "gunicorn.log").open("w")
    return subprocess.Popen(
        [
            str(venv / "bin" / "gunicorn"),
            "benchsite.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(gunicorn_conf.workers),
            "--threads",
            str(gunicorn_conf.threads),
            "--log-level",
            "warning",
        ],
        cwd=site,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)


def wait_for(url: str, server: subprocess.Popen, seconds: int = 60) -> bytes:
    """Return the page once the server answers it (the first answer makes the renditions)."""
    deadline = time.monotonic() + seconds
    while True:
        if server.poll() is not None:
            sys.exit("wagtail: gunicorn exited; see gunicorn.log in the Wagtail site.")
        try:
            return urllib.request.urlopen(url, timeout=10).read()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def wait_until_quiet(limit: float, seconds: int) -> float:
    """Wait until the 1-minute load average falls below limit (other jobs share the machine)."""
    deadline = time.monotonic() + seconds
    while (load := os.getloadavg()[0]) >= limit and time.monotonic() < deadline:
        print(f"load {load:.2f} ≥ {limit}: waiting…", flush=True)
        time.sleep(15)
    if load >= limit:
        print(f"load still {load:.2f} after {seconds}s: measuring anyway.", flush=True)
    return load


def versions(venv: Path) -> str:
    import django

    wagtail = run(
        venv / "bin" / "python",
        "-c",
        "import django, wagtail; print(wagtail.__version__, django.get_version())",
        timeout=60,
    ).split()
    return (
        f"Wagtail {wagtail[0]} on Django {wagtail[1]}; Premiere on Django {django.get_version()}; "
        f"Python {sys.version.split()[0]}"
    )


def profile(venv: Path, site: Path, args) -> None:
    """Print each page's queries, time and cProfile's split, in-process (no server, no wrk)."""
    premiere_env = {
        "PREMIERE_DATA_DIR": args.data_dir,
        "DATABASE_URL": "postgres://premiere:premiere@127.0.0.1:5432/premiere",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        **os.environ,
        "BENCH_PATH": args.path,
    }
    premiere = Path(sys.executable).parent / "premiere"
    wagtail_env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS, "BENCH_PATH": f"/{SLUG}/"}
    for name, command, env, cwd in (
        ("Premiere", [premiere, "shell", "-c", PROFILE], premiere_env, ROOT),
        (
            "Wagtail",
            [venv / "bin" / "python", "manage.py", "shell", "-c", PROFILE],
            wagtail_env,
            site,
        ),
    ):
        out = run(*command, "-v0", timeout=600, env=env, cwd=cwd).strip().splitlines()[-1]
        result = json.loads(out)
        shares = ", ".join(f"{group} {share:.0%}" for group, share in result["share"].items())
        print(
            f"{name}: {result['ms']:.1f} ms a page, {result['queries']} queries "
            f"({result['db_ms']:.1f} ms in the database); under cProfile: {shares}",
            flush=True,
        )


def main() -> None:
    args = parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wagtail: wrk is not installed (apt-get install wrk).")
    home = Path(args.home)
    venv = install(home)
    site = build(home, venv, Path(args.data_dir))
    print(versions(venv), flush=True)
    if args.profile:
        print(f"load average (1 min): {wait_until_quiet(args.quiet_load, args.quiet_wait):.2f}")
        profile(venv, site, args)
        return
    port = free_port()
    wagtail_url = f"http://127.0.0.1:{port}/{SLUG}/"
    server = serve(venv, site, port)
    static = None
    try:
        page = wait_for(wagtail_url, server)
        print(f"Wagtail serves {wagtail_url} ({len(page)} bytes)", flush=True)
        static_url, static = stack.static_copy(args.nginx, args.path, args.data_dir)
        shape = f"{gunicorn_conf.workers} × {gunicorn_conf.threads}"
        targets = {
            "nginx, the page as a static file": static_url,
            "Premiere through nginx (microcache)": args.nginx + args.path,
            "Premiere app instance, made each time": args.app + args.path + "#uncached",
            f"Wagtail (gunicorn {shape}), made each time": wagtail_url + "#uncached",
        }
        start = wait_until_quiet(args.quiet_load, args.quiet_wait)
        results = stack.measure(
            targets, seconds=args.seconds, rounds=args.rounds, connections=args.connections
        )
        end = os.getloadavg()[0]
    finally:
        stop(server)
        if static is not None:
            static.unlink(missing_ok=True)
    summary = stack.print_table(results, width=44)
    rows = list(summary.values())
    cached = rows[1]["rps"] / rows[0]["rps"]
    uncached = rows[2]["rps"] / rows[3]["rps"]
    print(f"\nPremiere made each time ÷ Wagtail made each time: {uncached:.2f}")
    for name, ratio, goal in (
        ("cached ≥ 0.5 × the static file", cached, 0.5),
        ("uncached ≥ 4 × Wagtail uncached", uncached, 4),
    ):
        print(f"target {name}: {ratio:.3f} — {'met' if ratio >= goal else 'NOT met'}")
    print(f"load average (1 min): {start:.2f} at the start, {end:.2f} at the end")
    print(f"Loaded {len(targets)} targets × {args.rounds} rounds × {args.seconds}s.")


if __name__ == "__main__":
    main()
