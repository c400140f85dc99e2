"""Cast and crew: "starring Ana de Armas", "directed by Len Wiseman"."""

import re

from ..entities import in_aside, not_in_passing, outside_asides, subject_near
from ..suggestion import Context, Hint, Subject, Suggestion
from ..text import NAME, Sentence, normalize_name, trim_name
from ..title_names import COMPANY_SUFFIX, NOT_TITLES
from ..when import MONTH_NAMES, WEEKDAY_NAME
from .releases import REFERS_BACK

# Who a listed name is, in lower case before it: "…, newcomer Elodie Fane and young breakout
# Sami Okafor", "and veteran character actor Ruben Solis".
_WHO = (
    r"(?:(?:newcomer|young|veteran|breakout|character|actor|actress|singer|comedian|rapper|"
    r"stage|screen|rising|musician|fellow|comic|legend)\s+){0,4}"
)
# ("y", "et", "und", "e": the lists of copy in Spanish, French, German, Italian)
_NAMES = rf"(?P<names>{NAME}(?:\s*,\s*{_WHO}{NAME})*(?:,?\s+(?:and|y|et|und|e)\s+{_WHO}{NAME})?)"
# A list of names that opens what says their role ("A, B and C have joined the cast"): tried
# only where a list can begin, and at most a dozen long, so a page of "Alpha, Beta, …" is
# read once, not from each of its names again.
_LIST_OF_NAMES = rf"(?P<names>{NAME}(?:\s*,\s*{_WHO}{NAME}){{0,12}}(?:,?\s+and\s+{_WHO}{NAME})?)"
_LEAD_NAMES = rf"(?<![\w,]\s)(?<!,){_LIST_OF_NAMES}"
# The same, or after "and" opening the sentence's next clause: "…, and Lena Marsh plays…".
# ("and veteran stage actor Rupert Lindqvist has been cast…": after who they are, too)
_CLAUSE_NAMES = (
    r"(?:(?<![\w,]\s)(?<!,)|(?<=\band\s)|(?<=\be\s)|(?<=\by\s)|(?<=\bet\s)|(?<=\bactor\s)|"
    r"(?<=\bactress\s)|(?<=\bnewcomer\s)|"
    rf"(?<=\bstar\s)){_LIST_OF_NAMES}"
)
# What says names star: "stars in", "is set to headline", "have joined the ensemble cast".
_STAR = (
    r"\s+(?:(?:stars|star|will\s+star|(?:is|are)\s+set\s+to\s+star)\s+(?:as|in)|"
    r"(?:is|are)\s+set\s+to\s+(?:headline|lead)|(?:is\s+|are\s+)?attached\s+to\s+star|"
    # "A, B and C have joined the ensemble cast of Cold Harbor"
    r"(?:has\s+|have\s+)?(?:also\s+)?(?:joined|join|joins|is\s+joining|are\s+joining)\s+"
    r"(?:the|a)\s+(?:(?:main|voice|ensemble|star-studded|growing)\s+)?cast|"
    # "Femi Adeyinka and Lucas Brandt round out the main cast"
    r"(?:round|rounds|rounded)\s+out\s+the\s+(?:(?:main|voice|ensemble|core)\s+)?cast|"
    # "Mira Castell has agreed to star in the film", "Owen Pike will play the lead"
    r"(?:has\s+|have\s+)?(?:agreed|signed(?:\s+on)?)\s+to\s+star|(?:is|are)\s+to\s+star|"
    r"will\s+(?:play|take)\s+the\s+(?:lead|title\s+role|leading\s+role|lead\s+role)|"
    # "Kade Foster and Lucy Amadi will reprise their roles", "X returns as Edda"
    r"(?:will\s+)?(?:also\s+)?(?:reprises?|reprising|reprise)\s+(?:their|his|her)\s+roles?|"
    r"(?:will\s+)?(?:also\s+)?returns?\s+(?:as\s+(?=[A-Z])|to\s+the\s+cast)|"
    # "Rhiannon Tate and Kofi Mensah return, joined by Lars Holm"
    r"(?:will\s+)?returns?(?=,?\s+(?:joined\s+by|alongside)\b))\b"
)

