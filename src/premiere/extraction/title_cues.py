"""What news copy says around a title it names: what the work is ("the horror film X"), what
is done to it ("Neon will release X", "X has been renewed"), who is in it, whose it is. The
spotter reads a new title from where these put it."""

import re

from .dates import MONTHS
from .listings import DATE_QUALIFIERS
from .seasons import FOREIGN_ORDINALS, ORDINALS
from .suggestion import Hint
from .text import COMPANY_WORD
from .title_names import KIND_WORDS, TITLE_PART, TITLE_SPAN, WORD_START
from .vocabulary import SERVICE_NAMES

# A quote between a first and a last name is what someone is called, not a title.
NICKNAME = re.compile(r"\b[A-Z][a-z]+\s$")
NAME_AFTER = re.compile(r"\s[A-Z][a-z]+\b")
# A part someone plays, named in quotes: "as the bounty hunter “Saint”", "plays “Saint”".
CHARACTER_BEFORE = re.compile(
    r"(?:\b(?:as|play|plays|played|playing)\s+(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){1,3}|"
    r"\b(?:play|plays|played|playing|voice|voices|voiced|voicing|character|nicknamed|"
    r"codenamed)\s+)$"
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
LOWER_WORD_BEFORE = re.compile(r"\b[a-z][\w'’-]*\s+$")
# After "the film", one work is named, so "and the" goes on with its title ("the animated film
# Pip and the Paper Moon"); not when what follows is itself a kind ("Dune and the Batman sequel").
AND_THE_TAIL = re.compile(r"\s+and\s+the\s+(?P<tail>" + TITLE_PART + r")(?!\s+[a-z]+)")
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
    WORD_START
    + r"(?P<name>"
    + TITLE_SPAN
    + r")\s+(?:has\s+(?:officially\s+)?been|was|is|gets|got)\s+"
    r"(?:officially\s+)?(?:renewed|picked\s+up|cancel(?:l)?ed)\s+"
    r"(?:for\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:season|series)(?!\s+as\b)|"
    r"for\s+[Ss]eason\s+\d|"
    r"after\s+(?:[\w-]+\s+)?"
    r"(?:seasons|series))\b"
)
# A show back for a season: "Lanternfall returns for its third season on April 8", "Quarry
# Lane will be back for season 2".
RETURNS_FOR_SEASON = re.compile(
    WORD_START + r"(?P<name>" + TITLE_SPAN + r")\s+(?:returns|will\s+(?:be\s+back|return)|is\s+"
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
    WORD_START
    + r"(?P<name>"
    + TITLE_SPAN
    # (an aside with "who" is about someone: "Tomasz Veld, who directed the first film, is
    # returning to direct")
    + r")(?:\s*\([^)]{1,80}\))?(?:,(?!\s+who\b)[^,]{1,100},)?"
    + _RELEASE_VERB
)
SEASON_SUBJECT = re.compile(
    WORD_START + r"(?P<name>" + TITLE_SPAN + r")[\"”’']?\s+season\s+\d{1,2}\b" + _RELEASE_VERB
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
    WORD_START + r"(?P<name>" + TITLE_SPAN + r")['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?i:release\s+date|"
    r"launch|premiere|remake|remaster|sequel|prequel|reboot|delay|arrival)\b"
)
# A title followed by who is in it: "the Jodie Foster-directed Money Monster starring George
# Clooney", "Crimes of the Future, starring Viggo Mortensen". Not "starring in" or "starring as"
# (a person's part), and only before a capitalized name.
STARRING = re.compile(
    WORD_START + r"(?P<name>" + TITLE_SPAN + r"),?\s+(?:starring|co-starring|headlined\s+by)\s+"
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
# A listing's label after the title: "Spy x Family Season 1B Start Date: October 1st".
DATE_LABEL = re.compile(
    r"^\W*(?!" + DATE_QUALIFIERS + r"\s+(?i:release|premiere|start|launch|air)\s+(?i:date))"
    r"(?P<name>" + TITLE_SPAN + r")\s+(?i:release|premiere|start|launch|air)\s+(?i:date)\s*:"
)
# What a title is, said of it: "Fortunate Son is a new spy drama that premieres…".
IS_A_NEW_KIND = re.compile(
    WORD_START + r"(?P<name>" + TITLE_SPAN + r")\s+is\s+(?:a|an|the)\s+(?:new|upcoming|forthcoming|"
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
    WORD_START + r"(?P<list>(?:" + TITLE_SPAN + r"\s*,\s*){1,12}(?:and\s+)?" + TITLE_SPAN + r")\s+"
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


QUOTE_MARKS = "'\"‘’“”"
