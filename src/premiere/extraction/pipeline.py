"""The entry point: read a document once, then let each rule family look at each sentence.

Rules prefer missing a fact to inventing one: an editor reviews every suggestion, and a wrong
one costs more trust than a missed one.
"""

import re
from dataclasses import replace

from .dates import FuzzyDate
from .entities import (
    ASIDE_WORDS,
    Names,
    company_names,
    entities_in,
    focus_of,
    in_aside,
    not_in_passing,
    outside_asides,
)
from .frames import Frame, frame_of
from .gazetteer import Gazetteer
from .language import language_of
from .listings import BULLET, SHOW_NOTE, TIMED_ITEM
from .marked import (
    as_named,
    echoed,
    headline_objects,
    listed_headings,
    marked_titles,
    no_work,
    paragraph_labels,
    spotted_elsewhere,
    taglines_of,
    without_its_date,
)
from .model_titles import spotted_titles
from .regions import HOME_COUNTRY, WORLDWIDE, country_of_places, regions_named
from .roundups import Roundup
from .rules.credits import credit_rules, drop_departed
from .rules.festivals import FestivalRun
from .rules.markets import release_value
from .rules.merging import most_exact
from .rules.new_titles import new_title_rules
from .rules.openings import weekend_openings
from .rules.placements import placement_rules
from .rules.releases import REFERS_BACK, release_rules
from .rules.same_day import same_day_releases
from .rules.sources import source_rules
from .rules.statuses import status_rules
from .schedules import EpisodeSchedule
from .seasons import seasons_in, show_of_season
from .story import (
    broadcasters_of,
    companies_named,
    is_box_office,
    kind_of_story,
    market_of,
    market_of_cinemas,
    person_of,
    service_of,
)
from .suggestion import Context, Document, Kind, Subject, Suggestion
from .text import Sentence, clean, normalize_name, sentences
from .title_names import TITLE_SPAN, title_cased
from .titles import Spotter
from .vocabulary import (
    ANY_PLATFORM,
    DESCRIBES_PERSON,
    FESTIVAL_COUNTRY,
    SERVICE_NAMES,
    SHARED_CHANNELS,
    STREAMER_NAMES,
    channel_alone,
    festival_of,
    media_of,
    platform_named,
)
from .vocabulary import (
    WORLDWIDE as WORLDWIDE_SAID,
)
from .when import PLACEHOLDER_DAY, find_dates, in_the_year_of
from .writing import reading

MOST_ITALICS = 2_000  # a story sets a few dozen phrases in italics; hostile input, millions


def extract(document: Document, gazetteer: Gazetteer) -> list[Suggestion]:
    """Return the facts found in a document, in the order they appear.

    Without `document.published`, dates that only the publication day can place ("June 7",
    "next year") are left out rather than guessed.
    """
    # ("le 06/10" is 6 October; "fiscal Q2" is the company's, where the story says when its
    # year starts)
    language = language_of(document.text)
    if len(document.emphasized) > MOST_ITALICS:
        # (a story sets a few dozen phrases in italics; a million would hold a worker for a
        # minute, every phrase looked for in every sentence)
        document = replace(document, emphasized=document.emphasized[:MOST_ITALICS])
    with reading(document.text, language):
        return _extract(document, gazetteer, language)