# Each credit pattern, the role it gives, and the words (lower case) it cannot match without:
# a sentence is only run through the patterns that can match it, as the name-first patterns
# are costly to try.
CREDIT_PATTERNS = [
    (
        re.compile(
            # Lower case "star": "Star Wars Story" is a title, not a credit.
            r"\b(?:starring|Starring|stars|Stars|star|starred|co-starring|featuring|Featuring|"
            r"(?i:with\s+a\s+cast\s+led\s+by))\s+"
            rf"{_NAMES}"
        ),
        "cast",
        ("star", "featur", "cast led"),
    ),
    # A list opening its clause: "A, B and C have joined the ensemble cast of X"
    (
        re.compile(_LEAD_NAMES + _STAR),
        "cast",
        ("star", "cast", "headline", "lead", "repris", "return"),
    ),
    # One name anywhere: "Ballerina has Ana de Armas attached to star"
    (
        re.compile(rf"(?P<names>{NAME})" + _STAR),
        "cast",
        ("star", "cast", "headline", "lead", "repris", "return"),
    ),
    # A role described, not named: "Jonah Whitfield joins as a retired detective", "Lena
    # Marsh plays his estranged daughter", "Ada Cole has been cast as the new captain".
    (
        re.compile(
            rf"{_CLAUSE_NAMES}\s+(?:(?:also\s+)?(?:joins?|has\s+joined|have\s+joined|joined|"
            r"will\s+join)\s+(?:the\s+(?:series|show|film|season|cast)\s+)?as|"
            r"(?:is|are|has\s+been|have\s+been|was|were)\s+cast\s+(?:as|to\s+play|"
            # "has been cast in a recurring role as the high priest"
            r"in\s+an?\s+(?:[\w-]+\s+){0,2}role\s+as)|"
            r"(?:again\s+|also\s+|now\s+)?(?:(?:is|are)\s+(?:set|tapped|expected)\s+to\s+|will\s+)?"
            # ("The English voice cast has not been announced": a noun, not a verb)
            r"(?:plays?|portrays?|voices?(?!\s+(?:cast|actors?|actress|work|acting|over|talent)\b))|"
            r"(?:is|are)\s+(?:playing|portraying|voicing)|"
            r"takes?\s+on\s+the\s+roles?\s+of)\s+"
            # "play siblings", not "plays in a band", "plays out", "plays to type"
            r"(?:(?:a|an|the|his|her|their|two|three)\s+)?(?!(?:in|on|at|to|out|with|for|up|down)\b)"
            r"(?=[a-z])"
        ),
        "cast",
        (" as ", "play", "role of", "portray", "voic"),
    ),
    # A character named: "Tomasz Wren has been cast to play Elias Varga", "… cast as Sora"
    (
        re.compile(
            rf"{_CLAUSE_NAMES}\s+(?:(?:(?:has|have)\s+been|(?:is|are|was|were))\s+cast\s+"
            r"(?:as|to\s+play|in\s+the\s+role\s+of)|"
            # "Jonah Ferrante will play Casimir Vell": casting news ("Keanu Reeves plays John
            # Wick as…" describes a character, who may share the title's name)
            r"(?:will|(?:is|are)\s+(?:set|tapped)\s+to)\s+(?:play|portray))"
            r"\s+(?=[A-Z][a-z])"
        ),
        "cast",
        ("cast ", "play", "portray"),
    ),
    # "with Callum Dorsey as a flood engineer", "Imogen Farrow, as his estranged sister"
    (
        re.compile(
            # ("and Imelda Soto as mine owner Beatriz Vance": a part with no article)
            rf"(?:\b(?i:with|and)\s+|,\s+|^\W*)(?P<names>{NAME}),?\s+as\s+(?:(?:a|an|the|his|her|"
            r"their)\s+)?(?!(?:well|usual|ever|always|yet|it|is|was|we|they|said|seen|noted|part|such|"
            r"much|long|soon|far|of|if|though|before|"
            r"expected|planned|announced|reported|director|producer|showrunner|writer|host)\b)"
            r"(?=[a-z])"
        ),
        "cast",
        (" as ",),
    ),
    # The names after what says they are in it: "a cast that already includes A, B and C",
    # "joined by Lars Holm", "Joining the eight-episode drama are A and B", "Rounding out the
    # cast are…", "Maren Kovacs plays Edda, the harbour master's daughter"
    (
        re.compile(
            r"\b(?i:cast\s+(?:that|which)\s+(?:already\s+|also\s+|now\s+)?includes?|"
            r"cast\s+(?:also\s+|now\s+)?includes?|joined\s+by|"
            r"(?:joining|rounding\s+out)\s+(?:the|them|him|her)\s+(?:[\w-]+\s+){0,3}?(?:are|is))\s+"
            rf"{_NAMES}"
        ),
        "cast",
        ("cast", "joined", "joining", "rounding"),
    ),
    # "A, B and C have joined The Pell Affair", "with A and B joining previously announced
    # leads C and D", "He joins A and B in the cast"
    (
        re.compile(
            rf"{_LEAD_NAMES}\s+(?:(?:has|have)\s+(?:also\s+)?joined|(?:is|are)\s+joining)\s+"
            r"(?=[A-Z\"“*])"
        ),
        "cast",
        ("join",),
    ),
    (re.compile(rf"\b(?i:with)\s+{_LIST_OF_NAMES}\s+joining\b"), "cast", ("join",)),
    (
        re.compile(
            r"\b(?i:joining|joins?|joined)\s+(?:(?:previously\s+)?announced\s+|returning\s+)?"
            rf"(?:leads?|stars?|co-stars?|cast\s+members?)\s+{_NAMES}"
        ),
        "cast",
        ("join",),
    ),
    (
        re.compile(rf"\b(?i:joins?|joined)\s+{_NAMES}\s+in\s+the\s+(?:\w+\s+)?(?:cast|ensemble)\b"),
        "cast",
        ("join",),
    ),
    (
        re.compile(
            rf"{_CLAUSE_NAMES}\s+(?:(?:also\s+)?(?:plays|portrays|voices)|will\s+voice)\s+"
            r"(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:[,.;:]|\s+\(|\s+(?:in|opposite|alongside)\b|$))"
        ),
        "cast",
        ("plays", "portrays", "voice"),
    ),
    # "Cold Harbor has added Mira Castell and Lucia Brandt to its cast"
    (
        re.compile(rf"\badd(?:s|ed)\s+{_NAMES}\s+to\s+(?:its|the)\s+(?:\w+\s+)?cast\b"),
        "cast",
        ("cast",),
    ),
    (
        re.compile(rf"\b(?i:directed\s+by|director|filmmaker)\s+{_NAMES}"),
        "director",
        ("direct", "filmmaker"),
    ),
    # "Ingrid Solberg (The Pale Orchard) directs all six episodes": past her earlier work
    (
        re.compile(
            rf"(?P<names>{NAME})\s*\([^)]{{1,60}}\)\s+(?:(?:will\s+)?(?:direct|directs)|"
            r"is\s+directing|directed(?!\s+by))\b"
        ),
        "director",
        ("direct",),
    ),
    # "the directorial debut of Nils Ekdahl and Paz Romero"
    (
        re.compile(
            rf"\b(?i:(?:directorial|directing|feature)\s+debut\s+(?:of|from|for))\s+{_NAMES}"
        ),
        "director",
        ("debut",),
    ),
    (
        # "Elena Voss directed the drama", but not "Ballerina directed by …".
        re.compile(
            # ("Tobias Quell, who left Pixar in 2024, will direct…": past an aside on them)
            rf"(?P<names>{NAME})(?:,\s+who\s[^,]{{1,80}},)?\s+(?:(?:will\s+)?(?:direct|directs|is\s+directing)|"
            r"directed(?!\s+by)|(?:is\s+)?attached\s+to\s+direct|"
            r"is\s+(?:set|slated|tapped|expected)\s+to\s+(?:direct|helm)|helms|is\s+helming|"
            r"(?:has\s+)?signed\s+on\s+to\s+(?:direct|helm)|(?:is|has\s+been)\s+(?:tapped|hired)\s+to\s+"
            r"(?:direct|helm)|"
            r"will\s+helm)\b"
        ),
        "director",
        ("direct", "helm"),
    ),
    (
        re.compile(
            r"\b(?i:written(?:\s+and\s+directed)?\s+by|(?:screenplay|script)\s+(?:is\s+)?by|"
            # (who they are before the name: "written by former barrister Oluwaseun Adebayo")
            rf"screenwriters?|writers?(?![-/])|scribe|penned\s+by)\s+(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?"
            rf"{_NAMES}"
        ),
        "writer",
        ("writ", "script", "screenplay", "scribe", "penned"),
    ),
    (
        re.compile(
            rf"(?P<names>{NAME}),\s+(?:one\s+of\s+(?:its|the\s+film's|the)\s+)?"
            r"(?:screenwriters?|writers?)\b"
        ),
        "writer",
        ("writer",),
    ),
    (
        re.compile(
            rf"(?P<names>{NAME})\s+(?:(?:will\s+)?(?:write|writes)|(?:is\s+)?writing|(?:co-)?wrote)\b"
            # ("wrote on social media", "wrote in a statement", "wrote to fans": no script)
            r"(?!\s+(?:on|in|to|that|an?|of|about|back|for)\b)"
        ),
        "writer",
        ("writ", "wrote"),
    ),
    (re.compile(rf"\b(?i:produced\s+by|producer)\s+{_NAMES}"), "producer", ("produc",)),
    (
        re.compile(
            rf"(?P<names>{NAME})\s+(?:(?:will\s+)?(?:produce|produces)|(?:is\s+)?producing)\b"
        ),
        "producer",
        ("produc",),
    ),
    # (an anime's "series composer" writes it: series composition is the head writer's job)
    (
        re.compile(rf"\b(?<!series\s)(?<!Series\s)(?i:composer|score\s+by|music\s+by)\s+{_NAMES}"),
        "composer",
        ("compos", "score", "music"),
    ),
    (
        re.compile(rf"\b(?i:series\s+composer|series\s+composition\s+by)\s+{_NAMES}"),
        "writer",
        ("series compos",),
    ),
    # "with Mara Ellison directing", "with Tom Holland starring": the role after the name.
    (
        re.compile(rf"\b(?i:with)\s+{_NAMES}\s+(?:directing|at\s+the\s+helm)\b"),
        "director",
        ("directing", "helm"),
    ),
    (
        re.compile(rf"\b(?i:with)\s+{_NAMES}\s+(?:writing|scripting)\b"),
        "writer",
        ("writing", "scripting"),
    ),
    (
        re.compile(rf"\b(?i:with)\s+{_NAMES}\s+(?:starring|on\s+board\s+to\s+star)\b"),
        "cast",
        ("starring", "star"),
    ),
    # ("created by showrunner Petra Halvorsen": the creator, whatever else she is)
    (
        re.compile(
            rf"\b(?i:created\s+by(?:\s+(?:showrunner|writer|novelist|author|filmmaker))?|"
            rf"creator)\s+{_NAMES}"
        ),
        "creator",
        ("creat",),
    ),
    # A show's runner is its lead executive producer: "showrunner Dana Okafor returns",
    # "Imogen Varga … returns as showrunner", "with Imogen Varga back as showrunner".
    (
        re.compile(rf"\b(?i:showrunners?|show\s+runners?)\s+{_NAMES}"),
        "producer",
        ("showrunner", "show runner"),
    ),
    (
        re.compile(
            rf"(?P<names>{NAME})(?:,[^,]{{1,60}},)?\s+(?:(?:returns?|is\s+back|back|stays?|"
            r"remains?|serves?|will\s+(?:return|serve|stay|remain))\s+as|is)\s+(?:the\s+)?"
            r"(?:(?:series|show)['’]s?\s+)?(?:showrunner|show\s+runner)\b"
        ),
        "producer",
        ("showrunner", "show runner"),
    ),
    # Spanish, French, German and Italian copy: "de la directora Carmela Ibarguren",
    # "réalisé par", "unter der Regie von", "diretto da"; "protagonizada por"
    (
        re.compile(
            # ("dirigida por la cineasta valenciana Carmela Ibarrondo")
            r"\b(?i:dirigid[ao]s?\s+por(?:\s+(?:la|el)\s+(?:cineasta|directora?|realizadora?)"
            r"(?:\s+[a-záéíóúñ]+)?)?|de\s+la\s+directora|del\s+director|réalisée?s?\s+par|"
            r"du\s+réalisateur|de\s+la\s+réalisatrice|unter\s+der\s+regie\s+von|"
            # "Il nuovo film di Giulia Ferranti", "della regista Giulia Ferranti"
            r"(?-i:[Ii]l\s+nuovo\s+film\s+di)|della\s+regista|del\s+regista|"
            rf"diretto\s+da|diretta\s+da)\s+{_NAMES}"
        ),
        "director",
        (
            "dirigid",
            "directora",
            "director",
            "réalis",
            "regie",
            "dirett",
            "regista",
            "nuovo film di",
        ),
    ),
    (
        re.compile(
            r"\b(?i:protagonizad[ao]s?\s+por|interpretad[ao]s?\s+por|"
            # "Protagonisti del film sono Matteo Varani e Chiara Bellandi", "con X e Y"
            r"protagonisti\s+(?:del\s+film\s+)?sono|interpretato\s+da)\s+"
            rf"{_NAMES}"
        ),
        "cast",
        ("protagoniz", "interpretad", "protagonisti", "interpretato"),
    ),
    # "Luana Pestana interpreta a protagonista", "Rodrigo Amaral vive o irmão", "X interpreta"
    (
        re.compile(
            rf"{_CLAUSE_NAMES}\s+(?:interpreta|vive|encarna|incarne|interprète|spielt)\s+"
            r"(?:a|o|la|el|le|il|lo|die|den|das|uma?|une?|una?)\b"
        ),
        "cast",
        ("interpret", " vive ", "encarna", "incarne", "spielt"),
    ),
    # "creada por Inés Albarrán", "créée par", "creata da", "von Regisseurin Anke Hollmann",
    # "mit Jonas Brenner in der Hauptrolle", "X et Y tiennent les rôles principaux"
    (
        re.compile(rf"\b(?i:cread[ao]\s+por|créée?\s+par|creat[ao]\s+da)\s+{_NAMES}"),
        "creator",
        ("cread", "créé", "creat"),
    ),
    (
        re.compile(rf"\b(?i:von\s+(?:der\s+|dem\s+)?regisseur(?:in)?|regie:?)\s+{_NAMES}"),
        "director",
        ("regisseur", "regie"),
    ),
    (
        re.compile(rf"\b(?i:mit)\s+{_NAMES}\s+(?i:in\s+der\s+hauptrolle|in\s+den\s+hauptrollen)"),
        "cast",
        ("hauptrolle",),
    ),
    (
        re.compile(rf"{_LEAD_NAMES}\s+(?i:tien(?:nen)?t\s+(?:les|le)\s+rôles?\s+principa\w*)"),
        "cast",
        ("rôle",),
    ),
    # "the second feature from Yusra Haddad, who wrote and directed it"
    (
        re.compile(
            rf"(?P<names>{NAME}),?\s+who\s+(?:also\s+)?(?:wrote\s+and\s+directed|"
            r"directed\s+and\s+wrote|(?:co-)?wrote\s+and\s+(?:will\s+)?direct\w*)\b"
        ),
        "writer_director",
        ("wrote and direct", "directed and wrote"),
    ),
    # "Imogen Varga, who created the series, …", "Imogen Varga created the show".
    (
        re.compile(
            rf"(?P<names>{NAME}),?\s+(?:who\s+)?(?:co-)?created\s+(?:the\s+)?(?:series|show)\b"
        ),
        "creator",
        ("created the series", "created the show", "created series", "created show"),
    ),
    # "a documentary by Petra Malinowska", "the new film by Ana Ruiz": who made it
    (
        re.compile(
            r"\b(?i:(?:documentary|film|feature|drama|comedy|thriller|movie)\s+by)\s+"
            rf"{_NAMES}"
        ),
        "director",
        (" by ",),
    ),
    # "Tomasz Veld, who directed the first film, is returning to direct"
    (
        re.compile(
            rf"(?P<names>{NAME})(?:,[^,]{{1,80}},)?\s+(?:is\s+|will\s+be\s+)?(?:returning|returns|"
            r"back|set|on\s+board|signed\s+on)\s+to\s+direct\b"
        ),
        "director",
        ("to direct",),
    ),
    # "Clara Voss will write and direct Hazel", "who is writing and directing"
    (
        re.compile(
            rf"(?P<names>{NAME})\s+(?:will\s+|is\s+set\s+to\s+|is\s+)?(?:write|writes|writing|"
            r"wrote)\s+and\s+(?:will\s+)?(?:direct|directs|directing|directed)\b"
        ),
        "writer_director",
        ("and direct",),
    ),
    # "adapted by Oona Bright-Carver from the novel"
    (
        re.compile(rf"\b(?i:adapted\s+(?:for\s+(?:the\s+)?screen\s+)?by)\s+{_NAMES}"),
        "writer",
        ("adapted",),
    ),
    # "Executive producers are Howard Penrose and Sunita Rai"
    (
        re.compile(
            rf"\b(?i:(?:executive\s+)?producers\s+(?:are|include)|producers?\s+is)\s+{_NAMES}"
        ),
        "producer",
        ("producer",),
    ),
    # "Creator and star Kemi Adewale"
    (
        re.compile(rf"\b(?i:creator\s+and\s+star|star\s+and\s+creator)\s+{_NAMES}"),
        "creator",
        ("creator and star", "star and creator"),
    ),
    # "Writer-director Cole Amara", "writer and director Cole Amara"
    (
        re.compile(rf"\b(?i:writer[-/]director|writer\s+and\s+director)\s+{_NAMES}"),
        "writer_director",
        ("writer",),
    ),
    # "Kowalczyk wrote the screenplay and will direct."
    (
        re.compile(
            rf"(?P<names>{NAME})\s+(?:co-)?wrote\s+the\s+(?:screenplay|script)\s+and\s+"
            r"(?:will\s+(?:also\s+)?direct|is\s+(?:also\s+)?directing|directed)\b"
        ),
        "writer_director",
        ("wrote",),
    ),
    # "stars as the farmer's brother, opposite Marisol Ebberly"
    (re.compile(rf"\bopposite\s+{_NAMES}"), "cast", ("opposite",)),
    # "wrote the script with her longtime collaborator Felix Aldane", "co-wrote the script
    # with his sister, novelist Adaeze Oyelaran"
    (
        re.compile(
            r"\b(?i:(?:co-)?wrote\s+(?:the\s+)?(?:script|screenplay)\s+with)\s+"
            rf"(?:[\w,’'-]+\s+){{0,4}}?{_NAMES}"
        ),
        "writer",
        ("wrote",),
    ),
    # "who created the series with Rohan Mistry-Hale": its other creator
    (
        re.compile(rf"\b(?i:(?:co-)?created\s+(?:the\s+)?(?:series|show)\s+with)\s+{_NAMES}"),
        "creator",
        ("creat",),
    ),
    # "New to the cast this season is Agathe Solberg"
    (
        re.compile(
            r"\b(?i:new\s+to\s+the\s+cast(?:\s+this\s+(?:season|time))?\s+(?:is|are))\s+"
            rf"{_NAMES}"
        ),
        "cast",
        ("new to the cast",),
    ),
    # "Returning cast members include A, B and C", "The cast also includes A and B"
    (
        re.compile(
            # ("Castell joins a cast that includes A and B")
            r"\b(?i:cast(?:\s+members)?\s+(?:(?:that|which|who)\s+)?(?:also\s+)?"
            r"(?:includes?|are|will\s+include))\s+"
            rf"{_NAMES}"
        ),
        "cast",
        ("cast",),
    ),
    # "The detective will be played by Ana Ruiz", "Elias, played by Tomasz Wren, …"
    (re.compile(rf"\bplayed\s+by\s+{_NAMES}"), "cast", ("played by",)),
    # "Tobias Quell is directing from his own script": the writer as well
    (
        re.compile(
            rf"(?P<names>{NAME})\s+(?:is\s+directing|will\s+direct|directs|directed)\b"
            r"[^.;]{0,60}?\bfrom\s+(?:his|her|their)\s+own\s+(?:script|screenplay)"
        ),
        "writer_director",
        ("own script", "own screenplay"),
    ),
    # "Callum Reid and Ingrid Moe co-star.", "Gideon Frost co-stars as the detective", "A and
    # B also star."
    (
        re.compile(
            _LEAD_NAMES + r"\s+(?:also\s+)?(?:co-?stars?|co-?starred|star)"
            r"(?=\s*[.;]|\s*,\s|\s+as\b|\s+opposite\b)"
        ),
        "cast",
        ("star",),
    ),
    # "Owen Raskin returns as harbor master Tom Bexley" (a part: "returns as showrunner" is
    # the job's), "with A and B back in the lead roles", "reprising their roles"
    (
        re.compile(
            rf"{_CLAUSE_NAMES}\s+(?:returns|will\s+return|is\s+returning|is\s+back|comes\s+back)"
            r"\s+as\s+(?:(?:a|an|the|his|her)\s+)?(?!(?:showrunner|director|writer|producer|"
            r"executive|host|creator|head|narrator|well)\b)(?=[a-z])"
        ),
        "cast",
        ("return", "back"),
    ),
    (
        re.compile(
            rf"(?:(?<=\bwith\s)|(?<![\w,]\s)(?<!,)){_LIST_OF_NAMES}\s+(?:(?:are|is|will\s+be)\s+)?"
            r"(?:back\s+in|reprising|(?:will\s+)?reprise|"
            r"reprises)\s+(?:the|their|his|her)\s+(?:(?:lead|leading|title|starring|main)\s+)?roles?\b"
        ),
        "cast",
        ("back in", "repris"),
    ),
]


