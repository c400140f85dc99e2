"""Titles the catalog does not know, spotted by how news copy writes them.

A story about a film nobody has catalogued still tells which words are its title: the trade
press puts titles in quotes ("Deadpool 2"), names them after what they are ("the horror film
Crimes of the Future", "Adam Sandler's sports drama Hustle"), makes them the subject of a
release verb ("The Secret Life of Pets 2 will open…"), and lists them beside dates ("June 7:
Ballerina", a heading over "Release date: June 3 in theaters"). Each spotted title becomes a
`Located` without a catalog entry (its `entry.id` is None); rules treat it like a known one and
the pipeline proposes it as a new title.
"""

import re
from dataclasses import replace

from .dates import Precision
from .entities import Located, Names
from .gazetteer import Entry
from .regions import country_alone, is_subdivision, regions_named
from .seasons import FOREIGN_ORDINALS, ORDINALS
from .suggestion import Context, Hint
from .text import COMPANY_WORD, Sentence, Spans
from .vocabulary import (
    CHANNEL_CELL,
    CHANNEL_THEN_DATE,
    PLATFORM_PATTERNS,
    PLATFORMS,
    SERVICE_CELL,
    SERVICE_NAMES,
    STREAMER_NAMES,
    STREAMER_PATTERN,
    TV_CHANNEL,
    WHOSE,
)
from .when import (
    FOREIGN_WEEKDAY_NAME,
    FOREIGN_WEEKDAYS,
    MONTH_NAMES,
    MONTHS,
    WEEKDAY_NAME,
    find_dates,
)

# A word of a title: capitalized or a number ("Avatar 2", "28 Years Later", "The Bride!").
# A word is at most 40 characters: no title needs more, and a run of capitals with no space
# in hostile text must not be tried from each of its letters in turn.
# (a capital from abroad too, "Édition", and a French word after its elided article,
# "Gardiens d'Ombrelune")
_W = r"(?:(?:[dl]['’])?[A-Z0-9À-ÖØ-Þ][\w'’&!.-]{0,40}|[A-Z]\.)"
# A title starts a word: patterns that begin with one are tried at word starts only, which
# keeps them linear in the length of the text.
_START = r"(?<![\w'’&!.-])"
# Not "and": "Dakota Johnson and Leslie Mann" is two people far more often than a title.
# (and Japanese titles' particle: "Kagerou no Tsurugi", "Shingeki no Kyojin")
_SMALL = (
    r"(?:a|an|the|of|in|on|at|to|for|from|with|by|vs\.?|v\.?|or|&|de|la|le|du|des|el|y|is|no|"
    r"del|et|di|der|und)"  # (and the small words of titles from abroad: "Hijos del Volcán")
)
_PART = rf"{_W}(?:(?:\s+{_SMALL})*\s+{_W}){{0,7}}"
TITLE_SPAN = rf"{_PART}(?:\s*:\s*{_PART})?"