def _extract(document: Document, gazetteer: Gazetteer, language: str) -> list[Suggestion]:
    published = document.published
    # Each sentence is split and scanned for names once; the focus and the rules share that.
    parts, offset = [], 0
    for weight, part in ((3, document.headline), (2, document.standfirst), (1, document.body)):
        if part:
            offset += len(part) + 1
            parts.append((offset, weight))
    text = clean(document.text)
    companies = company_names(text, gazetteer)
    read = [(sentence, entities_in(sentence, gazetteer, companies)) for sentence in sentences(text)]
    focus, franchise_id = focus_of(parts, read, gazetteer)
    box_office = is_box_office(read[:OPENING])
    market = market_of(read[:OPENING], text, language, box_office=box_office)
    context = Context(
        gazetteer=gazetteer,
        published=published,
        focus=focus,
        franchise_id=franchise_id,
        market=market,
        cinema_market=market_of_cinemas(read[:OPENING], market, language, box_office),
        language=language,
        home=HOME_COUNTRY.get(language, ""),
        service=_listing_service(read[:OPENING]),
        box_office=box_office,
        kind=kind_of_story(read[:OPENING]),
        company_short=companies_named(text),
        person=person_of(document.headline, read, gazetteer),
    )
    if context.person:
        context.people[context.person.split()[-1]] = context.person  # "Kowalczyk wrote…"
    mentioned: dict = {}
    headline_named: dict = {}
    # (a listing's heading may give its title's day: "## Lanterna Fria - 17 de agosto - PS5")
    bare_headings = {h.strip(): without_its_date(h.strip(), published) for h in document.headings}
    listing = listed_headings(tuple(bare_headings.values()), language)
    # (a listing's headings read as titles already, subtitles after a colon included)
    # ("**The Copper Saint:** The western…": a paragraph's label, its title before the colon)
    labels = marked_titles(paragraph_labels(document.emphasized, text), context, True)
    context.labels = labels
    taglines = taglines_of(document.emphasized, text, language)
    emphasized = tuple(
        as_named(without_its_date(e, published))
        for e in document.emphasized
        if not e.endswith(":") and not no_work(e, context.language, published) and e not in taglines
    )
    marked = marked_titles(emphasized, context) | marked_titles(listing, context, True)
    marked |= labels
    # In a listing of works, a heading that is no title opens a part about something else:
    # "the March 17 release" under it is not the title of the part above.
    other_parts = (
        {h for h, bare in bare_headings.items() if bare not in listing} if listing else set()
    )
    marked |= marked_titles(headline_objects(other_parts, document.body), context)
    context.marked = marked
    echoes = spotted_elsewhere(read, context, marked)
    spotter = Spotter(context)
    roundup = Roundup(spotter)
    frame = frame_of(read, published) if published else None
    framed = Frame(frame, context) if frame else None
    last_date, since = None, 0  # the date read last (see same_day_releases), sentences ago
    listed_cards, listed_since = [], 0  # a listing's last row's releases, sentences ago
    schedule = None  # an episode table being read
    episode_rows = []  # where its rows are
    festival_run = FestivalRun()
    # the last day or month the story wrote with its year ahead of publication, and where
    anchor, previous_end = None, 0
    for index, (sentence, located) in enumerate(read):
        context.current_text = sentence.text
        if _page_stamp(sentence.text):
            continue  # "Published October 3, 2027 at 6:20 pm": the page's, not a work's
        if schedule is not None and schedule.read(sentence.text):
            episode_rows.append((sentence.start, sentence.start + len(sentence.text)))
            continue  # a row's episode title is no title of the catalog's
        schedule = None
        if EpisodeSchedule.opens(sentence.text) and (context.last_title or context.focus):
            schedule = EpisodeSchedule(context.last_title or context.focus, sentence.text, context)
            continue
        if sentence.text.strip() in other_parts:
            context.last_title = context.just_before = spotter.heading = None
        spoken_of = context.last_title
        found_before = len(context.found)
        for loc in located:
            mentioned.setdefault((loc.entry.kind, loc.entry.id), (loc.entry, sentence.text))
        located = seasons_in(
            sentence,
            spotter.spot(sentence, echoed(sentence, located, echoes, marked, labels)),
            context,
        )
        if (heading := spotter.heading) is not None:
            # "The Long Con (Season 2)" heads the lines below as the season, not the show
            spotter.heading = next(
                (loc for loc in located if loc.start == heading.start and loc.end >= heading.end),
                heading,
            )
        if " title" in sentence.text or " name" in sentence.text or " as " in sentence.text:
            _note_other_name(sentence.text, located, context)
        if spans := new_title_rules(sentence, located, context):
            located = Names(loc for loc in located if not any(a <= loc.start < b for a, b in spans))
        # Where the story first names each new title, in its text (the headline only if
        # nothing else names it): the sentence its card quotes.
        named = headline_named if sentence.start < len(document.headline) else context.first_named
        for loc in located:
            if loc.entry.id is None and loc.entry.kind == "title":
                named.setdefault(normalize_name(loc.entry.name), sentence.text)
        if "estival" in sentence.text and (festival := festival_of(sentence.text)):
            context.festival = festival
            if festival not in FESTIVAL_COUNTRY and (place := country_of_places(sentence.text)):
                # "the Harbourlight Film Festival in Sydney": where its screenings are
                context.festival_countries.setdefault(festival, place)
        dates = without_dateline(sentence.text, find_dates(sentence.text, published))
        titles = {loc.entry.name for loc in located.of_kinds()[1]}
        if anchor is not None and (
            # a title, the one the day was written for, anywhere on (not another title's
            # dates: "Universal delayed Relay from April 16th…" after "…to February 2028")
            titles <= anchor[2]
            if titles
            # none: a sentence or two on in the same paragraph ("…on January 28, 2028. In
            # Austria the film follows on February 4"), or anywhere on, pointing back at the
            # title the day was written for ("The film will then stream on Corvid+ from
            # December 17" after its September 2027 premiere)
            else (
                (
                    "\n\n" not in text[previous_end : sentence.start]
                    and index - anchor[1] <= ANCHOR_SENTENCES
                )
                or (context.last_title is not None and context.last_title.name in anchor[2])
            )
        ):
            dates = in_the_year_of(dates, anchor[0], published)
        same_line = "\n" not in text[previous_end : sentence.start]  # a row's blurb runs on
        previous_end = sentence.start + len(sentence.text)
        if written := [d for d in dates if _written_in_full(d, published)]:
            anchor = (written[-1].when.start, index, titles)
        dates = festival_run.read(sentence, located, dates, context)  # its run: no release
        if not dates:
            _note_where_it_streams(sentence.text, located, context)
            if channel := channel_alone(sentence.text):
                context.service = channel  # "**ABC**" over its shows' rows: theirs
        _note_rights(sentence.text, located, context)
        listed = roundup.read(sentence, located)
        for title, date, supported in listed:
            line = Sentence(supported, sentence.start)
            release_rules(line, Names([title]), [date], context, heading=title, dated_list=True)
        if listed:
            spotter.row_listed()
        item = None if listed else spotter.dated_item(sentence, located, same_line)
        if item and spotter.row_country:
            title, date = item
            market, context.market = context.market, spotter.row_country
            release_rules(sentence, Names([title]), [date], context, heading=title, dated_list=True)
            context.market = market  # "December 16:" over "- Germany": the day there
        elif item:
            title, date = item
            # "- Hollow Pines (Season 2)": the season the row names
            title = seasons_in(sentence, Names([title]), context)[0]
            located = Names(sorted([*located, title], key=lambda loc: loc.start))
            release_rules(sentence, located, [date], context, heading=title, dated_list=True)
        if item and spotter.date_heading_text:
            # the card quotes the day over the row and the row: "December 16:" / "Germany"
            row = bullet["item"] if (bullet := BULLET.match(sentence.text)) else sentence.text
            quote = f"{spotter.date_heading_text}\n{row}"
            for suggestion in context.found[found_before:]:
                if suggestion.kind in RELEASES and suggestion.sentence == sentence.text:
                    suggestion.sentence = quote
            if spotter.timed_row:  # "8 p.m. — The Lamplighters": on the air
                _opens_as(context.found[found_before:], title, "tv")
        elif not listed:
            heading = spotter.heading_for(sentence)
            release_rules(sentence, located, dates, context, heading=heading)
            if dates and TIMED_ITEM.match(sentence.text.lstrip("-*• ")):
                # "- 9 p.m. — Blackwater County (series premiere, Sept. 20)": on the air
                for suggestion in context.found[found_before:]:
                    if suggestion.kind == Kind.RELEASE and not suggestion.value["medium"]:
                        suggestion.value["medium"] = "tv"
            if heading is not None and spotter.heading_medium:
                _opens_as(context.found[found_before:], heading, spotter.heading_medium)
            if not dates and last_date and since <= SAME_DAY_REACH:
                same_day_releases(sentence, located, last_date, context)
        if framed and not listed and not item:
            framed.read(sentence, located, dates)
        weekend_openings(sentence, located, context)
        status_rules(sentence, located, context)
        credit_rules(sentence, located, context, heading=spotter.heading)
        placement_rules(sentence, located, context)
        source_rules(sentence, context)
        # "X and Y star as two engineers. Z directs from a script by W.": a run of credits
        # stays with the title the first was given to.
        credited = next(
            (s.subject for s in context.found[found_before:] if s.kind == "credit"), None
        )
        context.just_before = _one_title(sentence.text, located, context, spoken_of, credited)
        _note_what_it_is(sentence.text, located, context, spoken_of)
        read_here = [s for s in context.found[found_before:] if s.kind in RELEASES]
        if (bullet := BULLET.match(sentence.text)) is not None:
            for suggestion in read_here:  # the card quotes a list's row without its mark
                if suggestion.sentence == sentence.text:
                    suggestion.sentence = bullet["item"]
        if read_here and dates:  # "…moved to July 31, and Z returns to theaters that weekend"
            last = (read_here[-1].subject.key, read_here[-1].value)
            same_day_releases(sentence, located, last, context, after=dates[-1].end)
        last_date, since = _date_read(read_here, dates, context) or (last_date, since + 1)
        if read_here and (listed or item):
            listed_cards, listed_since = read_here, 0
        elif not dates and listed_cards and listed_since < FIELD_REACH:
            listed_since += 1
            if AIRS_FIELD.match(sentence.text):
                _airs_on(listed_cards, sentence.text, context)  # "When: 10 p.m. on FX."
    mentions = [
        Suggestion(Kind.MENTION, Subject.of(entry), {}, text, 0.9)
        for entry, text in mentioned.values()
    ]
    if schedule is not None:
        schedule.read("")
    for name, text in headline_named.items():
        context.first_named.setdefault(name, text)
    if framed:
        framed.finish()
    found = drop_departed(context.found, context)
    facts = _where_told(
        most_exact(
            _one_move_each(_labelled_moves(_season_over_show(_under_one_name(found, context))))
        )
    )
    new = new_entities(facts, context)
    new += spotted_titles(document, read, context, [*mentions, *facts, *new], episode_rows)
    found = _in_title_case(mentions + new + _who_makes_it(new, facts))
    return _as_written(found, read, document.text)