# A director of something other than the film, just before "director": the festival's, the
# studio's creative one, the casting one.
# A festival's jury and its other posts: what someone is named to, not a film they made.
JURY_DUTY = re.compile(
    r"[^.;]{0,40}?\b(?:named|appointed|chosen|tapped|set|will\s+serve|serves|to\s+serve|will\s+"
    r"(?:preside|head|lead|chair))\b[^.;]{0,40}?\b(?:jury|juries|jurors?)\b",
    re.I,
)
OTHER_DIRECTOR = re.compile(
    r"\b(?:festival|artistic|creative|casting|managing|executive|art|music|programm?(?:e|ing)|"
    r"general|marketing|editorial|technical|animation|game|narrative|design|content|sales|"
    r"communications?|studio|company|network|photography|original|former|ex-|first\s+game's|"
    r"original\s+game's)\s+$",
    re.I,
)


# A listing's label line: "Director: Colin Trevorrow", "Cast: Chris Pratt, Bryce Dallas Howard".
LABELS = {
    "director": "director",
    "directors": "director",
    "directed by": "director",
    "cast": "cast",
    "starring": "cast",
    "stars": "cast",
    "voice cast": "cast",
    "writer": "writer",
    "writers": "writer",
    "written by": "writer",
    "screenplay": "writer",
    "screenplay by": "writer",
    "creator": "creator",
    "creators": "creator",
    "created by": "creator",
    "producer": "producer",
    "producers": "producer",
    "composer": "composer",
    "music": "composer",
    "music by": "composer",
}
# A cast list's row: a name, then the part ("- Haruka Mizushiro as Tsumugi Arakawa").
CAST_ROW = re.compile(rf"^\s*[-•*]\s+(?P<names>{NAME})\s+as\s+(?:the\s+)?[A-Z][^.;]{{0,60}}$")
LABEL_LINE = re.compile(
    r"^\W*(?P<label>"
    + "|".join(sorted(map(re.escape, LABELS), key=len, reverse=True))
    # ("Writer-director Cole Amara also wrote…": a compound, not a label and its names)
    + r")(?:\s*[:|]|\s+[–-])\s*(?P<names>.+)$",
    re.IGNORECASE,
)
# A person's possessive just before a title, and a star's "starrer".
# What a film is called by its maker's name: "Tomas Eriksen's drama", "Rafael Ostrowski's
# black-and-white family saga".
_FILM_KIND = (
    r"(?:film|feature|drama|comedy|thriller|documentary|debut|movie|rom-com|horror|doc|pic|"
    r"biopic|western|satire|saga|epic|chiller|musical|anthology|noir|caper|fable|portrait|"
    r"romance|mystery)"
)
OWNER = re.compile(
    rf"(?P<names>{NAME})['’]s\s+(?P<kind>(?:[\w-]+\s+){{0,5}}?{_FILM_KIND})?[\s\"“]*$"
)
# Festival copy names a film by its director ("Alice Lowe's Timestalker"); elsewhere the
# possessive as often belongs to a star ("Adam Sandler's Hustle"), so it is read only there.
OWNER_AFTER = re.compile(
    rf"[\"”,]{{0,3}}\s+(?P<names>{NAME})['’]s\s+(?:[\w-]+\s+){{0,4}}?{_FILM_KIND}\b"
)
OWNED_KIND = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,5}}?{_FILM_KIND}\b", re.I)
# What a screen work is adapted from, named after its title: the possessive is its author's.
SOURCE_WORK = re.compile(
    r"\s+(?:light\s+)?(?:manga|novels?|books?|comics?|graphic\s+novels?|memoir|webtoon)\b", re.I
)
FESTIVAL_WORDS = re.compile(r"\b(?:festival|premieres?|line-?up|selections?|competition)\b", re.I)
STARRER = re.compile(rf"(?P<names>{NAME})\s+starrer\s+$")