# A quote between a first and a last name is what someone is called, not a title.
NICKNAME = re.compile(r"\b[A-Z][a-z]+\s$")
NAME_AFTER = re.compile(r"\s[A-Z][a-z]+\b")
# A part someone plays, named in quotes: "as the bounty hunter “Saint”", "plays “Saint”".
CHARACTER_BEFORE = re.compile(
    r"(?:\b(?:as|plays|playing)\s+(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){1,3}|\b(?:plays|playing|"
    r"voices|voicing|character|nicknamed|codenamed)\s+)$"
)
# What a quotation is said with: "…," said the director; « … », a expliqué; "…", dijo.
SPOKEN_AFTER = re.compile(
    r"\s*,?\s*(?:(?:he|she|they|it)\s+)?(?:said|says|added|explained|told|wrote|recalled|noted|"
    r"a\s+(?:expliqué|déclaré|dit|ajouté|affirmé|confié|souligné|précisé|indiqué)|"
    r"(?:explicó|dijo|afirmó|añadió|aseguró|declaró)|ha\s+(?:detto|spiegato|dichiarato|aggiunto)|"
    r"(?:sagte|erklärte|betonte)|(?:disse|afirmou|explicou))\b",
    re.I,
)
# A song's name in quotes is no work of the catalog's: 'the opening theme "Glass Horizon"',
# 'the single "Paper Moon"', 'performs the song "Home"'.
SONG_BEFORE = re.compile(
    r"\b(?:theme(?:\s+song)?|song|single|track|anthem|ballad|tune|lullaby|banger|hit)\s*[,:]?\s*$",
    re.I,
)
QUOTED = re.compile(r"(?<![\w])\"([^\"\n]{1,90}?)\"|(?<![\w'])'([^'\n]{1,90}?)'(?![\w])")
# What a title is called in copy, just before it: "the horror film Crimes of the Future".
KIND_WORDS = {
    "film": "film",
    "movie": "film",
    "pic": "film",
    "picture": "film",
    "feature": "film",
    "sequel": "",
    "prequel": "",
    "spinoff": "",
    "spin-off": "",
    "reboot": "",
    "remake": "",
    "adaptation": "",
    "comedy": "film",
    "drama": "",
    "thriller": "",
    "horror": "film",
    "documentary": "film",
    "musical": "film",
    "biopic": "film",
    "blockbuster": "film",
    "actioner": "film",
    "western": "film",
    "animated": "",  # "the animated Tidewater Tales": a film or a show, the words around say
    "romcom": "film",
    "rom-com": "film",
    "series": "series",
    "show": "series",
    "miniseries": "series",
    "docuseries": "series",
    "sitcom": "series",
    "anime": "series",
    "game": "game",
    "title": "",
    "installment": "",
    "entry": "",
    "shooter": "game",
    "rpg": "game",
    "remaster": "game",
    "expansion": "dlc",
    "dlc": "dlc",
}
LOWER_WORD_BEFORE = re.compile(r"\b[a-z][\w'’-]*\s+$")
# After "the film", one work is named, so "and the" goes on with its title ("the animated film
# Pip and the Paper Moon"); not when what follows is itself a kind ("Dune and the Batman sequel").
AND_THE_TAIL = re.compile(r"\s+and\s+the\s+(?P<tail>" + _PART + r")(?!\s+[a-z]+)")
KIND_CUE = re.compile(
    r"\b(?P<kind>" + "|".join(sorted(map(re.escape, KIND_WORDS), key=len, reverse=True)) + r")"
    r"[,:]?\s+(?:(?:called|titled|named|dubbed)\s+)?(?P<name>(?-i:" + TITLE_SPAN + r"))",
    re.IGNORECASE,
)
# French, Spanish, Italian and Portuguese write titles in sentence case, so a title after its
# kind ("el drama Corazón de niebla se estrenará…", "le film Cœur de brume sortira…") runs
# from its capital to the verb or the comma that ends it, not to its first small word.
FOREIGN_KINDS = {
    **dict.fromkeys(("película", "filme", "film", "largometraje", "cinta"), "film"),
    **dict.fromkeys(("comedia", "comédie", "commedia", "comédia", "documental"), "film"),
    **dict.fromkeys(("documentaire", "documentario", "thriller", "drama", "drame"), ""),
    **dict.fromkeys(("serie", "série", "miniserie", "minisérie", "docuserie"), "series"),
    **dict.fromkeys(("videojuego", "juego", "jeu", "videogioco", "gioco", "jogo"), "game"),
    **dict.fromkeys(("rpg", "jrpg", "shooter", "metroidvania", "roguelike"), "game"),
    **dict.fromkeys(("extension", "extensión", "espansione", "expansão", "dlc"), "dlc"),
}
FOREIGN_RELEASE_VERB = (
    r"se\s+estren\w*|llega\w*|saldrá|sale|debuta\w*|aterriza\w*|estará|tendrá|ya\s+tiene|"
    r"sortira|sortiront|sort|arrive\w*|débarque\w*|sera|est|a\s+été|aura|"
    r"uscirà|esce|arriva\w*|debutterà|sarà|"
    r"chega\w*|estreia\w*|estreará|será"
)
# A title opening its sentence, then what it is: "La casa de los naranjos, el tercer
# largometraje de la directora…"
FOREIGN_APPOSED = re.compile(
    # (not "En España, la película llegará…": where, opening the sentence)
    # (or after a colon: "Malas noticias para PS5: Cumbre Roja, el juego de acción de…")
    r"(?:^\W*|:\s+)(?!(?:en|dans|au|aux|in|im|nel|nella|na|no|em|desde|tras|para|pour|a|à)\s)"
    # (nor an opening adverb or preposition: "Antes de su estreno comercial, la cinta…",
    # "Como compensación, el juego…")
    r"(?!(?i:antes|después|despues|tras|durante|según|además|aunque|mientras|como|cuando|con|"
    r"sin|por|hasta|avant|après|pendant|selon|comme|quand|lorsque|avec|sans|pour|vor|nach|"
    r"während|prima|dopo|secondo|come|quando|con|senza|per|depois|após|segundo|enfin|ainsi|"
    r"également|aussi|también|inoltre|anche|finalmente|enfin)\b)"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,6}?),\s+(?:(?:el|la|le|il|lo|o|a|un|una|une|um|"
    r"uma|son|su|sa)\s+|l['’])(?:[\w-]+\s+){0,2}?(?P<kind>"
    + "|".join(FOREIGN_KINDS)
    + r"|largometraje|lungometraggio|long-métrage)\b",
    re.IGNORECASE,
)
# German capitalises every noun, so a title after what it is ("Das Fantasy-Rollenspiel
# Nebelreich wird…", "der Thriller Kaltfront") runs from its capital to the verb or the
# preposition that ends it.
GERMAN_KINDS = {
    **dict.fromkeys(("film", "kinofilm", "animationsfilm", "horrorfilm", "spielfilm"), "film"),
    **dict.fromkeys(("komödie", "dokumentation", "doku", "fortsetzung"), "film"),
    **dict.fromkeys(("drama", "thriller"), ""),
    **dict.fromkeys(("serie", "miniserie", "dramaserie", "krimiserie", "sitcom"), "series"),
    **dict.fromkeys(("spiel", "videospiel", "rollenspiel", "actionspiel", "abenteuer"), "game"),
    **dict.fromkeys(("shooter", "strategiespiel", "adventure", "jump'n'run"), "game"),
    **dict.fromkeys(("erweiterung", "dlc"), "dlc"),
}
_GERMAN_STOP = (
    r"wird|werden|wurde|erscheint|erscheinen|startet|starten|kommt|kommen|ist|sind|soll|sollte|"
    r"von|vom|bei|im|am|ab|für|hat|haben|läuft|laufen|mit|und|auf|in|an|zum|zur|nicht|noch|"
    r"jetzt|erst|übernimmt|folgt|feiert|geht|bekommt|erhält|landet|war"
)
GERMAN_KIND_CUE = re.compile(
    r"\b(?i:das|der|die|den|dem|ein|eine|einem|einen|neue|neuen)\s+(?:[\w-]+\s+)?"
    r"(?P<kind>(?:[\w]+-)?(?i:" + "|".join(map(re.escape, GERMAN_KINDS)) + r"))\s+"
    r"(?P<name>[A-ZÄÖÜ0-9][\w'’-]*(?:\s+(?!(?:" + _GERMAN_STOP + r")\b)[\w'’-]+){0,5}?)"
    r"(?=\s+(?:" + _GERMAN_STOP + r")\b|\s*[,.;:!?–—(]|\s*$)"
)
FOREIGN_KIND_CUE = re.compile(
    r"\b(?:la|el|le|il|lo|o|a|l['’]|una?|une|um|uma|su|sa|son|sua|seu)\s+"
    r"(?:[\w-]+\s+)?(?P<kind>" + "|".join(FOREIGN_KINDS) + r"),?\s+"
    # its genre in lower case after "de"/"di": "il gioco di guida Curva Sud", "el juego de
    # acción Cumbre Roja" (not "il film di Giulia Ferranti": whose, in capitals)
    # (nor "de la directora Valeria Ortuño": whose, after an article)
    r"(?:(?:de|di|da|del|della|do|du|des)\s+(?!(?:la|el|los|las|le|les|il|lo|gli|i|a|o)\s)"
    r"(?-i:[a-zà-ÿ][a-zà-ÿ'’-]*)\s+)?"
    # what kind of one, after it: "le jeu d'aventure narratif Les Veilleurs de Brume"
    # ("il nuovo film di Giulia Ferranti": whose it is, not what kind)
    # (nor "la película está protagonizada por Lucía Ferrer": a verb ends what kind it is)
    r"(?:(?!(?:de|di|da|du|del|della|des|do|dos|von|por|par|está|es|est|sera|será|fue|ha|a|à|"
    r"en|con|avec|mit|sur|que|qui|y|et|e|und|ist|wird|è|sarà|se|si|lo|la|le|les|los|las|il|el|"
    r"un|une|una|uno|sortira|sort|llega|llegará|uscirà|esce|chega|startet|kommt)\s)"
    # ("son jeu phare, Les Gardiens de Vellune": set off by a comma too)
    r"(?-i:[a-zà-ÿ][a-zà-ÿ'’-]*),?\s+){0,3}?"
    r"(?:(?:titulad[ao]|intitulée?|intitolat[ao]|chamad[ao])\s+)?"
    r"(?P<name>(?-i:[A-ZÀ-Ý0-9])[\w'’-]*(?:\s+[\w'’-]+){0,6}?)"
    r"(?=\s*(?:[,.;:(]|$)|\s+(?:" + FOREIGN_RELEASE_VERB + r")\b)",
    re.IGNORECASE,
)
# A show renewed or cancelled "for a third season": a series whatever its name looks like.
RENEWED = re.compile(
    r"\b(?:renew(?:s|ed|ing)?|picked\s+up|order(?:s|ed)?|cancel(?:s|led|ed)?)\s+"
    r"(?P<name>" + TITLE_SPAN + r")\s+for\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:season|series)\b"
)
# The same said of the show: "Lowtide has been renewed for a third season", "Lowtide was
# cancelled after two seasons".
RENEWED_SHOW = re.compile(
    _START + r"(?P<name>" + TITLE_SPAN + r")\s+(?:has\s+(?:officially\s+)?been|was|is|gets|got)\s+"
    r"(?:officially\s+)?(?:renewed|picked\s+up|cancel(?:l)?ed)\s+"
    r"(?:for\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:season|series)(?!\s+as\b)|"
    r"for\s+[Ss]eason\s+\d|"
    r"after\s+(?:[\w-]+\s+)?"
    r"(?:seasons|series))\b"
)
# A show back for a season: "Lanternfall returns for its third season on April 8", "Quarry
# Lane will be back for season 2".
RETURNS_FOR_SEASON = re.compile(
    _START + r"(?P<name>" + TITLE_SPAN + r")\s+(?:returns|will\s+(?:be\s+back|return)|is\s+"
    r"(?:back|returning|coming\s+back)|comes\s+back)\s+for\s+(?:(?:a|an|its)\s+"
    r"(?:[\w-]+\s+){0,2}?season\b|[Ss]eason\s+\d)"
)
# The show a season is of: "season 4 of Quarry Lane", "the third season of Lowtide".
SEASON_OF_SHOW = re.compile(
    r"\b(?:[Ss]eason|[Ss]eries)\s+\d{1,2}\s+of\s+(?:the\s+)?(?P<name>" + TITLE_SPAN + r")|"
    # "la segunda temporada de Marea de cenizas", "la deuxième saison de", "Staffel 2 von"
    r"\b(?i:(?:" + "|".join(FOREIGN_ORDINALS) + r")\s+(?:temporada|saison|staffel|stagione)|"
    r"(?:temporada|saison|staffel|stagione)\s+\d{1,2})\s+(?:de|von|di|da|du|des|do)\s+"
    r"(?P<foreign>" + TITLE_SPAN + r")|"
    r"\b(?:" + "|".join([*ORDINALS, "final"]) + r")\s+"
    r"(?:season|series)\s+of\s+(?P<after_ordinal>" + TITLE_SPAN + r")"
)
# A show's numbered season as the subject of a release verb: "Lowtide season 3 will premiere".
# A title as the subject of a release verb: "The Secret Life of Pets 2 will open …".
_ADVERBS = (
    r"(?:\s+(?:all|both|also|now|just|officially|finally|reportedly|still|currently|meanwhile|"
    r"instead|then|already))*"
)
_RELEASE_VERB = (
    _ADVERBS + r"\s+(?:"
    r"(?:will|is\s+going\s+to|is\s+set\s+to|is\s+due\s+to|is\s+expected\s+to)"
    + _ADVERBS
    + r"\s+(?:be\s+)?(?:released|release|open|arrive|hit|land|debut|premiere|bow|launch|"
    r"come\s+out|return|stream|drop|be\s+out|screen|air|releasing|opening|arriving|hitting|"
    r"landing|debuting|premiering|launching|streaming|dropping|airing|coming\s+out|"
    r"returning(?!\s+to\s+(?:direct|star|write|produce|play|helm)))\b"
    # ("will release it", "will premiere the film": who brings it out, not what comes out)
    r"(?!\s+(?:it|them|the\s+(?:film|movie|series|show|game|season|sequel))\b)|"
    r"(?:is|are)\s+(?:now\s+)?(?:set|scheduled|slated|due|expected)\s+(?:for\b|to\s+(?:be\s+"
    r"released|release|open|arrive|hit|land|debut|premiere|bow|launch|stream|return|come\s+"
    r"out|drop))|"
    r"(?:is|are)" + _ADVERBS + r"\s+(?:premiering|releasing|launching|arriving|debuting|"
    r"opening|landing|hitting|streaming|dropping|coming\s+(?:out|to|back)|"
    r"returning(?!\s+to\s+(?:direct|star|write|produce|play|helm)))\b|"
    r"(?:is|are)\s+(?:now\s+)?(?:dated|coming|headed)\s+(?:for|to|on|in|out)|"
    r"(?:is\s+|are\s+)?due\s+(?:in|on|out|for|this|next)\b|"
    # ("Lumenstream opens the year with…": what opens something else is no title)
    # ("A, B and C all open on May 3")
    r"(?:(?<=\ball\s)|(?<=\bboth\s))(?:open|arrive|hit|land|debut|premiere|bow)\b|"
    r"(?:opens|arrives|hits|lands|debuts|premieres|bows|screens)\b"
    r"(?!\s+(?:the|its|their)\s+(?:year|month|week|season|slate|doors|new\s+year)\b)|"
    # "Arrow Video releases the classic…": a distributor, with what it releases after it
    r"(?:launches|streams|drops|releases)\b(?!\s+(?:the|a|an|its|their|his|her|new|it|them)\b)|"
    r"(?:starts|begins)\s+on\b|(?:kicks|kicked)\s+off\b|"
    # a game out of early access: "will leave early access and release in full on…"
    r"(?:(?:will|is\s+set\s+to|is\s+due\s+to)\s+)?(?:leaves?|exits?|is\s+leaving|is\s+exiting)\s+"
    r"(?:Steam\s+)?[Ee]arly\s+[Aa]ccess\b|"
    r"(?:has|have)\s+(?:just\s+)?been\s+(?:dated|delayed|pushed|moved|set|slated|scheduled|"
    r"rescheduled|postponed|bumped|shifted|given|released)|"
    r"(?:has|have)\s+(?:just\s+)?(?:shifted|moved|slipped|slid|jumped)|"
    r"(?:was|were)\s+(?:delayed|pushed|moved|postponed|rescheduled|bumped|shifted)|"
    r"(?:moves|shifts|slides|slips|heads|comes|moved|shifted|slid|slipped|jumped|pushed|bumped)"
    r"\s+(?:to|from|up|back|out|into|over)\b)"
)
RELEASE_SUBJECT = re.compile(
    _START
    + r"(?P<name>"
    + TITLE_SPAN
    # (an aside with "who" is about someone: "Tomasz Veld, who directed the first film, is
    # returning to direct")
    + r")(?:\s*\([^)]{1,80}\))?(?:,(?!\s+who\b)[^,]{1,100},)?"
    + _RELEASE_VERB
)
SEASON_SUBJECT = re.compile(
    _START + r"(?P<name>" + TITLE_SPAN + r")[\"”’']?\s+season\s+\d{1,2}\b" + _RELEASE_VERB
)
# A headline's delay, its verb a bare participle: "Vesper Rising delayed into the first half of
# 2027", "Glass Harbor Pushed Back to 2028".
DELAYED_HEADLINE = re.compile(
    r"^\W*(?P<name>" + TITLE_SPAN + r")\s+(?:[Dd]elayed|[Pp]ushed(?:\s+[Bb]ack)?|[Pp]ostponed|"
    r"[Mm]oved|[Ss]lips|[Dd]elayed\s+[Aa]gain)\s+(?:[Tt]o|[Ii]nto|[Uu]ntil|[Tt]ill|[Uu]p\s+[Tt]o)\b"
)
# A work known by its codename until it is titled: "a teaser for Project Tidewater".
PROJECT_NAME = re.compile(r"\b(?P<name>Project\s+[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?)")
# A box-office leader: "Red Meridian tops the weekend box office", "Red Meridian opened at
# number one at the North American box office".
TOPS_THE_CHARTS = re.compile(
    r"^\W*(?P<name>" + TITLE_SPAN + r")\s+(?i:(?:tops|topped|leads|led|wins|won|rules|ruled|"
    r"dominates|dominated|conquers|conquered)\s+(?:the\s+)?(?:\w+\s+){0,2}?box\s+office|"
    r"(?:opened|opens|debuted|debuts|landed|lands|stayed|stays|remained|remains)\s+(?:at\s+)?"
    r"(?:number\s+one|No\.\s*1|#1|in\s+first\s+place|on\s+top))\b"
)
# The patterns that name a show, each with the words it cannot match without.
SHOW_PATTERNS = (
    (RENEWED, Hint("renew", "picked up", "order", "cancel")),
    (RENEWED_SHOW, Hint("renew", "picked up", "cancel")),
    (SEASON_SUBJECT, Hint("season")),
    (RETURNS_FOR_SEASON, Hint("season")),
)
# A reader told where to watch it: "Watch Moana 2 on Disney+ from 12 March."
WATCH = re.compile(r"^\s*Watch\s+(?P<name>" + TITLE_SPAN + r")\s+(?:on|from|in|at)\b")
# Set off by commas after what it is: "The first of four films for Netflix, The Ridiculous
# Six, will debut on December 11th."
APPOSED = re.compile(r",\s+(?P<name>" + TITLE_SPAN + r")," + _RELEASE_VERB)
# A title, then what it does in a clause of its own: "Tickets are on sale for Glass Harbor,
# which opens next Friday"; "Paramount is giving The Long Orbit an IMAX release on July 4".
WHICH_RELEASES = re.compile(
    r"\b(?:for|of|see|watch|about|with|brings|bring)\s+(?P<name>"
    + TITLE_SPAN
    + r"),\s+which"
    + _RELEASE_VERB
)
GIVEN_A_RELEASE = re.compile(
    r"\bgiv(?:es|ing|en)\s+(?P<name>" + TITLE_SPAN + r")\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:release|debut|premiere|launch|bow|opening)\b"
)
# "Release date for Ember Reach: March 9", "The Night Ferry premiere date is set: …".
DATE_FOR = re.compile(
    r"^\W*(?i:release|premiere|launch|air)\s+dates?\s+for\s+(?P<name>" + TITLE_SPAN + r")\s*:|"
    r"^\W*(?P<attributive>" + TITLE_SPAN + r")\s+(?i:release|premiere|launch)\s+date\s+"
    r"(?:is|has\s+been)\s+(?:set|confirmed|revealed|announced)\b"
)
# A title as the object of a scheduling verb: "Warner Bros. moved Christopher Nolan's Tenet from
# July 17", "Universal has dated The Mummy for June 9".
# Lower-case verb and preposition: a headline's "Avatar Sets Record For Biggest Opening" is not.
SCHEDULED_OBJECT = re.compile(
    r"\b(?:moved?|moves|moving|push(?:es|ed|ing)?|delay(?:s|ed|ing)?|shift(?:s|ed|ing)?|"
    r"bump(?:s|ed)?|dated?|dates|dating|slated?|slates|sets?|setting|postponed?|postpones|"
    r"rescheduled?|reschedules|pull(?:s|ed|ing)?)(?:\s+(?:back|up|forward))?\s+"
    r"(?:(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+)?"
    r"(?P<name>" + TITLE_SPAN + r")\s+(?:from|to|for|back|up|out|into|by|a\s+week)\b"
)
# A distributor bringing a title out: "Neon will release The Glass Orchard in US theaters".
RELEASED_OBJECT = re.compile(
    r"\b(?:will|to|plans\s+to|is\s+set\s+to)\s+(?:release|open|debut|launch|premiere|bow)\s+"
    r"(?P<name>" + TITLE_SPAN + r")\s+(?:in|on|to|across|via|exclusively|this|next|later)\b"
)
# A service taking a title in: "Prime Video will add Saltmarsh Season 2 to its library".
ADDED_TO = re.compile(
    r"\badd(?:s|ed|ing)?\s+(?P<name>" + TITLE_SPAN + r")\s+to\s+(?:its|their)\s+"
    r"(?:library|line-?up|catalog\w*|service|schedule)\b"
)
# "Pathé repousse la sortie de Petit Matin", "delays the release of Glass Harbor": the title
# whose release moves.
RELEASE_OF = re.compile(
    # ("until the Christmas Day arrival of Starboard": the one arriving, not the one named before)
    r"\b(?:(?:the\s+)?(?:release|arrival|opening|launch|premiere|bow)\s+of|"
    r"(?:la\s+)?sortie\s+(?:de|du|d['’]))\s*(?:the\s+)?"
    r"(?P<name>" + TITLE_SPAN + r")"
)
# "Petit Matin d'Eric Barbier", "Police d'Anne Fontaine": the director after the title.
DIRECTOR_AFTER = re.compile(r"\s+d(?:e\s+|['’])(?=[A-Z][\w-]+\s+[A-Z])")
# A title whose release or remake copy speaks of: "Resident Evil 3's remake, releasing April 3",
# "Blood and Wine's official release date"; not "Paul Feig's Ghostbusters reboot" (a person's,
# with the title between), "Patel's directorial debut" (a person's first film) or "Annapurna's
# release slate" (a studio's).
POSSESSIVE = re.compile(
    _START + r"(?P<name>" + TITLE_SPAN + r")['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?i:release\s+date|"
    r"launch|premiere|remake|remaster|sequel|prequel|reboot|delay|arrival)\b"
)
# A title followed by who is in it: "the Jodie Foster-directed Money Monster starring George
# Clooney", "Crimes of the Future, starring Viggo Mortensen". Not "starring in" or "starring as"
# (a person's part), and only before a capitalized name.
STARRING = re.compile(
    _START + r"(?P<name>" + TITLE_SPAN + r"),?\s+(?:starring|co-starring|headlined\s+by)\s+"
    r"(?!in\b|as\b|alongside\b|opposite\b)(?=[A-Z][a-z]+\s+[A-Z])"
)
# "Fireweed Summer, the new drama from director Ada Brennan, has a date": a title opening
# the sentence, then what it is.
_THEN_ITS_KIND = (
    r"(?P<name>" + TITLE_SPAN + r"),\s+(?:the|a|an)\s+(?:(?:new|upcoming|latest|next|first|"
    r"second|third|debut)\s+)?(?:[\w'’-]+\s+){0,2}?(?P<kind>"
    + "|".join(sorted(map(re.escape, KIND_WORDS), key=len, reverse=True))
    # (not "Ada Brennan, the comedy star, …": who someone is)
    + r")\b(?!['’]s|\s+(?:star|stars|writer|director|veteran|icon|legend|actor|actress|producer|"
    r"creator|composer|player|fan|critic|alum|alumna|alumnus|host)\b)"
)
OPENS_AS_KIND = re.compile(
    # (not "In Australia, the film will…": where, opening the sentence)
    r"^\W*(?!(?:In|On|At|For|From|By|With|After|Before|Since|Until|Across|Outside|Throughout)\s)"
    + _THEN_ITS_KIND
)
# The same after a verb that brings it on: "Next weekend brings Northbound Eleven, the
# train-heist film starring Damon Reyes, which opens…"
BRINGS_AS_KIND = re.compile(r"\b(?:brings|welcomes|sees|includes)\s+" + _THEN_ITS_KIND)
# What a studio or service does to a title it then says what is: "Aurelia has set The
# Lamplighters, the new drama from Ida Brandt, for theaters", "Hulu renewed X, the comedy…".
# "Priya Castellan has joined Harrowgate, the gothic ghost story from…": what people join,
# said what it is, is a work (not an agency, a company or a team).
JOINED_WORK = re.compile(
    r"\b(?:has|have|had)\s+(?:also\s+)?joined\s+(?P<name>" + TITLE_SPAN + r"),\s+(?:the|a|an)\s+"
    r"(?!(?:[\w-]+\s+){0,2}?(?:agency|company|studio|streamer|network|firm|board|team|"
    r"label|group|management|outfit)\b)"
)
DONE_TO_KIND = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:now|just|officially)\s+)?(?:set|dated|slated|moved|pushed|"
    r"delayed|acquired|bought|picked\s+up|greenlit|renewed|cancell?ed|ordered|unveiled|revealed|"
    r"announced|postponed|rescheduled|shifted)\s+" + _THEN_ITS_KIND
)
# A festival's first and last films: "it will open with The Cartographer's Widow", "Fireweed
# Summer will close the festival".
FESTIVAL_NIGHT = re.compile(
    r"\b(?:open|opens|close|closes)\s+with\s+(?P<name>" + TITLE_SPAN + r")|"
    r"(?P<before>" + TITLE_SPAN + r")\s+(?:will\s+)?(?:open|opens|close|closes)\s+the\s+"
    r"(?:festival|fest)\b"
)
# A sentence's opener, not a title: "Internationally, the Korean action film…".
SENTENCE_ADVERB = re.compile(
    r"[A-Z][a-z]+ly|Meanwhile|However|Elsewhere|Overseas|Abroad|Domestically|Also|Still|Now|"
    r"Today|Here|There|Instead|Otherwise|Previously|Later|Earlier|Next|Then|Plus|Again"
)
# "Mira Okafor stars in Glass Harbor, which…": what someone stars in.
STARS_IN = re.compile(
    r"\b(?:stars|star|starred|starring|co-stars|co-starred)\s+in\s+(?P<name>" + TITLE_SPAN + r")"
)
# Someone's title and what it is, as the subject of a release verb: "Paul Feig's Ghostbusters
# reboot has been moved up a week".
OWNED_KIND = re.compile(
    r"['’]s\s+(?P<name>" + TITLE_SPAN + r")\s+(?:reboot|remake|sequel|prequel|film|movie|"
    r"series|show|game|adaptation|documentary|biopic)" + _RELEASE_VERB
)
# What a label says of the date it gives, never a title: "Scheduled Release Date: …",
# "Expected Release Date: …", "US Release Date: …".
DATE_QUALIFIERS = (
    r"(?i:US|UK|original|scheduled|expected|revised|current|previous|initial|official|target)"
)
# A listing's label after the title: "Spy x Family Season 1B Start Date: October 1st".
DATE_LABEL = re.compile(
    r"^\W*(?!" + DATE_QUALIFIERS + r"\s+(?i:release|premiere|start|launch|air)\s+(?i:date))"
    r"(?P<name>" + TITLE_SPAN + r")\s+(?i:release|premiere|start|launch|air)\s+(?i:date)\s*:"
)
# What a title is, said of it: "Fortunate Son is a new spy drama that premieres…".
IS_A_NEW_KIND = re.compile(
    _START + r"(?P<name>" + TITLE_SPAN + r")\s+is\s+(?:a|an|the)\s+(?:new|upcoming|forthcoming|"
    r"latest)\s+(?:[\w-]+\s+){0,3}?(?P<kind>film|movie|series|show|drama|comedy|thriller|"
    r"documentary|docuseries|game|sequel|anime)\b"
)
# A game's add-on named before what it is: "the Haus expansion is expected to go live".
ADD_ON = re.compile(r"\b[Tt]he\s+(?P<name>" + TITLE_SPAN + r")\s+(?:expansion|DLC|add-on)\b")
# Titles listed before what they are: "the Haikyu!! The Dumpster Battle, Blue Lock and
# Overlord: The Sacred Kingdom anime films".
LISTED_KIND = re.compile(
    # At most a dozen before the last: unbounded, "May 5, May 5, …" was tried to its end from
    # every word (quadratic in a hostile sentence of thousands of dates).
    _START + r"(?P<list>(?:" + TITLE_SPAN + r"\s*,\s*){1,12}(?:and\s+)?" + TITLE_SPAN + r")\s+"
    r"(?:\w+\s+)?(?:films|movies|series|shows|games|titles|sequels|"
    r"releases(?!\s+(?:the|a|an|its|their|on|in)\b))\b"  # "X releases the film": a verb
)
# The titles listed before a subject share its verb: "Overlord, Attack on Titan and Gintama
# are all premiering new episodes in July".
LISTED_BEFORE = re.compile(
    r"(?P<list>(?:" + TITLE_SPAN + r"\s*,\s*)*" + TITLE_SPAN + r"\s*,?\s+(?:and|&)\s+)$"
)