def _where_told(found: list[Suggestion]) -> list[Suggestion]:
    """Drop a worldwide release that the story tells again with its country: "'Salt Year' Set
    For Limited Release On Christmas Day" is the body's "will open on Dec. 25 in New York
    and Los Angeles", not a second release everywhere. (Not a day the story says is
    worldwide, nor one on another channel: BBC One's and Netflix's same day are two.)"""
    placed = {
        (s.subject.key, s.value["date"], s.value["channel"])
        for s in found
        if s.kind == Kind.RELEASE and s.value["region"] != WORLDWIDE
    }
    return [
        s
        for s in found
        if not (
            s.kind == Kind.RELEASE
            and s.value["region"] == WORLDWIDE
            and (s.subject.key, s.value["date"], s.value["channel"]) in placed
            and not WORLDWIDE_SAID.search(s.sentence)
        )
    ]


# The same work's other name: "…, which will be released outside Japan under the English title
# Blade of the Heat Haze".
OTHER_NAME = re.compile(
    r"\b(?:under|with|by)\s+(?:the|its)\s+(?:English|international|Western|US|American|"
    r"English-language|localized|localised|Japanese|original)\s+(?:title|name),?\s+[\"“]?"
    r"(?P<name>" + TITLE_SPAN + r")"
)


# "'Hoshifuru Machi no Tegami' Gets North American Release as 'Letters From the Starfall Town'"
RELEASED_AS = re.compile(
    r"\b(?:[Rr]elease[sd]?|[Rr]etitled|[Kk]nown)\s+as\s+[\"“'‘]?(?P<name>" + TITLE_SPAN + r")"
)