NOT_PEOPLE = {
    "The",
    "This",
    "That",
    "It",
    "He",
    "She",
    "They",
    "A",
    "An",
    "In",
    "On",
    "And",
    "But",
    "John Wick",
    "Reeves",
}


# "Oscar-winning", "Emmy Award-winner", "Academy Award nominee": a description, not the name.
ACCOLADE = re.compile(r"^(?:[\w'’]+[\s-]){1,3}?(?:winning|winner|nominated|nominee)\s+", re.I)
# "Director Mara Ellison will direct": the job before a name, capitalised at a sentence's start.
JOB = re.compile(
    r"^(?:(?:Star|Actor|Actress|Director|Filmmaker|Writer|Screenwriter|Producer|Composer|"
    r"Creator|Showrunner|Co-star|Writer-director|Director-writer|Comedian|Singer|Author|Newcomer|"
    r"Veteran|Rapper|Musician|Model|Presenter|Host)\s+)+"
    r"(?=\S+\s+\S)"
)


def _people(names: str) -> list[str]:
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+(?:and|y|et|und|e)\s+", names)
    parts = [re.sub(rf"^{_WHO}", "", part.strip()) for part in parts]
    names = [
        JOB.sub("", ACCOLADE.sub("", re.sub(r"['’]s$", "", trim_name(p.strip()))))
        for p in parts
        if p.strip()
    ]
    return [
        name
        for name in names
        if name not in NOT_PEOPLE
        and name.lower() not in NOT_TITLES
        and not name.endswith(("'", "’"))  # "…, and Paper Tigers' third season": a show's
    ]