# "Arriving on October 16 is Beasts of No Nation": the date first, the title after the verb.
INVERTED = re.compile(
    r"\b(?:arriving|coming|opening|out|hitting|landing|premiering|debuting|following|next)\b"
    r"[^.;]{0,60}?\b(?:is|are|comes|arrives)\s+(?P<name>(?-i:" + TITLE_SPAN + r"))",
    re.IGNORECASE,
)
COMPANY_SUFFIX = re.compile(rf"\s(?:{COMPANY_WORD}|Inc\.?|Ltd\.?|LLC)$")
# An aside that says who someone is: "Ada Brennan, the comedy star, opens…".
PERSON_APPOSITION = re.compile(
    r",\s+(?:the|a|an|who)\b[^,]{0,60}?\b(?:star|actor|actress|director|writer|filmmaker|"
    r"producer|singer|comedian|host|showrunner|rapper|musician|who)\b(?!\s+(?:of|behind)\b)"
    r"[^,]{0,40},"
)
# "the film Lumenstream bought": the name is who did something to the film.
BOUGHT_BY = re.compile(
    r"\s+(?:bought|acquired|made|produced|released|distributed|financed|picked\s+up|"
    r"commissioned|ordered|developed|published|backed|rescued|shelved)\b"
)
WHERE_BEFORE = re.compile(
    r"\b(?:coming|arriving|heading|headed|streaming|available|new|leaving|exclusively|"
    r"everything|what's)\s+(?:to|on)\s+$",
    re.I,
)
# What the catalog does not hold, just before its name: a podcast, a book, an album.
OTHER_WORK_BEFORE = re.compile(
    r"\b(?:podcast|album|novel|book|memoir|comic|manga|soundtrack|single|song|tour|"
    r"exhibition|audiobook|novella)s?\s*[,:]?\s+$",
    re.I,
)
WHICH_BEFORE = re.compile(r"\b(?:which|whom)\s+$", re.I)
# "…, the young-adult fantasy that Ashgrove is releasing on March 24": the one releasing it
THAT_BEFORE = re.compile(r"\bthat\s+$", re.I)
COMPANY_DOES = re.compile(
    r"\s+(?:is\s+|will\s+)?(?:releasing|release|releases|released|distributing|distributes|"
    r"bought|acquired|picked\s+up|is\s+distributing|will\s+distribute|produced|financed)\b"
)
COMPANY_ROLE_BEFORE = re.compile(
    r"\b(?:(?:co-?)?publisher|developer|distributor|studio|label|(?:published|developed|"
    r"distributed)\s+by)\s+$",
    re.I,
)
# Where a title ends before who makes it and where it goes: "the road comedy Sundown Express
# from Copperline Films to 3,200 theaters".
FROM_COMPANY_ON = re.compile(
    r"\s+(?:from\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}\s+" + COMPANY_WORD + r"\b.*|"
    r"(?:to|in|on|at)\s+\d[\d,.]*)$"
)
NEWSY = re.compile(
    r"\b(?:News|Updates?|Round-?up|Recap|Report|Digest|Briefing|Newsletter|Listings?|Guide)\b"
)
SERVICE_ALONE = re.compile(r"(?:" + SERVICE_NAMES + r")(?![\w+])")
SERVICE_LABEL = re.compile(
    # (a headline's title case too: "All The Good Stuff Coming To Peacock In October")
    r"(?i:(?:coming|new|now|arriving|streaming|leaving|only|out)\s+(?:to|on|in))\s+(?:"
    + SERVICE_NAMES
    + r")(?![\w+])"
)
# The trade's box-office copy sets titles in capitals with their distributors after them:
# "GLASS HARBOR (Northlight/Universal) rode a strong Saturday…".
CAPS_TITLE = re.compile(
    r"(?<![\w'’.&!-])(?:(?:OPENINGS?|HOLDOVERS?|SPECIALTY|LIMITED|OVERSEAS|INTERNATIONAL|UPDATE|"
    r"EXCLUSIVE|BREAKING|REVIEW|PREVIEW):\s+)?"
    # ("HARBOR & HOUND (Season Premiere)": the ampersand a word of its own)
    r"(?P<name>[A-Z0-9][A-Z0-9'’.&!-]*(?:[ :]+(?:&\s+)?[A-Z0-9][A-Z0-9'’.&!-]*){0,9})"
    r"\s+\((?=[A-Z][\w.&'’ -]{1,30}(?:/[A-Z0-9][\w.&'’ -]{1,30})*(?:,[^)]{0,40})?\))"
)
SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "with", "at", "by"}
ROMAN = re.compile(r"[IVX]+")


def title_cased(name: str) -> str:
    """A title written in capitals, as a catalog writes it: "MEG 2: THE TRENCH" is "Meg 2:
    The Trench"; Roman numerals stay ("SCREAM VI")."""
    words = []
    for index, word in enumerate(name.split(" ")):
        starts = index == 0 or words[-1].endswith(":")
        if ROMAN.fullmatch(word) and index:
            words.append(word)
        elif word.lower() in SMALL_WORDS and not starts:
            words.append(word.lower())
        else:
            words.append(word[:1] + word[1:].lower())
    return " ".join(words)