def _note_other_name(text: str, located: Names, context: Context) -> None:
    for match in [*OTHER_NAME.finditer(text), *RELEASED_AS.finditer(text)]:
        work = located.last_before(match.start("name") - 1)
        if work is not None and work.start < match.start():
            subject = Subject.of(work.entry)
        elif context.last_title is not None and REFERS_BACK.search(text, 0, match.start()):
            subject = context.last_title  # "…will release the film under its English title"
        else:
            continue
        name = match.group("name").rstrip(".,;:!?'’\"”")
        if normalize_name(name) != normalize_name(subject.name):
            context.other_names[normalize_name(name)] = subject
            context.aliases.setdefault(subject.key, []).append(name)


# A listing's two labels for one title, the date it had and the date it has now:
# "Scheduled Release Date: December 22nd, 2027" then "Expected Release Date: December 20th, 2028".
OLD_DATE_LABEL = re.compile(
    r"^\W*(?:original|scheduled|previous|initial|old|former)\s+release\s+date\s*:", re.I
)
NEW_DATE_LABEL = re.compile(
    r"^\W*(?:expected|new|revised|current|updated)\s+release\s+date\s*:", re.I
)


def _labelled_moves(found: list[Suggestion]) -> list[Suggestion]:
    """A title's old label and new label are one move, from the old date to the new one,
    where they were two releases, the old one among them."""
    releases = [s for s in found if s.kind == Kind.RELEASE]
    gone = set()
    for new in releases:
        if not NEW_DATE_LABEL.match(new.sentence):
            continue
        old = next(
            (
                s
                for s in releases
                if _same_market(s, new) and OLD_DATE_LABEL.match(s.sentence) and id(s) not in gone
            ),
            None,
        )
        if old is None:
            continue
        gone.add(id(old))
        new.kind = Kind.RELEASE_MOVE
        value = {k: new.value[k] for k in ("region", "medium", "channel") if k in new.value}
        new.value = {"to": new.value["date"], **value, "from": old.value["date"]}
        new.sentence = f"{old.sentence}\n{new.sentence}"
    return [s for s in found if id(s) not in gone]


def _one_move_each(found: list[Suggestion]) -> list[Suggestion]:
    """A headline's "Delayed to Early 2028" beside the body's "from October 2027 to 2028":
    one move, the one that says where from, to the more exact of the two dates."""
    moves = [s for s in found if s.kind == Kind.RELEASE_MOVE]
    if len(moves) < 2:
        return found
    told = [s for s in moves if s.value.get("from")]
    merged = set()
    for move in moves:
        if move.value.get("from"):
            continue
        to = FuzzyDate.parse(move.value["to"])
        for other in told:
            if _same_market(move, other) and (
                (wider := FuzzyDate.parse(other.value["to"])).contains(to) or to.contains(wider)
            ):
                if wider.contains(to):
                    other.value["to"] = move.value["to"]
                merged.add(id(move))
                break
    return [s for s in found if id(s) not in merged]


def _season_over_show(found: list[Suggestion]) -> list[Suggestion]:
    """A grid's "*Tall Pines* (Season Premiere)" on the day the prose gave "the season two
    premiere of Tall Pines": one card, the season's, with the grid's channel."""
    seasons = {}
    for s in found:
        if s.kind == Kind.RELEASE and (show := SEASON_SUFFIX.sub("", s.subject.name)) != (
            s.subject.name
        ):
            seasons.setdefault((normalize_name(show), s.value["date"]), []).append(s)
    if not seasons:
        return found
    gone = set()
    for s in found:
        if s.kind != Kind.RELEASE or s.subject.subkind == "season":
            continue
        for season in seasons.get((normalize_name(s.subject.name), s.value["date"]), ()):
            if all(  # the same release, one of them saying less: not the show elsewhere
                season.value.get(key) in ("", s.value.get(key, "")) or not s.value.get(key)
                for key in ("region", "medium", "channel")
            ):
                for key in ("region", "medium", "channel"):
                    season.value[key] = season.value.get(key) or s.value.get(key, "")
                gone.add(id(s))
                break
    return [s for s in found if id(s) not in gone]


def _same_market(one: Suggestion, other: Suggestion) -> bool:
    return one.subject.key == other.subject.key and all(
        one.value.get(k) == other.value.get(k) for k in ("region", "medium", "channel")
    )


def _under_one_name(found: list[Suggestion], context: Context) -> list[Suggestion]:
    """A work's facts under the name the story gives it first, its other name an alias: the
    English title's developer is the Japanese title's."""
    if not context.other_names:
        return found
    for suggestion in found:
        subject = suggestion.subject
        if subject and subject.kind == "title" and subject.id is None:
            work = context.other_names.get(normalize_name(subject.name))
            if work is not None and work.key != subject.key:
                suggestion.subject = work
    return found


_SPACE = re.compile(r"\s*")


SEASON_SUFFIX = re.compile(r"\s+—\s+Season\s+\d+$")