BASED = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?-based\s+(?=[A-Z])")


def _credit(context: Context, subject: Subject, role: str, names: str, text: str, score: float):
    if role == "creator" and subject.subkind == "season":
        subject = _show(subject, context)  # "who created the series": the show, not a season
    for name in _people(names):
        if based := BASED.match(name):
            # "produced by Oslo-based Fjordlys Film": a company, wherever it is
            if role == "producer":
                _company_credit(context, subject, "studio", name[based.end() :], text)
            continue
        if COMPANY_SUFFIX.search(name):
            # "produced by Cobalt Harbor Television": the company that makes it
            if role == "producer":
                _company_credit(context, subject, "studio", name, text)
            continue
        if normalize_name(name) in context.first_named:
            continue  # "starring Zara Quennell, Glass Meridian follows…": the show, no one
        entries = context.gazetteer.lookup(name)
        known = [e for e in entries if e.kind == "person"]
        if entries and not known:
            continue  # "Northlight Pictures producing" names a company, not a person
        if known:
            person = Subject.of(known[0])
        elif len(name.split()) >= 2:
            person = Subject(kind="person", name=name)
            context.people.setdefault(name.split()[-1], name)
        elif name in context.people:
            person = Subject(kind="person", name=context.people[name])  # "Castellane wrote…"
        else:
            continue  # a lone surname is too weak to create a person from
        value = {"role": role, "person": person.name, "person_id": person.id}
        context.add(Suggestion("credit", subject, value, text, score if known else score - 0.2))


def _show(season: Subject, context: Context) -> Subject:
    parent = context.season_parents.get(normalize_name(season.name))
    if parent is None:
        return season  # the catalog's own season: its show is the catalog's to say
    return Subject(kind="title", id=parent["parent_id"], name=parent["parent"], subkind="series")