# A title with its date in parentheses, as listings write it: "The Lie (October 6th) centers…".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATED_PAREN = re.compile(
    _START
    + r"(?P<name>"
    + TITLE_SPAN
    + r")\s+\((?="
    + _MONTH
    + r"\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTH
    + r"|(?:19|20)\d\d\))"
)
# "June 7: Ballerina", "Ballerina – June 7", "Ballerina (June 7, PS5)": a short line, a date
# and one title-like stretch.
LIST_LINE_WORDS = 14
BYLINE = re.compile(
    r"^\W*(?i:published|posted|updated|last\s+updated|by|details|filed|date)(?:\b|(?=[A-Z]))"
)
SIDE_MARKS = " \t|:•–—-,.("
# A ranked list's number before its row: "2) Coldharbour", "10. Night Orchard".
LIST_NUMBER = re.compile(r"^\s{0,3}\d{1,3}[.)]\s{1,3}(?=\S)")
ROW_ADD_ON = re.compile(r"\((?:[^)]*\b)?(?:expansion|expansión|extension|extensión|dlc)\b", re.I)
# (or after a dash, what became of it: "Lueur d'Orage – Reporté au 16 mars 2028")
ROW_LABEL = re.compile(
    r"^(?P<name>[^:–—]{1,80}?)(?:\s*:\s+(?=[a-zà-ÿ])|\s+[–—-]\s+(?=[^\d\s][^\d]*?[a-zà-ÿ]{2}))"
)
# The day of the week a row's date opens with: "— Friday, January 8".
# "“Hollow Row” on Friday, Feb. 27": a listing's row, its date after "on".
ROW_ON = re.compile(r"(?<=[\w\"”’'])\s{1,3}on\s{0,3}$")  # bounded: a run of spaces stays linear
# (after the row's mark: "Freakier Friday, August 8" keeps its Friday)
ROW_WEEKDAY = re.compile(
    r"(?:(?<=[—–|:])\s{0,3}|(?<=\s[-—–])\s{0,3}|\s{1,3}on\s{1,3})"
    rf"{WEEKDAY_NAME},?\s{{0,3}}$"
)
YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
DATELINE = re.compile(r"^\W*[A-Z][\w .'’-]{1,30},\s+[^,:]{3,25}:\s*$")
# (each run of blanks tried from its start, and a bracket only to the next one: a line of
# blanks or of open brackets stays linear)
PARENTHESES = re.compile(r"(?<!\s)\s*\([^()]*\)?")
# A listing's row's fields, each on its line: "What: …", "When: 9 p.m. on AMC."
FIELD_ITEM = re.compile(r"(?i:what|when|where|who|cast|starring|network|channel|airs)\s*:")
# A bullet under a date heading: "March 16" then "- Gorn (PlayStation VR 2)".
BULLET = re.compile(r"^\s*(?:[-•*–]|\d{1,2}\.)\s+(?P<item>.+)$")
# (a day line abroad may open on its article or preposition: "El 12 de marzo", "Le 12 mars",
# "Il 12 marzo", "Am 12. März")
# ("**Lunedì 6 settembre**", "Lundi 6 septembre", "Montag, 6. September": its weekday first)
LEADING_WEEKDAY = re.compile(
    rf"(?i:el|le|il|am)\s*,?\s*(?=\d)|(?i:{WEEKDAY_NAME}|{FOREIGN_WEEKDAY_NAME})\s*,?\s*"
)
# An item's title, then a note on how it comes out: "Lumen Drifters – PS5, PC", "Kettle &
# Crown – PC (la version Switch 2 suivra le 25 juin)".
# ("Fathom Drift | Xbox Series X|S, PC": a bar between them)
# (each run of blanks tried from its start only: a line of them stays linear)
ITEM_NOTE = re.compile(r"(?<!\s)\s+[–—|-]\s+|(?<!\s)\s*\(")


# What a dated heading may say before its date: "Opening: December 17, 2027", "Out Friday:".
OPENING_LABEL = re.compile(
    r"^(?:opening|openings|out|in\s+(?:theaters|theatres|cinemas)|premiering|arriving)\s*:\s*", re.I
)


def date_alone(text: str, dates) -> bool:
    """Whether a line is a date and nothing else ("March 16", "MONDAY, JAN. 4", "3 juin",
    "December 15:"): the heading of the items below it, never a title."""
    text = text.strip()
    lead = LEADING_WEEKDAY.match(text)
    return (
        bool(dates)
        and dates[0].start == (lead.end() if lead else 0)
        and dates[0].end >= len(text.rstrip(" :."))
    )


def labelled_date(text: str, published) -> bool:
    """Whether a line is a date, after the field's label it may open on: "Alter Release: 19.
    November 2027", "**Opening: December 17, 2027**", "Lançamento: 31/12/2028"."""
    unlabelled = LABEL_BEFORE.sub("", text)
    return date_alone(unlabelled, find_dates(unlabelled, published))


TIMED_ITEM = re.compile(
    r"^\d{1,2}(?:[:.]\d\d)?(?P<slot>\s*[-–]\s*\d{1,2}(?:[:.]\d\d)?)?\s*[ap]\.?m\.?"
    # (or the show straight after a slot of an hour, in italics or capitals: "8:00-9:00 p.m.
    # *Tall Pines* (Season Premiere)"; not prose opening on "8 p.m. Friday")
    r"(?:\s*(?:ET|PT|CT|ET/PT))?(?:\s*[-–—:|]\s*|(?(slot)\s+(?=[\"“]|(?-i:[A-Z]))|(?!)))"
    r"(?P<item>.+)$",
    re.I,
)
SHOW_NOTE = re.compile(
    r"\((?:[^)]*\b(?:series|seasons?|returning|docuseries|miniseries|limited\s+series|episodes|"
    r"S\d{1,2})\b)[^)]*\)",
    re.I,
)
# (and a row for one more episode of a show out already: "- Brightwater (Episode 3)")
# ("(All-New Episode)" under a later day of a network's grid: the week after its premiere;
# "(Winter Return)": back from its break in the middle of a season; "(Time Period Premiere)":
# its first night in a new hour)
NOT_A_PREMIERE = re.compile(
    r"\b(?:time\s*slot|encore|rerun|repeat|marathon)\b|\((?:new\s+)?episodes?\s+\d|"
    r"\((?:all[-\s]new|new)\s+episode\)|"
    r"\b(?:winter|spring|summer|fall|autumn|mid-?season)\s+return\b|\btime\s*period\s+premiere\b",
    re.I,
)
# What a blurb after a dash opens with: a capital, or an article or number in lower case
# ("—an animated fable", "—twelve home cooks"), then a word: "Well-known actors…" is none.
_BLURB_START = (
    r"(?:[A-Z][a-z]*|a|an|the|this|his|her|their|its|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)\s+[a-z]"
    # (or whose it is: "Kim Seo-yeon's monster movie played Busan…")
    r"|[A-Z][a-z]+(?:\s+[A-Z][\w-]+){0,2}'s\s+[a-z]"
)
# A row's title, a dash, then how it comes out: "Copper Harbor – Theatrical debut October 1,
# Kumori+ debut October 22", "Glass Orchard - In theaters October 8, on Netflix October 29".
DATED_ROW = re.compile(
    r"^[\W]*(?P<name>[^\n-]{2,80}?)\s+-\s+(?=(?:theatrical|cinema|in\s+(?:theaters|theatres|"
    r"cinemas)|streaming|digital|(?:[\w+]+\s+){0,2}(?:debut|release|premiere|launch))\b)",
    re.I,
)
# A title, a dash, a blurb: "The Flying Man—This long biopic…", or inside a bullet "- The Salt
# Kitchen—twelve home cooks…" (dashes are hyphens by now: "Spider-Man-This epic…" is the item
# "Spider-Man").
DASHED_ITEM = re.compile(
    r"^(?P<item>[^-\n]{2,80}?(?:-[A-Z][^-\s]*)*?)\s*-\s*(?=" + _BLURB_START + r")"
    # not a double-barrelled name and its verb: "Felicity Ambrose-Hale returns as Lady…"
    r"(?![A-Z][a-z]+\s+(?:returns|stars|plays|joins|reprises|leads|narrates|hosts)\b)"
)
BARE_DATE_LINE = re.compile(
    r"^\W*(?:(?:"
    + DATE_QUALIFIERS
    + r"\s+)?release\s+date|date|out|in\s+(?:theaters|theatres|cinemas)|"
    # a listing's lines: "Screening: Saturday September 4, TVNZ 1", "Neuer Release: 11. Februar"
    # (a British press pack's "TX: Sunday 17 October, Channel 4": when it is transmitted)
    r"screening|airs?|on\s+air|tx|neue[rs]?\s+(?:release|termin|kinostart)|"
    # "New Season Premieres: Sunday, Sept. 5", "Series Premiere: Monday", "Opening: December 17"
    r"(?:new\s+|final\s+)?(?:season|series)\s+(?:premieres?|finale)|opening|premiering|"
    r"new\s+(?:release\s+)?date|nouvelle\s+date|sortie|"
    r"streaming|premieres?|available|coming|opens?|launch(?:es)?)\b|^\W*when\s*:",
    re.IGNORECASE,
)

# The articles titles abroad open on ("El último tranvía", "La logique du sel", "Der Lotse").
ARTICLES_ABROAD = ("el", "la", "le", "les", "los", "las", "il", "lo", "der", "die", "das")
# Capitalized words that are never a title by themselves.
NOT_TITLES = {
    *("the", "a", "an", "it", "this", "that", "these", "those", "he", "she", "they", "we", "i"),
    # an article abroad, alone: "El 12 de marzo" heading a day's games
    *ARTICLES_ABROAD,
    # a heading's "also" abroad: "Außerdem", "Également", "Además"
    *("außerdem", "ausserdem", "zudem", "ebenfalls", "également", "aussi", "además", "inoltre"),
    # what a game is, in the trade's capitals: "the open-world pirate RPG arrives on June 8"
    *("rpg", "jrpg", "arpg", "mmo", "mmorpg", "fps", "tps", "moba", "dlc", "vr", "crpg"),
    *("january", "february", "march", "april", "may", "june", "july", "august", "september"),
    *("october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug"),
    *("sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday"),
    *("friday", "saturday", "sunday", "today", "tomorrow", "tonight", "yesterday"),
    # a show's nights: "will stream the series Sundays starting July 11"
    *("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"),
    *("weekdays", "weeknights", "weekends", "nightly", "weekly"),
    *("spring", "summer", "fall", "autumn", "winter", "christmas", "thanksgiving", "easter"),
    *("release date", "release dates", "box office", "trailer", "teaser", "update", "source"),
    # what a work has, not what it is called: "Ember Reach's first DLC arrives on May 3"
    *("dlc", "expansion", "patch", "season pass", "finale", "premiere", "pilot", "sequel"),
    *("up", "down", "back", "out", "over", "off"),
    # a listing's field label: "Screening: Saturday September 4, TVNZ 1", "Alter Release:"
    *("screening", "streaming", "airing", "on air", "broadcast", "release", "new release"),
    *("old release", "alter release", "neuer release", "neuer termin", "alter termin", "show"),
    # the same abroad: "Start: 3. Dezember 2027", "Estreno: 12 de marzo", "Uscita: 4 maggio"
    *("start", "kinostart", "serienstart", "starttermin", "streamingstart", "estreno"),
    *("lanzamiento", "uscita", "estreia", "lançamento", "sortie"),
    # a genre capitalised: "Iron Meadow, a Western starring…"
    *("western", "thriller", "drama", "comedy", "horror", "romance", "documentary", "noir"),
    *("musical", "biopic", "romcom", "rom-com", "sci-fi", "actioner", "whodunit", "melodrama"),
    *("tba", "tbd", "q1", "q2", "q3", "q4", "dvd", "blu-ray", "4k", "vod", "imax", "3d"),
    *("disney", "walt disney", "warner bros", "warner bros.", "warner brothers", "universal"),
    *("paramount", "sony", "sony pictures", "columbia", "fox", "20th century fox", "lionsgate"),
    *("20th century studios", "a24", "neon", "focus features", "searchlight", "mgm", "hbo"),
    *("focus", "mubi", "angel studios", "universal pictures", "paramount pictures"),
    *("amazon", "amazon studios", "apple", "apple tv", "marvel", "marvel studios", "dc"),
    *("pixar", "dreamworks", "illumination", "legendary", "blumhouse", "new line", "stx"),
    *("amblin", "nintendo", "playstation", "xbox", "microsoft", "ubisoft", "ea", "capcom"),
    *("square enix", "bandai namco", "sega", "bethesda", "activision", "rockstar", "valve"),
    *("steam", "epic games", "netflix", "hulu", "peacock", "max", "crunchyroll", "studio"),
    *("studios", "pictures", "entertainment", "films", "games", "news", "report", "exclusive"),
    *("deadline", "variety", "collider", "ign", "reuters", "twitter", "instagram", "youtube"),
    *("the hollywood reporter", "hollywood reporter", "thr", "screen rant", "empire", "polygon"),
    *("gamespot", "kotaku", "eurogamer", "indiewire", "the wrap", "thewrap", "vulture"),
    # publications copy sets in italics, as it does titles
    *("the new yorker", "new yorker", "rolling stone", "vanity fair", "total film", "wired"),
    *("the new york times", "new york times", "the guardian", "the atlantic", "esquire", "gq"),
    *("sight and sound", "sight & sound", "film comment", "little white lies", "den of geek"),
    *("gamesradar", "games radar", "pc gamer", "edge", "famitsu", "time magazine"),
    *("entertainment weekly", "ew", "the verge", "associated press", "ap", "bbc", "cnn"),
    *("facebook", "tiktok", "cinemacon", "comic-con", "sdcc", "cannes", "sundance", "venice"),
    *("tiff", "sxsw", "berlinale", "e3", "gamescom", "summer game fest", "nintendo direct"),
    *("state of play", "the game awards", "oscars", "academy awards", "emmys", "golden globes"),
    *("festival", "film festival", "available", "out now", "coming soon", "in theaters"),
    # a listing's sections: "## Now Available" over what streams already
    *("now available", "available now", "now streaming", "streaming now", "new this week"),
    *("premiere", "premieres", "streaming", "date", "now", "new", "latest", "update"),
    *(p.lower() for p in STREAMER_NAMES),
    # broadcasters and channels, which copy names beside a show's slot ("at 9pm on ITV")
    *("itv", "itv1", "itvx", "channel 4", "channel 5", "e4", "sky", "sky atlantic", "bbc one"),
    *("bbc two", "bbc three", "bbc iplayer", "nbc", "abc", "cbs", "the cw", "cw", "amc", "fx"),
    *("showtime", "starz", "syfy", "pbs", "tnt", "tbs", "adult swim", "toonami", "company"),
    *("filming", "production", "shooting", "principal photography", "casting"),
    # a page's section labels ("November 27, 2012 | TV")
    *("tv", "television", "movies", "film", "music", "culture", "arts", "gaming", "anime"),
    *("cartoon network", "nickelodeon", "disney channel", "freeform", "lifetime", "bravo"),
    *(name.lower() for _pattern, name in PLATFORMS),
}
# A spotted title may not begin with these (sentence openers, pronouns, connectives).
NOT_FIRST = {
    "starring",  # "Starring Hesper Lund, the film follows…": who is in it
    "holdover",  # "Holdover Iron Choir slipped to second": what the film is this weekend
    "the",
    "a",
    "an",
    "and",
    "but",
    "so",
    "then",
    "now",
    "also",
    "meanwhile",
    "still",
    "yet",
    "plus",
    "in",
    "on",
    "at",
    "for",
    "from",
    "among",
    "with",
    "by",
    "after",
    "regarding",
    "despite",
    "amid",
    "before",
    "following",
    "during",
    "while",
    "as",
    "if",
    "when",
    "since",
    "until",
    "its",
    "his",
    "her",
    "their",
    "our",
    "this",
    "that",
    "there",
    "here",
    "it",
    "he",
    "she",
    "they",
    "we",
    "you",
    "i",
    "what",
    "who",
    "how",
    "why",
    "where",
    "which",
    "all",
    "both",
    "each",
    "every",
    "some",
    "many",
    "most",
    "more",
    "other",
    "another",
    "one",
    "two",
    "three",
    "release",
    "director",
    "producer",
    # sentence adverbs, and the labels of captions and credits ("Screenshot: CD Projekt Red")
    *("however", "finally", "additionally", "earlier", "later", "elsewhere", "overall"),
    *("instead", "indeed", "unfortunately", "fortunately", "thankfully", "sadly", "today"),
    *("screenshot", "image", "photo", "credit", "source", "via", "pictured"),
}
# A version label in quotes ("Version 1.0", "v2.1") is not a title.
VERSION_LABEL = re.compile(r"^(?:version|ver\.?|v)\s*\d", re.I)
# A title whose name holds a comma, at a sentence's start: "Crouching Tiger, Hidden Dragon: The
# Green Legend will be released…", "Love, Simon opens…". Up to three capitalized words first.
COMMA_HEAD = re.compile(
    r"^\W*(?:[A-Z][a-z]+,\s+)?(?P<head>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+$"
)
# Lines of a listing that label a detail, not a title: "Director: Domee Shi", "Available: …";
# a picture's caption: "Image via Disney".
NOT_HEADINGS = re.compile(
    r"^(?:director|directors|writer|writers|starring|cast|creator|creators|producer|producers|"
    r"network|platform|platforms|rating|rated|runtime|genre|available|studio|developer|"
    r"publisher|distributor|price|where|image|photo|picture|credit|courtesy|source|via|"
    r"seasons?|episodes?|year|country|language)\b",
    re.IGNORECASE,
)
# A release listing's distributor line under the title: "Sony Pictures (Wide)", "A24
# (Limited)", "Focus Features". It leaves the title above as the heading.
DISTRIBUTOR_LINE = re.compile(
    r"^[^()]{2,40}?(?:\s*\((?P<run>(?i:wide|limited|expands?|expanding|platform|select\s+cities))"
    r"\)|\b(?:Pictures|Studios|Entertainment|Films|Bros\.?|Releasing|Distribution|Features))\s*$"
)