def _in_title_case(found: list[Suggestion]) -> list[Suggestion]:
    """A listing that sets its titles in capitals ("**THE NIGHT LEDGER**") proposes them as
    a catalog writes them ("The Night Ledger"), not as a headline shouts them."""
    renamed = {}
    for suggestion in found:
        subject = suggestion.subject
        if subject is not None and subject.id is None and subject.kind == "title":
            show = SEASON_SUFFIX.sub("", subject.name)
            letters = [c for c in show if c.isalpha()]
            if len(letters) >= 4 and all(c.isupper() for c in letters):
                renamed[show] = title_cased(show)
    if not renamed:
        return found
    for suggestion in found:
        if suggestion.subject is not None and suggestion.subject.id is None:
            show = SEASON_SUFFIX.sub("", suggestion.subject.name)
            if show in renamed:
                name = renamed[show] + suggestion.subject.name[len(show) :]
                suggestion.subject = replace(suggestion.subject, name=name)
        for field_name in ("name", "parent"):
            value = suggestion.value.get(field_name)
            if isinstance(value, str) and SEASON_SUFFIX.sub("", value) in renamed:
                show = SEASON_SUFFIX.sub("", value)
                suggestion.value[field_name] = renamed[show] + value[len(show) :]
    return found


def _as_written(found: list[Suggestion], read: list, original: str) -> list[Suggestion]:
    """Each suggestion's sentence as the story writes it (« guillemets », “curly quotes”, en
    dashes), not as the rules read it: the editor checks it against the story, and the desk
    looks for it there when the story changes. The rules' text has the same length."""
    written = {}
    for sentence, _located in read:
        start = _SPACE.match(original, sentence.start).end()
        written[sentence.text] = original[start : start + len(sentence.text)]
    for suggestion in found:
        parts = suggestion.sentence.split("\n")
        suggestion.sentence = "\n".join(written.get(part, part) for part in parts)
    return found


def _listing_service(opening) -> tuple:
    """How a listing's rows come out: the one service it is about ("New on Netflix"), else
    the one channel it opens on as its subject ("CBC Television has set its fall schedule")."""
    service = service_of(opening)
    if service[1]:
        return service
    channels = broadcasters_of(opening)
    return ("tv", channels.pop()) if len(channels) == 1 else ("", "")


def _note_where_it_streams(text: str, located: Names, context: Context) -> None:
    """ "Season 4 of Marrowgate arrives on Peacock." with no date: the service is the one the
    next sentence's date ("…will debut on June 3") comes out on."""
    subject = subject_of(text, located) or context.last_title
    if subject is None:
        return
    if by := SERVICE_SAYS.match(text):  # "Apple TV+ has set a date for Copperline."
        service = ("streaming", STREAMER_NAMES[by.group("service")])
        for each in (subject, show_of_season(subject, context)):
            if each is not None:  # "Netflix has renewed Saltmarsh": its other seasons too
                context.services[each.key] = service
        return
    [(medium, channel)] = media_of(text, subject)[:1] or [("", "")]
    if medium == "streaming":
        context.services[subject.key] = (medium, channel)
    elif medium == "platform" and (named := PLATFORM_VERSION.search(text)):
        # "A Switch 2 version is in the works. That version follows on May 14."
        context.version = (subject.key, (medium, platform_named(named)))


def _note_rights(text: str, located: Names, context: Context) -> None:
    """ "Loomis Pictures has picked up North American rights to X. Loomis will release it in
    select theaters on April 16": the dates the buyer sets for X are in those countries."""
    if "rights" not in text or not (bought := RIGHTS_BOUGHT.search(text)):
        return
    where = [code for _, _, code in regions_named(bought.group("where"))]
    after = [loc for loc in located.of_kinds()[1] if loc.start >= bought.end()]
    subject = Subject.of(after[0].entry) if after else context.last_title
    if where and subject is not None:
        context.rights[subject.key] = where


# "has picked up North American rights to", "acquired exclusive U.S. distribution rights to"
RIGHTS_BOUGHT = re.compile(
    r"\b(?:picked\s+up|acquired|acquires|bought|buys|landed|lands|snapped\s+up|nabbed|"
    r"scooped\s+up|secured|secures)\s+(?:the\s+)?(?:(?:all|exclusive)\s+)*"
    r"(?P<where>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+"
    r"(?:(?:distribution|theatrical|release|streaming)\s+)?rights\b"
)


# "A Switch 2 version", "the PS5 port": one platform's edition, which "that version" names next.
PLATFORM_VERSION = re.compile(rf"\b(?P<platform>{ANY_PLATFORM})\s+(?:version|port|edition)\b")


# A service saying something of its show, first in the sentence: its show streams there
# ("Hulu has renewed X", "Hulu also set a date for X", "Hulu has added two names to the cast
# of X").
SERVICE_SAYS = re.compile(
    r"^\W*(?P<service>"
    + SERVICE_NAMES
    # (an adverb only after its auxiliary, or "also": "Max Landis confirmed…" is a man)
    + r")\s+(?:(?:has|have|will|is|just)\s+(?:\w+\s+)?|(?:also|officially)\s+)?"
    r"(?:set|dated|announced|revealed|confirmed|renewed|ordered|picked\s+up|given|released|"
    r"added|unveiled)\b"
)


# What a sentence calls the title it is about: "The series opens with two episodes", "its
# eight-part mystery", "the six-episode limited series".
CALLED = re.compile(
    r"^\W*(?:the|this|its)\s+(?:[\w-]+\s+){0,2}?(?P<noun>series|show|miniseries|sitcom|game)\b|"
    r"\b(?P<parts>(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-(?:part|episode))\b|"
    r"\blimited\s+series\b|\b(?:a\s+single|one)\s+season\s+of\b|"
    r"\b(?:a\s+single|one)\s+episode\b|"
    # "This fall, her own series, The Lamplighters, premieres": the title set off after it
    r"\b(?:series|miniseries|sitcom),\s+[\"“*_]?(?=[A-Z])|"
    r"\bseason\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})\s+episodes\b",
    re.IGNORECASE,
)