# The companies behind a title: "developed by Greywater Interactive", "published by
# Halcyon Publishing", "distributed by Neon", "Neon has bought the US rights".
_COMPANY = (
    r"(?P<company>[A-Z][\w&.'’+-]*(?:\s+(?:[A-Z][\w&.'’+-]*|of|and\s+(?=[A-Z]\w*\s+[A-Z]))){0,3})"
)
# "Quillstone Releasing has set the film to open…", "Fernhollow Pictures will also release that
# film": who brings it out. Anyone may say so of a film: a company only by a company's name.
# ("Furrow & Finch": an ampersand joins a company's name)
_COMPANY_AND = r"(?P<company>[A-Z][\w.'’+-]*(?:\s+(?:[A-Z][\w.'’+-]*|&|of)){0,3})"
BRINGS_IT_OUT = re.compile(
    _COMPANY + r"\s+(?:has\s+set|will\s+(?:also\s+)?(?:release|distribute)|releases|distributes)\s+"
    # ("Lumen Films will release "The Salt Road" in U.S. theaters": the title by its name)
    r"(?:(?:the|that|this|it)\b(?:\s+(?:film|movie|documentary|picture))?|(?=[\"“]?[A-Z]))"
)
COMPANY_PATTERNS = [
    # (the role may open the sentence: "Publisher Vantablue Interactive said…")
    (re.compile(r"\b(?i:developed\s+by|from\s+developer|developer)\s+" + _COMPANY), "developer"),
    (re.compile(r"\b(?i:published\s+by|from\s+publisher|publisher)\s+" + _COMPANY), "publisher"),
    # ("la distribuidora Lunaria Films", "le distributeur", "der Verleih")
    (
        re.compile(
            r"\b(?i:distributed\s+by|distributor|distribuidora|distribuido\s+por|distributeur|"
            r"distribué\s+par|der\s+verleih|distribuito\s+da)\s+" + _COMPANY
        ),
        "distributor",
    ),
    (
        re.compile(
            # ("Bluefinch Releasing, which bought North American rights", "has acquired UK and
            # Ireland rights")
            _COMPANY + r"(?:,\s+which)?\s+(?:(?:has|have)\s+(?:already\s+)?)?"
            r"(?:bought|acquired|picked\s+up|landed)\s+(?:the\s+)?"
            r"(?:(?:[A-Z]{2,3}|[A-Z][a-z]+)(?:\s+(?:and|&)\s+[A-Z][\w.]+)?\s+|"
            r"North\s+American\s+|worldwide\s+|global\s+)?"
            r"(?:distribution\s+)?rights\b"
            # "the rights to the film adaptation": another title's
            r"(?!\s+to\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,2}(?:adaptation|remake|version|"
            r"novel|book|series))"
        ),
        "distributor",
    ),
    (BRINGS_IT_OUT, "distributor"),
    # Who makes it: "the co-op dungeon crawler from Cinderpath Games", "from independent
    # studio Furrow & Finch", "is being made by Ninefold Studio" (a game's developer, a
    # film's or a show's studio)
    (
        re.compile(
            r"\b(?:from|(?:being\s+)?(?:made|built)\s+by)\s+(?:(?:indie|independent|[A-Z][a-z]+-based|"
            r"British|Canadian|Japanese|Korean|French|German|Polish|Swedish|Spanish|Italian)\s+)?"
            r"(?P<job>(?:studio|developer)\s+)?" + _COMPANY_AND
        ),
        "maker",
    ),
]
COMPANY_KEYS = (
    *("develop", "publish", "distribu", "verleih", "rights", "release", "set the", "from "),
    *("made by", "built by"),
)
# A possessive or a title's own word is no company: "the game's developer said".
NOT_COMPANIES = {"The", "This", "It", "Its", "A", "An", "Premiere"}


# The trade's box-office copy: "GLASS HARBOR (Northlight/Universal) rode a strong Saturday…":
# the last company in the parentheses releases it.
DISTRIBUTED_BY = re.compile(
    r"\((?P<by>[A-Z][\w.&'’ -]{1,30}(?:/[A-Z0-9][\w.&'’ -]{1,30})*)(?:,[^)]{0,40})?\)"
)
CAPITALS = re.compile(r"[A-Z0-9][A-Z0-9'’.&!:\s-]*")
NOT_A_DISTRIBUTOR = re.compile(
    r"(?:season|series|saison|staffel|temporada|part|vol\b|volume|episode|new\s+series|"
    + MONTH_NAMES
    + r"\s+\d|"
    + WEEKDAY_NAME
    + r"\b)",
    re.I,
)


def _distributors_in_parentheses(text: str, located, context: Context) -> None:
    for match in DISTRIBUTED_BY.finditer(text):
        title = located.last_before(match.start())
        if title is None or text[title.end : match.start()].strip():
            continue
        name = match.group("by").split("/")[-1].strip()
        if NOT_A_DISTRIBUTOR.match(match.group("by")):
            continue  # "HARROW FIELDS (Sept. 26)", "(Season 3)": a schedule's day or season
        if not CAPITALS.fullmatch(text[title.start : title.end]) and not COMPANY_SUFFIX.search(
            name
        ):
            # the trade's capitals, or a company by its name ("Iron Meadow (Castlegate
            # Pictures)"); "Glass Harbor (2019)", "(Season 2)", "(Mira Okafor)" are none
            continue
        known = [e for e in context.gazetteer.lookup(name) if e.kind == "company"]
        if context.gazetteer.lookup(name) and not known:
            continue
        company = Subject.of(known[0]) if known else Subject(kind="company", name=name)
        value = {"role": "distributor", "company": company.name, "company_id": company.id}
        context.add(Suggestion("credit", Subject.of(title.entry), value, text, 0.6))


def _company_credits(text: str, located, context: Context, points_back) -> None:
    lower = text.lower()
    if not any(key in lower for key in COMPANY_KEYS):
        return
    for pattern, role in COMPANY_PATTERNS:
        for match in pattern.finditer(text):
            name = match.group("company").strip().rstrip(".,;:'’")
            if name in NOT_COMPANIES or name.split()[0] in NOT_COMPANIES:
                continue
            if pattern is BRINGS_IT_OUT and not COMPANY_SUFFIX.search(name):
                continue  # "Jordan Peele will release it": not a distributor's name
            if role == "maker":
                name = name.removesuffix(" &").removesuffix(" of")
                if not (match.group("job") or COMPANY_SUFFIX.search(name)):
                    continue  # "a drama from Ada Brennan": a person's, or a place's
            if located.first_after(match.start("company") - 1) is not None and any(
                loc.start == match.start("company") for loc in located.of_kinds()[1]
            ):
                continue  # a title where a company would be
            subject = subject_near(located, match.start(), context, refer_back=points_back)
            if subject is None or subject.kind != "title":
                continue
            _company_credit(context, subject, role, name, text)