def _clean(name: str) -> str:
    name = name.strip().strip(",;:.-–— ")
    if name.endswith("'s") or name.endswith("’s"):
        name = name[:-2]
    return name


# Words a title spotted without quotes never holds: a headline's verbs, a date's month.
NOT_IN_TITLE = {
    *("is", "are", "was", "were", "will", "has", "have", "had", "be", "been", "gets", "sets"),
    *("moves", "moving", "pushes", "delays", "delayed", "release", "releases", "date", "dates"),
    # a headline's verbs ("Tycoon Sim News Tower Launching November 18")
    *("launching", "premiering", "debuting", "arriving", "releasing", "launches", "debuts"),
    *("opening", "today", "tonight", "festival", "commencing", "week", "weekend", "published"),
    *("posted", "updated", "details", "technology", "reporter", "editor", "january"),
    *("february", "march", "april", "june", "july", "august", "september", "october"),
    *("november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept"),
    *("oct", "nov", "dec"),
}


HYPHENATED = re.compile(
    r"-(?:directed|produced|starring|led|written|based|"
    + "|".join(map(re.escape, KIND_WORDS))
    + r")\b"
)
# Words before a name that make it a person: "starring Denzel Washington and Chris Pratt".
# A name that is a day: "May 7", "June 11th".
DAY_NAME = re.compile(
    r"(?:" + "|".join(m.capitalize() for m in MONTHS) + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?"
)
# Whose a work is, or who dates it: the name before is a maker or a studio, not the work.
OWNS_A_WORK = re.compile(
    r"['’]s\s+(?:(?:new|next|latest|upcoming|first|second|third|long-awaited)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:sequel|prequel|follow-up|spin-?off|directorial|feature\s+debut|next\s+film)\b"
)
DATES_A_WORK = re.compile(
    r"\s+(?:has|have|had)\s+(?:now\s+|officially\s+)?(?:dated|set|slated|moved|pushed|delayed|"
    r"scheduled|given)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:picture|film|movie|sequel|"
    r"series|show|game|project|feature|title)\b"
)
PERSON_LEAD = re.compile(
    r"\b(?i:starring|co-starring|featuring|directed\s+by|written\s+by|produced\s+by|opposite|"
    # ("Rounding out the ensemble are Dimitri Oyelaran, …", "Joining them are…")
    r"(?:rounding\s+out|joining)\s+(?:the|them|him|her)\s+(?:[\w-]+\s+){0,3}?(?:are|is))\s+"
    r"(?:[A-Z][\w'’.-]*,?\s+(?:(?:and|&)\s+)?){0,24}$"
)
# "Kade Foster and Lucy Amadi will return.": people coming back, no title's return (a show's
# names its date or season).
RETURNS_ALONE = re.compile(r"\s+(?:will\s+)?(?:also\s+)?return(?:s|ing)?\s*[.!]?\s*$")
PERSON_BEFORE = re.compile(
    r"\b(?:starring|stars|star|directed\s+by|written\s+by|produced\s+by|with|featuring|"
    r"director|actor|actress|filmmaker|creator|showrunner|by)\s+"
    # the names before it in the list: "starring Ranbir Kapoor, Sanjay Dutt, and Vaani Kapoor"
    r"(?:[A-Z][\w'’.-]*,?\s+(?:(?:and|&)\s+)?){0,24}$"
)


def reads_as_title(name: str, *, quoted: bool = False, sentence_case: bool = False) -> bool:
    """True when a stretch of words reads as a title, not a sentence or a common word. With
    `sentence_case`, a quoted title need not capitalise its words, as French, Spanish,
    Italian and German write them ("« Le Port de verre »")."""
    words = name.split()
    if not words or len(words) > 10 or len(name) > 90:
        return False
    if not quoted and any(w.lower().strip(".,") in NOT_IN_TITLE for w in words):
        return False
    if not quoted and HYPHENATED.search(name):
        return False  # "Stephen King-adaptation", "Abrams-directed": a description
    if name.lower() in NOT_TITLES or not (name[0].isupper() or name[0].isdigit()):
        return False
    if name.lower() in FOREIGN_CALENDAR_WORDS:
        return False  # "Mittwoch", "Vendredi": a day abroad
    if words[-1].upper().strip(".:") in ("TBA", "TBC", "TBD"):
        return False  # "Date TBC": a listing's undated day
    if DAY_AND_HOUR.search(name):
        # "Riya Menon-Darpan, 10 Sep, 2027 10:15 AM", "Watch on Netflix starting May 12", a
        # listing's "**October 13**": a byline's, a label's or a heading's day, not a work's
        # name, even set off as one (a film called "September 5" is rarer than all of them)
        return False
    if quoted:
        long_words = [w for w in words if len(w) > 3]
        capitalized = [w for w in long_words if w[0].isupper() or w[0].isdigit()]
        if long_words and len(capitalized) / len(long_words) < 0.6 and not sentence_case:
            return False  # a quoted remark, not a title
        return not re.search(r"[.?!]\s+\w", name) and not VERSION_LABEL.match(name)
    if words[0].lower() in NOT_FIRST and len(words) == 1:
        return False
    if calendar_only(name):
        return False  # "FALL 2027: SEPTEMBER, OCTOBER & NOVEMBER": a guide's period heading
    if PART_OF.fullmatch(name):
        return False  # "Part 1 premieres Jan. 29": a part of the title the story is about
    if CLOCK.fullmatch(name):
        return False  # "10:50 PM EST", a page's timestamp
    if NEW_WORKS.fullmatch(name) or WHATS_NEW.search(name):
        return False  # "Neue Serien im Juni", "Nouveaux films": what is new, not a work
    if LISTING_LABEL.fullmatch(name):
        return False  # "Streaming on Netflix from Friday", "Now Playing in Theaters": a label
    if CREDITED_BY.match(name):
        return False  # "Created by Odette Kiyoshi-Bell, the animated series…": who made it
    if AN_EVENT.search(name):
        return False  # "the Halcyon Awards are set for December 4": a night, not a work
    return any(c.isalpha() for c in name)


QUOTE_MARKS = "'\"‘’“”"
# A field's label before what it says: "Opening: December 17, 2027", "Alter Release: …".
LABEL_BEFORE = re.compile(r"^[^\W\d][\w' ]{0,30}:\s+")

# What a listing says of where and when, left when the service or the day is taken off:
# "Streaming on", "Coming to", "Now Playing in Theaters".
LISTING_LABEL = re.compile(
    r"(?:now\s+)?(?:streaming|coming|arriving|available|playing|screening|airing|premiering|"
    r"opening|landing|launching|leaving|out|new)(?:\s+(?:on|to|in|at|from|this|next|soon|now|"
    r"today|exclusively))+(?:\s+(?:theaters|theatres|cinemas|week|month))?",
    re.I,
)
# "New series", "new films", "new games" in the languages copy arrives in, as a guide's
# headline says what it lists ("Neue Serien im Juni", "Nouveaux films de la semaine").
NEW_WORKS = re.compile(
    r"(?:neue[nrs]?|nouvelles?|nouveaux|nouveau|nuev[oa]s?|nuov[eoi]|nov[oa]s?|new)\s+"
    r"(?:serien|filme|kinofilme|spiele|folgen|staffeln|séries|films|jeux|series|películas|"
    r"juegos|serie|giochi|filmes|jogos|movies|shows|games)",
    re.I,
)
# A listing's heading abroad, by its word for what is new: "Die wichtigsten Netflix-Neuheiten
# im Dezember", "Les nouveautés de la semaine", "Novedades de marzo".
WHATS_NEW = re.compile(
    r"(?<![\w])(?:neuheiten|neuerscheinungen|nouveautés|novedades|novità|novidades)(?![\w])", re.I
)
# A credit opening a sentence before what it credits: "Created by Odette Kiyoshi-Bell, the 2D
# animated series…", "Directed by…", "Starring…" (quoted, "Written by" may be a title).
CREDITED_BY = re.compile(
    r"(?:created|directed|written|produced|developed|published|hosted|narrated|voiced|helmed|"
    r"led|co-created|executive\s+produced)\s+by\s|(?:starring|featuring)\s",
    re.I,
)


# Days and months abroad ("Mittwoch, 15. Dezember: Belgien, Frankreich"): never a title
# alone. (Not "Mars" or "Mai", which are titles too.)
FOREIGN_CALENDAR_WORDS = {
    *(FOREIGN_WEEKDAYS - {"domingo"}),  # (a name too: "Domingo")
    *("januar", "februar", "märz", "juni", "juli", "oktober", "dezember"),
    *("janvier", "février", "avril", "juin", "juillet", "août", "septembre", "octobre"),
    *("novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio"),
    *("agosto", "septiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio"),
    *("aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre"),
}
# Months, days and seasons: a heading made of them alone names a period, not a work.
CALENDAR_WORDS = {
    *("january", "february", "march", "april", "may", "june", "july", "august", "september"),
    *("october", "november", "december", "monday", "tuesday", "wednesday", "thursday"),
    *("friday", "saturday", "sunday", "spring", "summer", "fall", "autumn", "winter"),
    *("early", "late", "mid", "and"),
    *FOREIGN_CALENDAR_WORDS,
}


def calendar_only(name: str) -> bool:
    """Months, days, seasons and numbers alone: a period, not a work."""
    words = name.split()
    return bool(words) and all(
        w.lower().strip(".,:;") in CALENDAR_WORDS or not w[0].isalpha() for w in words
    )


# The names of events, not works: awards, festivals, fairs.
AN_EVENT = re.compile(
    r"\s(?:Awards|Festival|Fest|Ceremony|Gala|Expo|Summit|Convention|Showcase|Upfronts?|"
    r"Direct|Prize|Oscars|Emmys|Globes|BAFTAs)$"
)