def _note_what_it_is(text: str, located: Names, context: Context, spoken_of) -> None:
    """Note what the story calls the title it is about, for a new title's kind: a film is
    only the guess when nothing says. "The show…" opening a sentence is the title spoken of
    before it ("The show is created by X, who also wrote Lowland": not Lowland)."""
    if len(located.of_kinds()[1]) > 1 or (match := CALLED.search(text)) is None:
        return
    subject = spoken_of if match.group("noun") else subject_of(text, located) or spoken_of
    if subject is None or subject.id is not None:
        return
    noun = (match.group("noun") or "series").lower()
    context.called.setdefault(subject.key, "game" if noun == "game" else "series")


def _one_title(
    text: str, located: Names, context: Context, spoken_of, credited=None
) -> Subject | None:
    """Note the title a sentence is about as the one "the film" points back at, and return
    it when it is the sentence's only title (or one a rule just named, with none located):
    a next sentence naming none ("Chad Stahelski will direct.") is about it."""
    # not the titles of its asides ("…, whose debut X…") nor those it names in passing
    main = not_in_passing(text, outside_asides(text, located))
    if subject := subject_of(text, not_in_passing(text, located)):
        context.last_title = subject
    titles = {(loc.entry.id, loc.entry.name) for loc in main.of_kinds()[1]}
    if not titles:
        if credited is not None:
            return credited
        if (
            context.last_title is not spoken_of
            or JOINS_ITS_CAST.search(text)
            or (context.last_title is not None and REFERS_BACK.search(text))
        ):
            # "The game launches in Japan on May 20. A worldwide release follows…": the
            # title the sentence pointed back at is the one the next is about
            return context.last_title
        if text[:1] in '"“' or SAID_ENDING.search(text):
            # someone quoted on it ("'A film that is funny,' said its buyer."): the story is
            # still on the title the sentence before was about
            return context.just_before
        return None
    return subject if len(titles) == 1 else None


# A quotation's attribution ending a sentence: "…," said Harrowgate's Tobias Renwick.
SAID_ENDING = re.compile(r"[\"”]\s*,?\s*(?:said|says|added|explained)\b[^\"“”]{0,80}$")
# "Three new faces join the cast for season three.": the cast of the title spoken of, whose
# credits the next sentences give without naming it.
JOINS_ITS_CAST = re.compile(
    r"\b(?:join(?:s|ed|ing)?|round(?:s|ed)?\s+out|add(?:s|ed)?\s+to)\s+the\s+(?:\w+\s+)?cast\b|"
    r"\bnew\s+(?:faces|cast\s+members)\b",
    re.I,
)
RELEASES = (Kind.RELEASE, Kind.RELEASE_MOVE)
# A title named as a point of reference: "the follow-up to the first Extraction", "bigger
# than Dune".
REFERENCE_BEFORE = re.compile(
    r"\b(?:follow-?up\s+to|sequel\s+to|prequel\s+to|the\s+first|the\s+original|like|than|"
    r"behind)\s+(?:the\s+)?$",
    re.I,
)


def subject_of(text: str, located: Names) -> Subject | None:
    """The title a sentence is about, which "the film" in the next one points back at: the
    first one named, unless it only says who someone is ("Torchwood's Eve Myles"), stands in
    brackets ("of Production IG (Ghost in the Shell, Psycho-Pass)") or is a point of
    reference ("the follow-up to the first Extraction")."""
    asides = any(word in text for word in ASIDE_WORDS)  # once: a sentence may name thousands
    for loc in located.of_kinds()[1]:
        if DESCRIBES_PERSON.match(text, loc.end):
            continue
        if text.rfind("(", 0, loc.start) > text.rfind(")", 0, loc.start):
            continue
        if REFERENCE_BEFORE.search(text, max(0, loc.start - 30), loc.start):
            continue
        if asides and in_aside(text, loc.start):
            continue  # "…, whose debut Paper Lanterns screened in 2022, The Salt Orchard…"
        return Subject.of(loc.entry)
    return None


# The headline and the first sentences, where a story says which country's market it covers
# (a dateline or a byline may come first).
OPENING = 3


ANCHOR_SENTENCES = 2  # how far on a day written in full sets the year of those without one


def _written_in_full(mention, published) -> bool:
    """A day or month written with its year, after the publication day: the story's year."""
    when = mention.when
    return (
        not mention.relative
        and when.precision in ("day", "month")
        and published is not None
        and when.start > published
    )


# "On its new date, it will rival Y": the date read in one of the last two sentences.
SAME_DAY_REACH = 2


# A press release's dateline after its day: "(Burbank, CA) -", "/PRNewswire/ --"
PRESS_DATELINE = re.compile(r"(?:\([A-Z][^()]{1,40}\)|/[A-Za-z-]+/)\s*[-–—]")
DATELINE_WORDS = 10  # a list row ("June 7: Ballerina") is shorter than a dateline's sentence