def _company_credit(context: Context, subject: Subject, role: str, name: str, text: str) -> None:
    known = [e for e in context.gazetteer.lookup(name) if e.kind == "company"]
    if context.gazetteer.lookup(name) and not known:
        return  # a person or a title of that name
    if not known:
        # "Quillstone Entertainment …; publisher Quillstone said": one company
        name = next((n for n in context.companies if n.startswith(name + " ")), name)
        if name not in context.companies:
            context.companies.append(name)
    company = Subject.of(known[0]) if known else Subject(kind="company", name=name)
    value = {"role": role, "company": company.name, "company_id": company.id}
    context.add(Suggestion("credit", subject, value, text, 0.85 if known else 0.65))


# Casting news that takes a credit away: "Dana Whitlock has exited the thriller", "Omar Reyes,
# who was set to star, has dropped out", "… will be replaced by Priya Castell". "Left" and
# "exited" count only with a work after them ("exited Northlight Pictures" is a job).
LEAVES = re.compile(
    rf"(?P<names>{NAME})(?:,\s+who|,[^,]{{1,80}},)?\s+(?:has\s+|have\s+|had\s+)?(?:"
    r"(?P<verb>exited|exits|is\s+exiting|departed|departs|left|leaves|is\s+leaving|quit|quits)"
    r"\s+(?P<object>[^.;,]{0,60})|"
    r"(?:dropped|drops|pulled|pulls)\s+out\b|(?:stepped|steps|is\s+stepping)\s+(?:away|down|aside)\b|"
    r"walked\s+away\b|parted\s+ways\b|(?:is|are)\s+no\s+longer\s+(?:attached|involved|part|"
    r"directing|starring|in\s+the\s+(?:film|cast|series|show))\b|"
    r"(?:will\s+be|has\s+been|have\s+been|is\s+being|was)\s+(?:replaced|recast)\b)"
)
LEAVES_WORK = re.compile(
    r"^(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:project|film|movie|series|"
    r"show|production|cast|role|sequel|prequel|thriller|drama|comedy|feature|picture|adaptation|"
    r"remake|reboot|season|game|biopic)\b",
    re.I,
)
# "Priya Castell replaces Dana Whitlock": the one replaced leaves too.
REPLACED_ONE = re.compile(
    r"\b(?:replaces|replacing|replaced|succeeds|succeeding|(?:steps?|stepped|stepping)\s+in\s+"
    rf"for|(?:takes|took|taking)\s+over\s+from)\s+{_NAMES}"
)
# Who comes in: "replaced by Priya Castell", "recast with Malik Odum", "Lena Fjord has replaced
# him"; "steps in" and "takes over" only where someone has left.
REPLACEMENTS = [
    re.compile(rf"\b(?:replaced|succeeded)\s+(?:[\w-]+\s+){{0,4}}?by\s+{_NAMES}"),
    re.compile(rf"\brecast\s+with\s+{_NAMES}"),
    re.compile(
        rf"{_CLAUSE_NAMES}\s+(?:has\s+|have\s+|will\s+|is\s+set\s+to\s+|is\s+)?"
        r"(?:replaced?|replaces|replacing|succeeds|succeed)\s+(?=[A-Z]|him\b|her\b|them\b)"
    ),
]
STEPS_IN = re.compile(
    rf"{_CLAUSE_NAMES}\s+(?:has\s+|will\s+|is\s+)?(?:steps?|stepped|stepping|takes?|taken|took|"
    r"taking)\s+(?:in|over)\b"
)
# The job changing hands, when the sentence says it is not a part: "replaced as director".
JOB_CHANGING = re.compile(
    r"\bas\s+(?:the\s+)?(?:[\w'’]+\s+)?(?P<job>director|showrunner|writer|screenwriter|composer)\b|"
    r"\b(?P<directing>directing\s+(?:duties|job|reins|chores)|director['’]s\s+chair|behind\s+the\s+"
    r"camera|to\s+direct)\b",
    re.I,
)
CASTING_CHANGE = Hint(
    "exit",
    "depart",
    "left",
    "leav",
    "quit",
    "out",
    "step",
    "walked away",
    "parted",
    "no longer",
    "replac",
    "recast",
    "succeed",
    "took over",
    "takes over",
    "taking over",
)
JOBS = {"showrunner": "producer", "screenwriter": "writer"}


THE_ROLE = re.compile(r"\b(?:the|that|his|her|their)\s+(?:lead\s+|title\s+)?(?:role|part)\b", re.I)


def _casting_changes(text: str, located, context: Context, points_back) -> None:
    """Note who leaves a title (their credits are dropped: see drop_departed) and credit who
    comes in, with the job changing hands (a part, unless the sentence names a job)."""
    departing = False
    for match in LEAVES.finditer(text):
        if match.group("verb") and not _left_a_work(match, located):
            continue
        departing = True
        if match.group("verb"):
            subject = subject_near(located, match.start(), context, refer_back=points_back)
        else:
            # "Okoro … dropped out due to conflicts with his series Iron Coast": no title
            # said, the one the story is about (or the last one left)
            subject = context.left_title or context.focus
        context.left_title = subject or context.left_title
        _note_departed(match.group("names"), subject, context)
    for match in REPLACED_ONE.finditer(text):
        subject = subject_near(located, match.start(), context, refer_back=points_back)
        _note_departed(match.group("names"), subject, context)
    patterns = [*REPLACEMENTS, STEPS_IN] if context.departed else REPLACEMENTS
    if job := JOB_CHANGING.search(text):
        role = "director" if job.group("directing") else job.group("job").lower()
        context.job_changing = JOBS.get(role, role)
    elif departing:
        context.job_changing = "cast"
    # ("Tobias Quell has stepped down as director. Mara Ellison takes over.": that job)
    role = context.job_changing or "cast"
    for pattern in patterns:
        for match in pattern.finditer(text):
            subject = subject_near(located, match.start(), context, refer_back=points_back)
            # ("Jon Reyes, who was to star in X, has left. Tilda Marsh has replaced him.")
            if subject := subject or context.left_title:
                _credit(context, subject, role, match.group("names"), text, 0.8)


def _left_a_work(match: re.Match, located) -> bool:
    """ "has exited the thriller", "exits 'The Marrow Line'": a work after the verb (not
    "exited Northlight Pictures", a job)."""
    after = located.first_after(match.start("object") - 1)
    return bool(LEAVES_WORK.match(match.group("object"))) or (
        after is not None and after.start < match.end("object")
    )


def _note_departed(names: str, subject: Subject | None, context: Context) -> None:
    for name in _people(names):
        context.departed.add((context.people.get(name, name), subject and subject.key))