# A title just before its date in a list: "…, Fox's Dark Phoenix on June 7, …".
PAIRED_NAME = re.compile(
    rf"(?:^|,\s+|\b(?:and|includes?|with|are|by)\s+)(?P<name>{TITLE_SPAN})\s+(?:on\s+)?$"
)
PAIRED_TEXT = 2000  # a sentence, not a page run together
OWNER = re.compile(r"[A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*)?['’]s\s+")
CLOCK = re.compile(r"\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?")
# The hour a dated line ends on, as a page stamps a post: "March 29, 2027 9:21 pm".
POSTED_AT = re.compile(r"\W*\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\.?\W*$")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A day of a month, either way round, or an hour on the clock, inside a stretch of words.
DAY_AND_HOUR = re.compile(
    r"(?i:\b"
    + MONTH_NAMES
    + r"\s+[0-3]?\d(?:st|nd|rd|th)?\b|\b[0-3]?\d(?:st|nd|rd|th)?\.?\s+"
    + MONTH_NAMES
    + r"|\b\d{1,2}:\d\d\s*[ap]\.?m\b|\b\d{1,2}h\d{0,2}\b)"
)
PART_OF = re.compile(
    r"(?:Part|Vol\.?|Volume|Chapter|Episode|Book|Season|Series)\s+(?:\d+|[IVX]+|One|Two|Three|Four)"
)
PLURAL_OWNER = re.compile(r"^.*\ws['’]\s+")
# "Hulu's The Orville", "Jim Sheridan's The Secret Scripture": an owner before a title that
# starts with "The" (never "Grey's Anatomy", whose possessive is the title's own).
OWNER_BEFORE_THE = re.compile(r"^[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}['’]s\s+(?=The\s)")
# "Bethesda's Starfield", "Netflix's Wednesday": a studio, publisher or service owning the
# title. Not a brand that is part of official titles ("Marvel's Spider-Man 2").
COMPANY_OWNER = re.compile(r"^(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})['’]s\s+(?=\S)")
BRANDS_IN_TITLES = {"marvel", "disney"}
# "Sofie Lindqvist's Winter Ledger": a first and last name owning a title is who made it, as
# "Greta Gerwig's Barbie"; the title is what follows (a known "Bridget Jones's Diary" is found
# whole before this is asked).
PERSON_OWNER = re.compile(r"^(?P<first>[A-Z][a-z]+)\s+[A-Z][\w-]*[a-z]['’]s\s+(?=[A-Z0-9])")
# "a reboot in 2017 with Jumanji: Welcome to the Jungle": the year and the preposition.
LEADING_YEAR = re.compile(r"^\d{4}\s+(?:with|and|in|on|as|for)\s+(?=[A-Z0-9])")
# "premieres Promised Land on Monday, Jan. 24": the day is not the title's.
# A country's short name a capitalized run swept in ("… in US theaters"); not a country's
# full name, which titles hold ("Once Upon a Time in America").
TRAILING_PLACE = re.compile(r"\s+(?:in|across)\s+(?:the\s+)?(?:US|UK|USA|U\.S\.|U\.K\.)$")
TRAILING_DAY = re.compile(
    r"\s+(?:on|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)


def _comma_head(text: str, start: int) -> int | None:
    """Where a title that holds a comma begins, when the words before its comma open the
    sentence and are not a sentence adverb, a month or another known word."""
    if start > 80:
        return None  # the head opens the sentence: a few words at most
    head = COMMA_HEAD.match(text[:start])
    if head is None:
        return None
    words = head.group("head")
    if words.lower() in NOT_TITLES or words.split()[0].lower() in NOT_FIRST:
        return None
    return head.start("head")


def _company(name: str):
    """The match of a company's possessive before a title ("Bethesda's "), or None."""
    owner = COMPANY_OWNER.match(name)
    if owner and owner["owner"].lower() in NOT_TITLES - BRANDS_IN_TITLES:
        return owner
    return None


def _person(name: str):
    """The match of a person's possessive before a title ("Sofie Lindqvist's "), or None."""
    owner = PERSON_OWNER.match(name)
    first = owner["first"].lower() if owner else ""
    if owner and first not in NOT_FIRST and first not in NOT_TITLES:
        return owner
    return None


AUDIENCE_OF = re.compile(r"(?:Fans|Viewers|Readers|Players|Lovers|Admirers)\s+of\s+(?=\S)")


def _strip_leading(name: str, start: int) -> tuple[str, int]:
    """Drop sentence openers a capitalized match swept in: "Meanwhile Dune" -> "Dune", and
    an owner in the plural: "Amazon MGM Studios' Road House" -> "Road House"."""
    if owner := (
        PLURAL_OWNER.match(name) or OWNER_BEFORE_THE.match(name) or _company(name) or _person(name)
    ):
        name, start = name[owner.end() :], start + owner.end()
    if year := LEADING_YEAR.match(name):
        name, start = name[year.end() :], start + year.end()
    if (hour := LEADING_HOUR.match(name)) and not TIME_ZONE.fullmatch(name[hour.end() :]):
        # a schedule's row: "8:30 P.M. HALF PAST HALIFAX" (not "10:50 PM EST", a timestamp)
        name, start = name[hour.end() :], start + hour.end()
    if fans := AUDIENCE_OF.match(name):  # "Fans of Cobalt Sky": the title is what they love
        name, start = name[fans.end() :], start + fans.end()
    name = TRAILING_WHEN.sub("", TRAILING_DAY.sub("", name))
    name = TRAILING_PLACE.sub("", name)  # "the film The Glass Orchard in US theaters"
    words = name.split(" ")
    while (
        len(words) > 1
        and words[0].lower() in NOT_FIRST
        and words[0].lower() not in ("the", "a", "an")
    ):
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


# An episode's code after its title: "(S03E02)", "(3x02)".
EPISODE_CODE = re.compile(r"\s*\((?:S(?P<season>\d{1,2})\s?E(?P<episode>\d{1,3})|\d{1,2}x\d{2})\)")
TIME_ZONE = re.compile(r"[A-Z]{1,2}[SD]?T|ET/PT|CET|BST|GMT|UTC")
LEADING_HOUR = re.compile(r"^\d{1,2}(?:[:.]\d\d)?\s*[AaPp]\.?\s?[Mm]\.?\s+(?=\S)")
# A date or hour a capitalized run swept in after the title: "the film Ember Falls to August 13".
_MONTH_NAME = (
    r"(?:" + "|".join(name.capitalize() for name in sorted(MONTHS, key=len, reverse=True)) + r")\.?"
)
TRAILING_WHEN = re.compile(
    r"\s+(?:to|from|on|in|for|by|until|into|at|this|next)\s+(?:" + _MONTH_NAME + r"\s+\d|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH_NAME
    + r"|(?:19|20)\d\d\b|Q[1-4]\b|H[12]\b|"
    + WEEKDAY_NAME
    + r"\b|"
    # "Season 2 of The Quiet Tenant at 9 p.m. ET": the hour it airs
    r"\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b|(?:noon|midnight)\b).*$|"
    r"\s+at\s+\d{1,2}(?:[:.]\d\d)?$"  # the hour's "p.m." is lower case: not in the run
)


# A table's column of titles, by its header, and what it holds.
TABLE_COLUMNS = {
    **dict.fromkeys(("show", "shows", "series", "program", "programme", "season"), "series"),
    **dict.fromkeys(("film", "films", "movie", "movies"), "film"),
    **dict.fromkeys(("game", "games"), "game"),
    **dict.fromkeys(("title", "titles"), ""),
}


def _as_kind(loc: Located, kind: str, starts: set[int]) -> Located:
    """A new title spotted elsewhere, of the kind a cue before it here says."""
    # (a game's add-on in a games story was guessed a game: the cue says what it is)
    if loc.start not in starts or loc.entry.id is not None or loc.entry.subkind not in ("", "game"):
        return loc
    return Located(replace(loc.entry, subkind=kind), loc.start, loc.end)


def _row_words(text: str) -> int:
    """A row's words but its notes in brackets: "- Les Oiseaux de Nuit (Saison 3) - Dès le
    vendredi 15 octobre, à 21h" is a row, not prose."""
    return len(PARENTHESES.sub("", text).split())


def _first_cell(text: str) -> int | None:
    """Where a table row's first cell ends ("Night Orchard | A24 | March 5"), or None for a
    line that is not a row of three cells or more."""
    if text.count(" | ") < 2:
        return None
    return text.index(" | ")


def _masked(text: str) -> str:
    """Blank out platforms and services, offsets kept: "Xbox Series X" holds no series."""
    lower = text.lower()
    if not any(word in lower for word in ("xbox", "playstation", "ps", "switch", "pc", "on ")):
        return text
    spans = [m.span() for pattern, _ in PLATFORM_PATTERNS for m in pattern.finditer(text)]
    spans += [m.span("service") for m in STREAMER_PATTERN.finditer(text)]
    spans += [m.span("channel") for m in TV_CHANNEL.finditer(text)]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


KIND_BEFORE = re.compile(
    r"\b(" + "|".join(re.escape(word) for word, kind in KIND_WORDS.items() if kind) + r")\W*$"
)


# "the first season of X", "all eight episodes of X": X is a series.
SEASON_OF = re.compile(r"\b(?:seasons?|episodes?)\s+(?:\d+\s+)?of\W*$")
# A listing's label after the name: "Moana 2 (Film)", "Daredevil: Born Again (Series)".
SEASON_LABEL = re.compile(r"\s*\((?:season|series)\s+\d{1,2}\)", re.I)
KIND_AFTER = re.compile(r"\s*\((?P<kind>[a-z-]+)\)", re.I)


# "during The Game Awards 2022": a capitalised kind word after a capitalised "The" inside
# a sentence begins a name, it does not say what the next name is.
NAMED_KIND = re.compile(r"\S\s+The\s+$")


def _named_kind(text: str, start: int) -> bool:
    return text[start].isupper() and bool(NAMED_KIND.search(text, max(0, start - 12), start))


def _capitalised(words: list[str]) -> bool:
    """Most words capitalised or numbers, the first one too: a heading, not a phrase."""
    marked = [w for w in words if w[0].isupper() or w[0].isdigit()]
    return words[0] in marked and len(marked) * 2 >= len(words)


def section_label(words: list[str], language: str) -> bool:
    """An English line in sentence case ("New this month", "Recently released"): copy in
    English capitalises a work's title, so two words or more with only the first one
    capitalised label a section. (French, Spanish or Italian titles are written that way.)"""
    alpha = [w for w in words if w[0].isalpha()]
    return (
        language == "en"
        and len(alpha) >= 2
        and alpha[0][0].isupper()
        and all(w[0].islower() for w in alpha[1:])
    )


def _kind_near(text: str, start: int, end: int) -> str:
    """Guess a spotted title's kind from the words before it ("the game", "the series",
    "the second season of") or a label after it ("(Series)")."""
    before = text[max(0, start - 40) : start].lower()
    if found := KIND_BEFORE.search(before):
        return KIND_WORDS[found.group(1)]
    if SEASON_OF.search(before):
        return "series"
    if (label := KIND_AFTER.match(text, end)) and label.group("kind").lower() in KIND_WORDS:
        return KIND_WORDS[label.group("kind").lower()]
    if SEASON_LABEL.match(text, end):
        return "series"  # a listing's "Quiet Hours (season 1)"
    return ""


class Spotter:
    """Spots titles sentence by sentence, remembering a heading over the lines below it."""

    def __init__(self, context: Context):
        self.context = context
        self.heading: Located | None = None
        self.list_title: Located | None = None  # the title of the list row just read
        self.date_heading = None  # a line that is only a date, over a bulleted list
        self.heading_medium = ""  # how the heading's film opens, from its distributor line
        self.timed_row = False  # the dated item just read was a schedule's row ("8 p.m. — X")
        self.row_country = ""  # the country the dated item just read is ("- Germany")
        self.date_heading_text = ""  # the words of the date heading, for a row's quote
        self.item_read = False  # the line read last is a dated item's (its blurb runs on)
        self.table_kind = ""  # what a table's title column holds, by its header ("Show")

    def located_new(self, name: str, start: int, kind: str = "") -> Located:
        """A title the catalog does not know, found at `start`: of the kind given, or the one
        the story's titles are by default."""
        entry = Entry(None, "title", name, (), kind or self.default_kind())
        return Located(entry, start)

    def _as_marked(self, name: str) -> str:
        """A cued name cut where the writer's italics end it: "la comédie *Les Voisins du
        dessus* de Karim Belhadj sortira…" (not "Le Journal de Bridget Jones", unmarked)."""
        # (only before whose it is: "Paddington au Pérou" stays whole beside "*Paddington*")
        ends = [at for at, ch in enumerate(name) if ch == " " and WHOSE.match(name, at)]
        return next((name[:at] for at in ends if name[:at] in self.context.marked), name)

    def _a_year_near(self, name: str) -> bool:
        """A year a few either side of the story's, alone: when, not what."""
        published = self.context.published
        return (
            published is not None
            and YEAR_ALONE.fullmatch(name) is not None
            and abs(int(name) - published.year) <= 5
        )

    def default_kind(self) -> str:
        if self.context.box_office:
            return "film"  # a weekend's takings are films'
        focus = self.context.focus
        if focus and focus.subkind in ("film", "series", "game"):
            return focus.subkind
        if self.context.service[0] == "tv" and self.context.kind in ("", "film"):
            return "series"  # a channel's schedule: its shows ("CBC Television has set…")
        # (an opening about films says where their dates are, not what every new title is: a
        # game in a weekend's film column stays a game)
        return "" if self.context.kind == "film" else self.context.kind

    def spot(self, sentence: Sentence, known: Names) -> Names:
        """Return the known names of a sentence with the titles spotted in it, in order."""
        text = _masked(sentence.text)
        self.list_title = None
        if " | " in text:
            self._table_header(text)
        taken = Spans()
        for loc in known:
            if not taken.overlaps(loc.start, loc.end):
                taken.add(loc.start, loc.end)
        # Known people, companies and franchises are not titles, whatever their form.
        others = {loc.entry.name.lower() for loc in known if loc.entry.kind != "title"}
        found: list[Located] = []

        def add(name: str, start: int, kind: str = "", quoted: bool = False, cued=False) -> None:
            name = _clean(name)
            if " " in name and name.isupper() and name[0].isalpha():
                name = title_cased(name)  # the trade's capitals: "IRON TIDE" is "Iron Tide"
            if not quoted:
                name, start = _strip_leading(name, start)
                if (described := HYPHENATED.search(name)) and name[described.end() :].strip():
                    # "the Jodie Foster-directed Money Monster": the title follows its description
                    rest = name[described.end() :]
                    start += len(name) - len(rest.lstrip())
                    name = rest.strip()
            if not quoted and (tail := FROM_COMPANY_ON.search(name)):
                name = name[: tail.start()]  # "Sundown Express from Copperline Films to 3,200…"
            if ":" in name and (label := name.split(":", 1)[0]) in self.context.labels:
                name = label  # "Thimble & Thorn: Vantage will now open…": the label, then prose
            end = start + len(name)
            if not quoted and text[end : end + 1] == "-":
                return  # "The Abrams-directed film": a word of a compound, not a title
            abroad = quoted and self.context.language != "en"
            if not reads_as_title(name, quoted=quoted, sentence_case=abroad):
                return
            if name.lower() in others:
                return
            if SERVICE_LABEL.search(name):
                return  # "Coming to Netflix in January": a listing's label, not a film
            if (service := SERVICE_ALONE.match(name)) and (
                not name[service.end() :].strip() or regions_named(name[service.end() :])
            ):
                return  # "Prime Video Canada premiere date: January 14th": where, not what
            if not quoted and COMPANY_SUFFIX.search(name):
                return  # "Northlight Pictures will release it…": who releases, not what
            if not quoted and name in self.context.company_short:
                return  # "Northgate has moved it", the story's Northgate Pictures
            if not quoted and PERSON_LEAD.search(text, max(0, start - 300), start):
                return  # "Starring Hesper Lund, the film follows…": who is in it
            if DAY_NAME.fullmatch(name):
                return  # "…set for a theatrical release on May 7, 2027": a day, not a film
            if self._a_year_near(name):
                return  # 'still listed as just "2027"': a year of releases, not "1917"
            if (
                quoted
                and any(c.isdigit() for c in name)
                and labelled_date(name, self.context.published)
            ):
                return  # 'com "Lançamento: 31/12/2028"': a store page's field, quoted
            if not quoted and (
                OWNS_A_WORK.match(text, start + len(name))
                or DATES_A_WORK.match(text, start + len(name))
            ):
                return  # "Evander Stroud's fantasy sequel", "Orchard Street has dated the picture"
            if OTHER_WORK_BEFORE.search(text, max(0, start - 24), start):
                return  # "a companion podcast, Beyond the Ash Wall, launches…": no screen work
            if WHERE_BEFORE.search(text, max(0, start - 24), start):
                return  # "Everything coming to Lumenstream in January": where, not what
            if WHICH_BEFORE.search(text, max(0, start - 8), start) or (
                THAT_BEFORE.search(text, max(0, start - 8), start)
                and COMPANY_DOES.match(text, start + len(name))
            ):
                return  # "stars in Glass Harbor, which Northlight releases on…": who does it
            if COMPANY_ROLE_BEFORE.search(text, max(0, start - 30), start):
                return  # "publisher Kitsune Interactive, which is handling it, will release…"
            if len(name) < 2 and not quoted:
                return  # "S", a letter of something else; a one-letter film is quoted ("X")
            if taken.overlaps(start, end):
                return
            if not (quoted or cued) and regions_named(name) and len(name.split()) <= 2:
                return  # "Japan", "South Korea": where, not what; but "the film Greenland"
            taken.add(start, end)
            found.append(self.located_new(name, start, kind or _kind_near(text, start, end)))

        for match in QUOTED.finditer(text):
            if NICKNAME.search(
                text, max(0, match.start() - 40), match.start()
            ) and NAME_AFTER.match(text, match.end()):
                continue  # Dwayne "The Rock" Johnson: a name inside a person's name
            if CHARACTER_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                continue  # "Solenne Dubreuil as the bounty hunter “Saint”": a part, no title
            if SPOKEN_AFTER.match(text, match.end()):
                continue  # « Nous ne voulions pas… », a expliqué la directrice: words, no title
            if SONG_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue  # 'the opening theme "Glass Horizon" by Lowlight Parade': a song
            if EPISODE_CODE.match(text, match.end()):
                continue  # '"Ashes and Oaths" (S03E02)': an episode, not a work of its own
            group = 1 if match.group(1) is not None else 2
            add(match.group(group), match.start(group), quoted=True)
        if self.context.language == "de":
            for match in GERMAN_KIND_CUE.finditer(text):
                kind = GERMAN_KINDS[match.group("kind").split("-")[-1].lower()]
                add(match.group("name"), match.start("name"), kind, quoted=True, cued=True)
        if self.context.language in ("fr", "es", "it", "pt"):
            for match in FOREIGN_KIND_CUE.finditer(text):
                if match.group("name")[0].isupper():  # (the pattern ignores case for the kind)
                    kind = FOREIGN_KINDS[match.group("kind").lower()]
                    name = self._as_marked(match.group("name"))
                    add(name, match.start("name"), kind, quoted=True, cued=True)
            for match in FOREIGN_APPOSED.finditer(text):
                kind = FOREIGN_KINDS.get(match.group("kind").lower(), "film")
                add(match.group("name"), match.start("name"), kind, quoted=True, cued=True)
        add_ons = set()
        for match in KIND_CUE.finditer(text):
            if _named_kind(text, match.start("kind")):
                continue
            if match.group("kind")[0].isupper() and LOWER_WORD_BEFORE.search(
                text, max(0, match.start() - 30), match.start()
            ):
                continue  # "announced at Anime Expo": a capital mid-sentence names, not says
            if BOUGHT_BY.match(text, match.end("name")):
                continue  # "the caper film Lumenstream bought": who bought it
            if BARE_DATE_LINE.match(text[match.start() :]):
                continue  # "Series Premiere: Monday, Sept. 6": a listing's label, no title
            kind = KIND_WORDS[match.group("kind").lower()]
            name = match.group("name")
            if tail := AND_THE_TAIL.match(text, match.end("name")):
                name = text[match.start("name") : tail.end()]
            add(name, match.start("name"), kind, cued=True)
            if kind == "dlc":
                add_ons.add(match.start("name"))
        if add_ons:
            # "the first paid expansion, *Moth & Meridian: The Ashen Tides*": the title the
            # writer marked is the add-on the cue says it is (one pass, however many cues)
            known = Names(_as_kind(loc, "dlc", add_ons) for loc in known)
        for pattern, hint in SHOW_PATTERNS:
            if not hint.search(text):
                continue  # (each needs one of its words: most sentences hold none)
            for match in pattern.finditer(text):
                if PERSON_BEFORE.search(
                    text[max(0, match.start("name") - 80) : match.start("name")]
                ):
                    continue  # "the drama from creator Delia Marchetti will return for…"
                add(match.group("name"), match.start("name"), "series", cued=True)
        for match in RELEASE_OF.finditer(text):
            name = DIRECTOR_AFTER.split(match.group("name"))[0]
            add(name, match.start("name"))
        for match in SEASON_OF_SHOW.finditer(text):
            group = next(g for g in ("name", "foreign", "after_ordinal") if match.group(g))
            add(match.group(group), match.start(group), "series", cued=True)
        for match in DATED_PAREN.finditer(text):
            add(match.group("name"), match.start("name"))
        for match in CAPS_TITLE.finditer(text):
            name = match.group("name")
            if sum(c.isalpha() for c in name) >= 3 and any(c.isalpha() for c in name[:3]):
                add(title_cased(name), match.start("name"), cued=True)
        if "estival" in text or " fest" in text:
            for match in FESTIVAL_NIGHT.finditer(text):
                group = "name" if match.group("name") else "before"
                add(match.group(group), match.start(group))
        opened = OPENS_AS_KIND.match(text)
        if opened and not SENTENCE_ADVERB.fullmatch(opened.group("name")):
            kind = KIND_WORDS[opened.group("kind").lower()]
            add(opened.group("name"), opened.start("name"), kind, cued=True)
        if " brings " in text or " welcomes " in text or " sees " in text or "includes" in text:
            for match in BRINGS_AS_KIND.finditer(text):
                kind = KIND_WORDS[match.group("kind").lower()]
                add(match.group("name"), match.start("name"), kind, cued=True)
        if " joined " in text:
            for match in JOINED_WORK.finditer(text):
                add(match.group("name"), match.start("name"), cued=True)
        if " has " in text or " have " in text or " had " in text:
            for match in DONE_TO_KIND.finditer(text):
                kind = KIND_WORDS[match.group("kind").lower()]
                add(match.group("name"), match.start("name"), kind, cued=True)
        if "Project " in text:
            for match in PROJECT_NAME.finditer(text):  # "a teaser for Project Tidewater"
                add(match.group("name"), match.start("name"), cued=True)
        for pattern in (DELAYED_HEADLINE, TOPS_THE_CHARTS):
            if match := pattern.match(text):
                add(match.group("name"), match.start("name"))
        for match in DATE_FOR.finditer(text):
            group = "name" if match.group("name") else "attributive"
            add(match.group(group), match.start(group))
        for match in ADD_ON.finditer(text):
            # the noun after it vouches for the name as a quote would ("the Sola Festival DLC")
            add(match.group("name"), match.start("name"), "dlc", quoted=True)
        for pattern in (
            DATE_LABEL,
            IS_A_NEW_KIND,
            RELEASE_SUBJECT,
            APPOSED,
            WHICH_RELEASES,
            GIVEN_A_RELEASE,
            STARS_IN,
            WATCH,
            INVERTED,
            SCHEDULED_OBJECT,
            ADDED_TO,
            RELEASED_OBJECT,
            POSSESSIVE,
            STARRING,
            OWNED_KIND,
        ):
            for match in pattern.finditer(text):
                if PERSON_BEFORE.search(
                    text[max(0, match.start("name") - 300) : match.start("name")]
                ):
                    continue  # "…starring Denzel Washington and Chris Pratt has been moved"
                name = match.group("name")
                if pattern is RELEASE_SUBJECT and RETURNS_ALONE.match(text, match.end("name")):
                    continue
                if pattern is RELEASE_SUBJECT and PERSON_APPOSITION.match(text, match.end("name")):
                    continue  # "Ada Brennan, the comedy star, opens…": someone, on stage
                if pattern is STARS_IN and is_subdivision(name):
                    continue  # "stars in New York this spring": on stage there
                if pattern is SCHEDULED_OBJECT:  # "Tenet from July 17": the title ends first
                    name = re.split(r"\s+(?:from|to|for|by|into)\s+", name)[0]
                if pattern is RELEASED_OBJECT:  # "will premiere Night Ferry at Toronto"
                    name = re.split(r"\s+at\s+", name)[0]
                start = match.start("name")
                if pattern is RELEASE_SUBJECT and (head := _comma_head(text, start)) is not None:
                    name, start = text[head : match.end("name")], head
                add(name, start)
                if pattern is RELEASE_SUBJECT:
                    self._listed_before(text, match.start("name"), add)
        for match in LISTED_KIND.finditer(text):
            self._listed_before(text, match.end("list"), add, whole=match.group("list"))
        self._paired(text, add)
        if not found and not known.of_kinds()[1]:
            self._list_line(text, add)
            self.list_title = found[0] if found else None
        elif not found and len(known.of_kinds()[1]) == 1:
            self.list_title = self._known_row(text, known.of_kinds()[1][0])
        self._remember_heading(sentence, known, found)
        if not found:
            return known
        merged = Names(sorted([*known, *found], key=lambda loc: loc.start))
        return merged

    def _listed_before(self, text: str, start: int, add, whole: str = "") -> None:
        """Spot each title of a list ending at `start` ("A, B and C")."""
        if not whole:
            listed = LISTED_BEFORE.search(text[max(0, start - 200) : start])
            if listed is None:
                return
            whole = listed.group("list")
        if "," not in whole:
            return  # "Blood and Wine" is one title; a list of titles has commas
        offset = start - len(whole)
        for piece in re.finditer(r"[^,&]+?(?=\s*,|\s+and\s+|\s*&|$)", whole):
            name = re.sub(r"^\s*(?:and\s+)?", "", piece.group(0))
            if name.strip():
                add(name, offset + piece.end() - len(name))

    def _paired(self, text: str, add) -> None:
        """The titles of a list of (title, date) pairs in prose: "Disney's Aladdin on May 24,
        Fox's Dark Phoenix on June 7, Pixar's Toy Story 4 on June 21". The owners go when two
        titles or more and half of them have one (a studio's slate), not for one "Grey's
        Anatomy"."""
        from .when import find_dates

        if len(text) > PAIRED_TEXT or text.count(",") < 1:
            return
        dates = find_dates(text, self.context.published)
        if len(dates) < 2:
            return
        pairs = []
        for date in dates:
            if date.when.precision not in (Precision.DAY, Precision.MONTH):
                continue  # "Among early 2020 titles are…": a period, not an item's day
            named = PAIRED_NAME.search(text, max(0, date.start - 80), date.start)
            if named and reads_as_title(named.group("name")):
                pairs.append((named.group("name"), named.start("name")))
        if len(pairs) < 2:
            return
        owners = sum(bool(OWNER.match(name)) for name, _ in pairs)
        owned = owners >= 2 and owners * 2 >= len(pairs)
        for name, start in pairs:
            if owned and (owner := OWNER.match(name)):
                name, start = name[owner.end() :], start + owner.end()
            add(name, start)

    def _table_header(self, text: str) -> None:
        """A table's header row says what its rows name: "Date | Show | Network"."""
        cells = [cell.strip().lower() for cell in text.split(" | ")]
        kinds = [TABLE_COLUMNS[cell] for cell in cells if cell in TABLE_COLUMNS]
        if kinds and len(kinds) < len(cells):  # a header: a title's column and others
            self.table_kind = kinds[0]

    def _list_line(self, text: str, add) -> None:
        """A short line with one date and one title-like stretch: a list or table row
        ("June 7: Ballerina", "Surgeon Simulator 2 -- August 27", "Gorn (PS VR2) – March 16")."""
        from .when import find_dates

        if _row_words(text) > LIST_LINE_WORDS or "@" in text or BYLINE.match(text):
            return  # a tweet's signature or a dateline, not a row of releases
        if BARE_DATE_LINE.match(text):
            return  # "New Season Premieres: Sunday, Sept. 5": the heading's date, no title
        if DATELINE.match(text):
            return  # "Mumbai, March 12:": where and when the story was filed
        dates = find_dates(text, self.context.published)
        if len(dates) > 1 and (row := DATED_ROW.match(text)) and row.end("name") < dates[0].start:
            # "Copper Harbor – Theatrical debut October 1, Kumori+ debut October 22": the title,
            # then how and when it comes out, each way its own day
            name = row.group("name").strip(SIDE_MARKS)
            if name.lower() not in NOT_TITLES and re.fullmatch(TITLE_SPAN, name):
                add(name, row.start("name"), "")
            return
        if len(dates) != 1:
            return
        date = dates[0]
        before, after = text[: date.start], text[date.end :]
        if (
            POSTED_AT.match(after)
            and YEAR.search(text, date.start, date.end)
            and not before.rstrip().endswith((":", "-", "|"))
        ):
            # "Riya Menon, 10 Sep, 2027 10:15 AM": when a post went up, and by whom (not a
            # listing's "Glasswing Academy: March 29, 2027 9:00 PM")
            return
        if (cell := _first_cell(text)) and date.start > cell:
            # A table's row: the title heads it, the date is a later column ("Night Orchard |
            # Northlight Pictures | March 5, 2027"), the columns between are not its name.
            side, offset = text[:cell], 0
        elif cell:
            # The date heads it: the title is the next column ("Monday, Jan. 11 | The
            # Arbiter | NBC"), as the table's header says ("Date | Show | Network").
            offset = cell + 3
            side = text[offset:].split(" | ", 1)[0]
        else:
            side, offset = (before, 0) if before.strip(SIDE_MARKS) else (after, date.end)
        side = ROW_ON.sub("", ROW_WEEKDAY.sub("", side))  # "Brass Hollow — Friday, January 8"
        if labelled := ROW_LABEL.match(side):
            # "- Lince: llega a Switch 2 el 14 de mayo", "Ballerina: out June 7": the title, then
            # what becomes of it
            side = labelled.group("name")
        side = LIST_NUMBER.sub("", side)  # "2) Coldharbour, ITV1, September": a ranked list
        name = SERVICE_CELL.sub("", PARENTHESES.sub("", side))
        name = CHANNEL_CELL.sub("", name).strip(SIDE_MARKS)
        if not name or name.lower() in NOT_TITLES or name.startswith(("in ", "on ")):
            return
        if any(a == 0 and b == len(name) for a, b, _code in regions_named(name)):
            return  # "June 7: Turkey" is a row of a table of countries
        if NEWSY.search(name):
            return  # "Casting News - October 5, 2027": a page's own label and day
        if re.fullmatch(TITLE_SPAN, name):
            kind = "dlc" if ROW_ADD_ON.search(side) else self.table_kind if cell else ""
            add(name, offset + side.find(name), kind)

    def _known_row(self, text: str, title: Located) -> Located | None:
        """A list or table row naming a known title and one date, nothing else: "Borderlands
        - August 9, 2024", "Surgeon Simulator 2 -- August 27 (PC)"."""
        from .when import find_dates

        if _row_words(text) > LIST_LINE_WORDS or BYLINE.match(text):
            return None
        dates = find_dates(text, self.context.published)
        if len(dates) != 1:
            return None
        if (cell := _first_cell(text)) and title.end <= cell < dates[0].start:
            return title  # a table's row: its title first, its date in a later column
        next_column = cell is not None and " | " not in text[cell + 3 : title.start]
        if next_column and dates[0].end <= cell < title.start:
            return title  # or its date first, its title the next column
        rest = text
        for start, end in sorted([(title.start, title.end), (dates[0].start, dates[0].end)])[::-1]:
            rest = rest[:start] + " " + rest[end:]  # the later span first keeps offsets right
        rest = ROW_ON.sub("", ROW_WEEKDAY.sub("", SERVICE_CELL.sub("", PARENTHESES.sub("", rest))))
        return None if rest.strip(SIDE_MARKS + ")") else title

    def _story_title(self) -> Located | None:
        """The title a rollout's countries are for: the story's, or else the one named last."""
        subject = self.context.focus or self.context.last_title
        if subject is None or subject.kind != "title":
            return None
        if subject.id is None:
            return self.located_new(subject.name, -1, subject.subkind)
        entry = self.context.gazetteer.get("title", subject.id)
        return Located(entry, -1) if entry else None

    def _remember_heading(self, sentence: Sentence, known: Names, found: list) -> None:
        """A short title-like line with no date or verb heads the lines below it."""
        text = sentence.text.strip()
        words = text.split()
        if distributor := DISTRIBUTOR_LINE.match(text):
            # "Sony Pictures (Wide)": the film above opens in cinemas, everywhere or a few.
            if self.heading is not None and (run := distributor["run"]):
                wide = run.lower().startswith(("wide", "expand"))
                self.heading_medium = "theatrical" if wide else "theatrical_limited"
            return
        if NOT_HEADINGS.match(text) or BARE_DATE_LINE.match(text) or CHANNEL_THEN_DATE.match(text):
            return  # "Coming to Netflix: Friday" is the detail line under a heading
        if not 0 < len(words) <= 10 or text.endswith((".", "?", ":", ",")):
            return
        # (asked of short lines only: reading a line's dates again is the costly check)
        # ("Alter Release: 19. November 2027": a field's label, then its date)
        if any(ch.isdigit() for ch in text) and labelled_date(text, self.context.published):
            return  # "25 juin" over a list: its date, no title
        titles = known.of_kinds()[1] or found
        if not titles and section_label(words, self.context.language):
            return  # "Returning shows", "Looking ahead": a section of the story, no work
        before = self.heading
        bare = PARENTHESES.sub("", text).strip()
        # ("'Dust Cathedral' (Hulu)": the title in its quotes, the service beside it)
        lead = len(bare) - len(bare.lstrip(QUOTE_MARKS))
        bare = bare.rstrip(QUOTE_MARKS)
        if titles and titles[0].start <= lead and titles[0].end >= len(bare):
            # "FRAUDSTER: The Man Who Sold Tomorrow (Season 1)": a title alone on its line,
            # with its season or year beside it
            self.heading = titles[0]
        elif re.fullmatch(TITLE_SPAN, text) and not text.endswith("!"):
            if titles:
                self.heading = titles[0]
            elif reads_as_title(text) and text.lower() not in NOT_TITLES:
                self.heading = self.located_new(text, 0)
        elif ":" not in text and _capitalised(words) and reads_as_title(text):
            # "Ahiru no Sora", "Aikatsu on Parade!": a listing's next heading, in a title's
            # own words; the lines under it are its, not the last heading's ("Fen Lights
            # (Season 2)": the title, its season read beside it)
            self.heading = titles[0] if titles else self.located_new(bare, 0)
        if self.heading is not before:
            self.heading_medium = ""  # a new heading: the distributor line was the last's

    def heading_for(self, sentence: Sentence) -> Located | None:
        """The title a line without a verb gives its date to: the row's own ("Gorn – March
        16"), or the heading over it ("Release date: June 3 in theaters")."""
        if self.list_title is not None:
            return self.list_title
        if (
            self.heading
            and (BARE_DATE_LINE.search(sentence.text) or CHANNEL_THEN_DATE.match(sentence.text))
            and len(sentence.text.split()) <= LIST_LINE_WORDS
        ):
            return self.heading  # a short detail line under it, not prose
        return None

    def row_listed(self) -> None:
        """A roundup read the line as a row: the lines of its blurb run on after it."""
        self.item_read = True

    def dated_item(self, sentence: Sentence, known: Names, same_line: bool = False):
        """A bullet under a line that is only a date: return (title, date) or None.
        `same_line` when the sentence runs on the line of the one before (a row's blurb)."""
        found = self._dated_item(sentence, known, same_line)
        self.item_read = found is not None or (same_line and self.item_read)
        return found

    def _dated_item(self, sentence: Sentence, known: Names, same_line: bool):
        from .when import find_dates

        text = sentence.text.strip()
        dates = find_dates(text, self.context.published)
        self.row_country = ""
        heading = OPENING_LABEL.sub("", text)  # "Opening: December 17, 2027"
        if date_alone(
            heading, find_dates(heading, self.context.published) if heading != text else dates
        ):
            self.date_heading = dates[0]  # the heading of the items below
            self.date_heading_text = text
            return None
        # "The Flying Man—This long biopic follows…": an item, its title before a dash; "8
        # p.m. — The Lamplighters (series premiere)": a schedule's row
        bullet = BULLET.match(text) or DASHED_ITEM.match(text) or TIMED_ITEM.match(text)
        if bullet is not None and NOT_A_PREMIERE.search(text):
            return None  # "(new time slot)", "(encore)": on air already
        if bullet is None or self.date_heading is None:
            if not bullet and len(text.split()) > 12 and not (same_line and self.item_read):
                self.date_heading = None  # prose: the dated list is over
            return None
        item, at = bullet.group("item"), bullet.start("item")
        if FIELD_ITEM.match(item):
            return None  # "What: British-Irish thriller about…": a row's field, not a row
        if bullet.re is BULLET and (timed := TIMED_ITEM.match(item)):  # "- 8 p.m. – X"
            bullet, item, at = timed, timed.group("item"), at + timed.start("item")
        # a row with an hour is a channel's schedule: a show, on the air
        self.timed_row = bullet.re is TIMED_ITEM
        if blurbed := DASHED_ITEM.match(item):  # "- The Salt Kitchen—twelve home cooks…"
            item = blurbed.group("item")
        if not self.timed_row:
            item = ITEM_NOTE.split(item, maxsplit=1)[0]  # "Lumen Drifters – PS5, PC"
        published = self.context.published
        # (the blurb's days gone by are its history: "which ran from 2019 to 2022", "played
        # Busan last year")
        dates = [d for d in dates if published is None or d.when.end >= published]
        if dates and (bullet.re is not BULLET or any(d.start < at + len(item) for d in dates)):
            return None  # a row with its own date is read as a sentence, but for a note's
        if country := country_alone(item, self.context.language):
            # "December 16:" over "- Germany": the story's title comes out there that day
            title = self._story_title()
            self.row_country = country if title else ""
            return (title, self.date_heading) if title else None
        # The item's own title, where it begins: not one its blurb names ("…the caper film
        # Lumenstream bought").
        titles = [t for t in known.of_kinds()[1] if at <= t.start <= at + 4]
        kind = "series" if SHOW_NOTE.search(text) or self.timed_row else ""  # "(series premiere)"
        if titles:
            title = titles[0]
            if kind and title.entry.id is None and title.entry.subkind in ("", "film"):  # italics
                title = self.located_new(title.entry.name, title.start, kind)
            return title, self.date_heading
        name = PARENTHESES.sub("", item).strip(SIDE_MARKS)
        if reads_as_title(name) and re.fullmatch(TITLE_SPAN, name):
            return self.located_new(name, at + item.find(name), kind), self.date_heading
        return None