# A page's own time stamp, kept with the copy: "Published October 3, 2027 at 6:20 pm",
# "Publié le 10 mars 2027 à 14h05", "El 16 de abril 2027 | 12:40", "Updated: 3/10/2027".
PAGE_STAMP = re.compile(
    r"^\W*(?:published|updated|last\s+updated|posted|publié|mis\s+à\s+jour|publicado|"
    r"actualizado|veröffentlicht|aktualisiert|pubblicato|aggiornato|el)\b(?:\s+(?:on|le|am|il))?",
    re.I,
)
CLOCK_TIME = re.compile(r"\b\d{1,2}[:.h]\d\d\b")
STAMP_TIME = re.compile(
    r"\b\d{1,2}[:.h]\d\d\s*(?:[ap]\.?m\.?|uhr|h)?|\b\d{1,2}\s*[ap]\.?m\.?|\b(?:at|à|um|alle|a\s+las)\b|"
    r"\b(?-i:[A-Z]{2,4}T)\b",
    re.I,
)


def _page_stamp(text: str) -> bool:
    """Whether a line is only the page's own date and hour after its label (a Spanish "El"
    with its hour: "El 12 de marzo" alone heads a list of that day's games)."""
    label = PAGE_STAMP.match(text)
    if label is None or len(text) > 80:
        return False
    if label.group(0).strip().lower() == "el" and not CLOCK_TIME.search(text):
        return False
    rest = text[label.end() :]
    dates = find_dates(rest, PLACEHOLDER_DAY)
    if not dates:
        return False
    for mention in reversed(dates):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    return not any(c.isalnum() for c in STAMP_TIME.sub(" ", rest))


def without_dateline(text: str, dates: list) -> list:
    """A wire story's dateline opening a sentence of prose ("Nov 2: Netflix will debut three
    of its films…") is when it was filed, not a release."""
    if not dates or dates[0].start > 2 or len(text.split()) <= DATELINE_WORDS:
        return dates
    rest = text[dates[0].end :].lstrip()
    if PRESS_DATELINE.match(rest):
        return dates[1:]  # "June 16, 2027 (Burbank, CA) - The CW Network has set…": a release's
    # Prose after the colon, not a table's row of countries ("May 30: Argentina, Brazil, …")
    # nor a schedule's row of titles ("Jan. 12: “Walker” and its prequel, …").
    after = rest[1:].lstrip()
    if (
        rest.startswith(":")
        and after[:1] not in "\"“'‘"
        and any(word[:1].islower() for word in after.split()[:6])
    ):
        return dates[1:]
    return dates


def _date_read(releases: list[Suggestion], dates, context: Context):
    """The date a sentence gave, for a later one that points back at it, as (the title it
    went to, the release's fields): the last release read from the sentence, or its one
    upcoming date that went to no title ("The sequel will continue its tale on June 7, 2019");
    with how many sentences ago (one)."""
    if releases:
        return (releases[-1].subject.key, releases[-1].value), 1
    if (
        len(dates) == 1
        and not dates[0].when.is_tba
        and not _gone(dates[0], context)
        and not _filed(dates[0], context)
    ):
        return (None, {"date": dates[0].when.canonical(), "region": context.market}), 1
    return None


def _filed(mention, context: Context) -> bool:
    """The publication day itself, which went to no title: the page's date stamp."""
    when = mention.when
    return context.published is not None and when.start == when.end == context.published


def _gone(mention, context: Context) -> bool:
    return context.published is not None and mention.when.end < context.published


# A listing's row, then its fields on lines of their own: "What: Season three of…", "When:
# 9 p.m. on AMC." The channel on the row's "When:" line is where its date is.
AIRS_FIELD = re.compile(r"^\W*(?:When|Where|Airs|Network|Channel|Watch\s+on)\s*:\s", re.I)
FIELD_REACH = 3  # lines a row's fields run to


def _airs_on(found: list[Suggestion], text: str, context: Context) -> None:
    """The releases of a listing's row that said no channel come out where its "When:" line
    says; a broadcaster's date is its own country's, as the row's date said no country."""
    media = [(medium, channel) for medium, channel in media_of(text, None) if channel]
    if len(media) != 1:
        return
    medium, channel = media[0]
    for suggestion in found:
        value = suggestion.value
        if suggestion.kind == Kind.RELEASE and not value.get("channel"):
            when = FuzzyDate.parse(value["date"])
            own = release_value(when, value["region"], medium, channel)["region"]
            value.update(
                region=_calendar_country(channel, context) or own, medium=medium, channel=channel
            )


def _calendar_country(channel: str, context: Context) -> str:
    """For a channel's name two countries' broadcasters share (TBS, Japan's and America's
    cable), the country of the calendar's other channels, where they agree on one of them."""
    if channel not in SHARED_CHANNELS:
        return ""
    others = {
        s.value["region"]
        for s in context.found
        if s.kind == Kind.RELEASE
        and s.value.get("medium") == "tv"
        and s.value["channel"] != channel
    }
    return others.pop() if len(others) == 1 and others <= SHARED_CHANNELS[channel] else ""


def _opens_as(found: list[Suggestion], heading, medium: str) -> None:
    """A date line under a listing's heading says no medium; its distributor line did
    ("Sony Pictures (Wide)"): the heading's releases read there open so."""
    for suggestion in found:
        if (
            suggestion.kind == Kind.RELEASE
            and not suggestion.value.get("medium")
            and suggestion.subject.name == heading.entry.name
        ):
            suggestion.value["medium"] = medium


SHOW_OUT = 0.7  # below "Accept all confident": the story implies it, it does not say it