def drop_departed(found: list[Suggestion], context: Context) -> list[Suggestion]:
    """The credits of someone the story says has left the title (or left, with no title
    said): "Dana Whitlock, who exited the project last month" is no cast member."""
    if not context.departed:
        return found

    def gone(suggestion: Suggestion) -> bool:
        person = suggestion.value.get("person")
        if not person:
            return False  # a company's credit
        key = suggestion.subject.key if suggestion.subject else None
        return any(
            person in (name, context.people.get(name)) and title in (None, key)
            for name, title in context.departed
        )

    return [s for s in found if s.kind != "credit" or not gone(s)]


# "he plays", "she will play", "she stars as", "he voices": the story's person, cast.
SHE_PLAYS = re.compile(
    r"\b(?:he|she)\s+(?:also\s+)?(?:plays|portrays|voices|will\s+(?:play|portray|voice)|"
    r"stars\s+as|is\s+playing)\s+(?:a|an|the|his|her)\b"
)


def _names_near(text: str, located, main, position: int):
    """The names a credit at `position` may be about: a credit outside an aside is not the
    aside's title's ("Directed by X, whose debut Paper Lanterns…, The Salt Orchard follows…");
    one inside it is."""
    return located if main is located or in_aside(text, position) else main


class _ReadOnce:
    """A pattern's answer for one sentence, asked once: every credit of a sentence asks
    whether it points back, and a page-long sentence holds thousands of credits."""

    def __init__(self, pattern: re.Pattern, text: str):
        self.found = pattern.search(text)

    def search(self, _text: str):
        return self.found


# "The film stars…", "it is directed by…", and "one of its screenwriters" (an "its" after
# "of" points back too, where "the end of it" would not).
# ("has agreed to star in the film", "a role in the series": REFERS_BACK leaves out "in the
# film", which in a date's sentence is often a scene's, not the title's)
POINTER = re.compile(
    rf"{REFERS_BACK.pattern}|\bits\b|\b(?:star|stars|starring|role|roles|cast|part)\s+in\s+the\s+"
    r"(?:[\w-]+\s+)?(?:film|movie|series|show|season|drama|comedy|thriller|sequel|game)\b",
    re.IGNORECASE,
)


# "The show is…", "The film stars…" opening the sentence: the title spoken of before it.
OPENING_POINTER = re.compile(
    r"^\W*(?:the|this)\s+(?:[\w-]+\s+)?(?:film|movie|series|show|game|drama|comedy|thriller|"
    r"documentary|miniseries|sequel|season)\s+(?:is|was|will|stars|has|also)\b",
    re.IGNORECASE,
)


def credit_rules(sentence: Sentence, located, context: Context, heading=None):
    """Suggest the cast and crew a sentence names, for the title the credit is about: the one
    named nearest before, or, on a listing's label line ("Director: Colin Trevorrow"), the
    title heading the listing."""
    text = sentence.text
    if label := LABEL_LINE.match(text):
        subject = Subject.of(heading.entry) if heading else context.last_title
        if subject is not None:
            _credit(
                context,
                subject,
                LABELS[label.group("label").lower()],
                label.group("names"),
                text,
                0.8,
            )
        return
    if (row := CAST_ROW.match(text)) and not located.of_kinds()[1]:
        # "- Haruka Mizushiro as Tsumugi Arakawa" under "The newly announced cast members are:"
        if subject := (Subject.of(heading.entry) if heading else context.last_title):
            _credit(context, subject, "cast", row.group("names"), text, 0.8)
        return
    lower = text.lower()
    opening_pointer = OPENING_POINTER.match(text) is not None
    points_back = _ReadOnce(POINTER, text)
    # the sentence's names outside its asides, less the titles it names only in passing
    main = not_in_passing(text, outside_asides(text, located))
    for pattern, role, keys in CREDIT_PATTERNS:
        if not any(key in lower for key in keys):
            continue
        for match in pattern.finditer(text):
            if role == "director" and OTHER_DIRECTOR.search(
                text[max(0, match.start() - 30) : match.start()]
            ):
                continue  # "Festival director Alberto Barbera", "creative director Ilse Marrow"
            if JURY_DUTY.match(text, match.end()):
                continue  # "Director Helga Strom has been named president of the jury"
            # With no title named, a credit is the title the sentence points back at, or the
            # one title of the sentence before: "Director James Cameron announced…" alone
            # credits nobody.
            near = _names_near(text, located, main, match.start())
            subject = subject_near(near, match.start(), context, refer_back=points_back)
            if (
                opening_pointer
                and context.last_title is not None
                and located.last_before(match.start(), ("title",)) is None
            ):
                # "The show is created by X, who also wrote Lowland": the show spoken of
                subject = context.last_title
            if context.left_title is not None and not main.of_kinds()[1] and THE_ROLE.search(text):
                # "Bell, best known for X, will now play the role opposite…": the part someone
                # left, in the title they left
                subject = context.left_title
            if subject is None:
                continue
            for each in ("writer", "director") if role == "writer_director" else (role,):
                _credit(context, subject, each, match.group("names"), text, 0.85)
    if context.person and (" he " in lower or " she " in lower):
        for match in SHE_PLAYS.finditer(text):
            # "…, in which he plays a retired lighthouse keeper": the story's person
            near = _names_near(text, located, main, match.start())
            if subject := subject_near(near, match.start(), context, refer_back=points_back):
                _credit(context, subject, "cast", context.person, text, 0.85)
    festival = bool(FESTIVAL_WORDS.search(text))
    possessive = "'s " in text or "’s " in text
    if (possessive and (festival or OWNED_KIND.search(text))) or "starrer" in lower:
        _possessive_credits(text, located, context, festival)
    _company_credits(text, located, context, points_back)
    if CASTING_CHANGE.search(text):
        _casting_changes(text, located, context, points_back)
    if "(" in text:
        _distributors_in_parentheses(text, located, context)


def _possessive_credits(text: str, located, context: Context, festival: bool) -> None:
    """ "Alice Lowe's Timestalker" (the director's film, as festival copy writes it), "Tomas
    Eriksen's drama Quiet Harbor" (anywhere: the kind makes it the maker's) and "Sydney
    Sweeney starrer Immaculate" (its star)."""
    for loc in located.of_kinds()[1]:
        if SOURCE_WORK.match(text, loc.end):
            continue  # "Mayu Tsukishiro's Lighthouse of the Nine Winds manga": its author's
        before = text[max(0, loc.start - 80) : loc.start]
        owner = OWNER.search(before)
        if not (owner and (festival or owner.group("kind"))):
            owner = OWNER_AFTER.match(text, loc.end)  # "Quiet Harbor," X's drama about…
        if owner:
            _credit(context, Subject.of(loc.entry), "director", owner.group("names"), text, 0.7)
        elif match := STARRER.search(before):
            _credit(context, Subject.of(loc.entry), "cast", match.group("names"), text, 0.75)