def _new_show(season: dict, context: Context, proposed: set) -> Subject | None:
    """The show a new season belongs to when the catalog does not know it either, once."""
    name = season.get("parent")
    if season.get("title_kind") != "season" or not name or season.get("parent_id"):
        return None
    if any(e.kind == "title" for e in context.gazetteer.lookup(name)):
        return None
    show = Subject(kind="title", name=name, subkind="series")
    if (Kind.NEW_TITLE, show.key) in proposed or show.key in proposed:
        return None
    proposed.add((Kind.NEW_TITLE, show.key))
    return show


def new_entities(facts: list[Suggestion], context: Context) -> list[Suggestion]:
    """Propose each title or person the facts speak of that the catalog does not know, once,
    with the sentence that first names it: the editor creates it (or says which known one it
    is) and its facts follow."""
    proposed = {s.subject.key for s in facts if s.kind == Kind.NEW_TITLE and s.subject}
    found = []
    for fact in facts:
        wanted = []
        if fact.subject and fact.subject.kind == "title" and fact.subject.id is None:
            wanted.append((Kind.NEW_TITLE, fact.subject))
        if fact.kind == Kind.CREDIT and fact.value.get("company"):
            if fact.value.get("company_id") is None:
                company = Subject(kind="company", name=fact.value["company"])
                wanted.append((Kind.NEW_COMPANY, company))
        elif fact.kind == Kind.CREDIT and fact.value.get("person_id") is None:
            wanted.append((Kind.NEW_PERSON, Subject(kind="person", name=fact.value["person"])))
        for kind, subject in wanted:
            if (kind, subject.key) in proposed or subject.key in proposed:
                continue
            proposed.add((kind, subject.key))
            value = {"name": subject.name}
            if kind == Kind.NEW_TITLE and (aliases := context.aliases.get(subject.key)):
                value["aliases"] = sorted(set(aliases))  # "under the English title X"
            if kind == Kind.NEW_TITLE:
                value["title_kind"] = subject.subkind or "film"
                if value["title_kind"] == "film" and subject.key in context.called:
                    value["title_kind"] = context.called[subject.key]  # "The series opens…"
                value.update(context.season_parents.get(normalize_name(subject.name), {}))
                if show := _new_show(value, context, proposed):
                    # The season of a show nobody catalogued: the show first, then its season;
                    # a show with a second season or later has been out (said less surely).
                    new_show = {"name": show.name, "title_kind": "series"}
                    said = context.first_named.get(normalize_name(show.name), fact.sentence)
                    found.append(Suggestion(kind, show, new_show, said, fact.confidence))
                    out = {"status": "released"}
                    found.append(Suggestion(Kind.STATUS, show, out, said, SHOW_OUT))
                focus = context.focus
                if subject.subkind == "dlc" and focus and focus.subkind == "game" and focus.id:
                    # An add-on in a story about one game is that game's.
                    value.update({"parent": focus.name, "parent_id": focus.id})
            # The card shows where the story first names it (the headline, often), which
            # the fact's own sentence may not ("The director's debut…").
            said = fact.sentence
            if kind == Kind.NEW_TITLE:
                said = context.first_named.get(normalize_name(subject.name), said)
            found.append(Suggestion(kind, subject, value, said, fact.confidence))
    # A new title dated on a game platform is a game, whatever its name made it look like.
    # ("will leave early access and release in full on…": only games have early access)
    on_platforms = {
        s.subject.key
        for s in facts
        if s.kind in RELEASES
        and (s.value.get("medium") == "platform" or "early access" in s.sentence.lower())
    }
    # One a schedule's row calls a series ("- 9 p.m. — Blackwater County (series premiere,
    # Sept. 20)") is a series.
    on_the_air = {
        s.subject.key for s in facts if s.kind in RELEASES and SHOW_NOTE.search(s.sentence)
    }
    # So is one a new season belongs to ("- Brightwater (S2, two-episode premiere)").
    shows = {
        normalize_name(s.value["parent"])
        for s in [*found, *facts]
        if s.kind == Kind.NEW_TITLE
        and s.value.get("title_kind") == "season"
        and "parent" in s.value
    }
    for suggestion in [*found, *facts]:
        if suggestion.kind != Kind.NEW_TITLE:
            continue
        kind = suggestion.value.get("title_kind")
        if kind not in ("game", "dlc", "season") and suggestion.subject.key in on_platforms:
            suggestion.value["title_kind"] = "game"
        elif kind == "film" and (
            suggestion.subject.key in on_the_air or normalize_name(suggestion.subject.name) in shows
        ):
            suggestion.value["title_kind"] = "series"
    return found


def _who_makes_it(new: list[Suggestion], facts: list[Suggestion]) -> list[Suggestion]:
    """Who makes a title (see credits.COMPANY_PATTERNS) is a game's developer ("the co-op
    crawler from Cinderpath Games"), once the title is known for a game, else its studio:
    said twice ("from Northlight Pictures", "produced by Northlight Pictures"), one card."""
    games = {
        s.subject.key
        for s in [*new, *facts]
        if s.kind == Kind.NEW_TITLE and s.value.get("title_kind") in ("game", "dlc")
    }
    for fact in facts:
        if fact.kind == Kind.CREDIT and fact.value.get("role") == "maker":
            game = fact.subject.key in games or fact.subject.subkind in ("game", "dlc")
            fact.value["role"] = "developer" if game else "studio"
    seen = set()
    return [s for s in facts if s.key() not in seen and not seen.add(s.key())]
