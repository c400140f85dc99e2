"""How copy says who made a work and who is in it, pattern by pattern, in the languages copy
arrives in: "directed by X", "X will direct", "with X directing", "starring X and Y", "X joins
the cast of", "réalisé par X", "dirigida por X", "Regie: X". The credit rules read them."""

import re

from ..text import NAME

# Who a listed name is, in lower case before it: "…, newcomer Elodie Fane and young breakout
# Sami Okafor", "and veteran character actor Ruben Solis".
WHO = (
    r"(?:(?:newcomer|young|veteran|breakout|character|actor|actress|singer|comedian|rapper|"
    r"stage|screen|rising|musician|fellow|comic|legend)\s+){0,4}"
)
# ("y", "et", "und", "e": the lists of copy in Spanish, French, German, Italian)
NAMES = rf"(?P<names>{NAME}(?:\s*,\s*{WHO}{NAME})*(?:,?\s+(?:and|y|et|und|e)\s+{WHO}{NAME})?)"
# A list of names that opens what says their role ("A, B and C have joined the cast"): tried
# only where a list can begin, and at most a dozen long, so a page of "Alpha, Beta, …" is
# read once, not from each of its names again.
_LIST_OF_NAMES = rf"(?P<names>{NAME}(?:\s*,\s*{WHO}{NAME}){{0,12}}(?:,?\s+and\s+{WHO}{NAME})?)"
_LEAD_NAMES = rf"(?<![\w,]\s)(?<!,){_LIST_OF_NAMES}"
# The same, or after "and" opening the sentence's next clause: "…, and Lena Marsh plays…".
# ("and veteran stage actor Rupert Lindqvist has been cast…": after who they are, too)
CLAUSE_NAMES = (
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
            rf"{NAMES}"
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
            rf"{CLAUSE_NAMES}\s+(?:(?:also\s+)?(?:joins?|has\s+joined|have\s+joined|joined|"
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
            rf"{CLAUSE_NAMES}\s+(?:(?:(?:has|have)\s+been|(?:is|are|was|were))\s+cast\s+"
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
            rf"{NAMES}"
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
            rf"(?:leads?|stars?|co-stars?|cast\s+members?)\s+{NAMES}"
        ),
        "cast",
        ("join",),
    ),
    (
        re.compile(rf"\b(?i:joins?|joined)\s+{NAMES}\s+in\s+the\s+(?:\w+\s+)?(?:cast|ensemble)\b"),
        "cast",
        ("join",),
    ),
    (
        re.compile(
            rf"{CLAUSE_NAMES}\s+(?:(?:also\s+)?(?:plays|portrays|voices)|will\s+voice)\s+"
            r"(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:[,.;:]|\s+\(|\s+(?:in|opposite|alongside)\b|$))"
        ),
        "cast",
        ("plays", "portrays", "voice"),
    ),
    # "Cold Harbor has added Mira Castell and Lucia Brandt to its cast"
    (
        re.compile(rf"\badd(?:s|ed)\s+{NAMES}\s+to\s+(?:its|the)\s+(?:\w+\s+)?cast\b"),
        "cast",
        ("cast",),
    ),
    (
        re.compile(rf"\b(?i:directed\s+by|director|filmmaker)\s+{NAMES}"),
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
            rf"\b(?i:(?:directorial|directing|feature)\s+debut\s+(?:of|from|for))\s+{NAMES}"
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
            rf"{NAMES}"
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
    (re.compile(rf"\b(?i:produced\s+by|producer)\s+{NAMES}"), "producer", ("produc",)),
    (
        re.compile(
            rf"(?P<names>{NAME})\s+(?:(?:will\s+)?(?:produce|produces)|(?:is\s+)?producing)\b"
        ),
        "producer",
        ("produc",),
    ),
    # (an anime's "series composer" writes it: series composition is the head writer's job)
    (
        re.compile(rf"\b(?<!series\s)(?<!Series\s)(?i:composer|score\s+by|music\s+by)\s+{NAMES}"),
        "composer",
        ("compos", "score", "music"),
    ),
    (
        re.compile(rf"\b(?i:series\s+composer|series\s+composition\s+by)\s+{NAMES}"),
        "writer",
        ("series compos",),
    ),
    # "with Mara Ellison directing", "with Tom Holland starring": the role after the name.
    (
        re.compile(rf"\b(?i:with)\s+{NAMES}\s+(?:directing|at\s+the\s+helm)\b"),
        "director",
        ("directing", "helm"),
    ),
    (
        re.compile(rf"\b(?i:with)\s+{NAMES}\s+(?:writing|scripting)\b"),
        "writer",
        ("writing", "scripting"),
    ),
    (
        re.compile(rf"\b(?i:with)\s+{NAMES}\s+(?:starring|on\s+board\s+to\s+star)\b"),
        "cast",
        ("starring", "star"),
    ),
    # ("created by showrunner Petra Halvorsen": the creator, whatever else she is)
    (
        re.compile(
            rf"\b(?i:created\s+by(?:\s+(?:showrunner|writer|novelist|author|filmmaker))?|"
            rf"creator)\s+{NAMES}"
        ),
        "creator",
        ("creat",),
    ),
    # A show's runner is its lead executive producer: "showrunner Dana Okafor returns",
    # "Imogen Varga … returns as showrunner", "with Imogen Varga back as showrunner".
    (
        re.compile(rf"\b(?i:showrunners?|show\s+runners?)\s+{NAMES}"),
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
            rf"diretto\s+da|diretta\s+da)\s+{NAMES}"
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
            rf"{NAMES}"
        ),
        "cast",
        ("protagoniz", "interpretad", "protagonisti", "interpretato"),
    ),
    # "Luana Pestana interpreta a protagonista", "Rodrigo Amaral vive o irmão", "X interpreta"
    (
        re.compile(
            rf"{CLAUSE_NAMES}\s+(?:interpreta|vive|encarna|incarne|interprète|spielt)\s+"
            r"(?:a|o|la|el|le|il|lo|die|den|das|uma?|une?|una?)\b"
        ),
        "cast",
        ("interpret", " vive ", "encarna", "incarne", "spielt"),
    ),
    # "creada por Inés Albarrán", "créée par", "creata da", "von Regisseurin Anke Hollmann",
    # "mit Jonas Brenner in der Hauptrolle", "X et Y tiennent les rôles principaux"
    (
        re.compile(rf"\b(?i:cread[ao]\s+por|créée?\s+par|creat[ao]\s+da)\s+{NAMES}"),
        "creator",
        ("cread", "créé", "creat"),
    ),
    (
        re.compile(rf"\b(?i:von\s+(?:der\s+|dem\s+)?regisseur(?:in)?|regie:?)\s+{NAMES}"),
        "director",
        ("regisseur", "regie"),
    ),
    (
        re.compile(rf"\b(?i:mit)\s+{NAMES}\s+(?i:in\s+der\s+hauptrolle|in\s+den\s+hauptrollen)"),
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
            rf"{NAMES}"
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
        re.compile(rf"\b(?i:adapted\s+(?:for\s+(?:the\s+)?screen\s+)?by)\s+{NAMES}"),
        "writer",
        ("adapted",),
    ),
    # "Executive producers are Howard Penrose and Sunita Rai"
    (
        re.compile(
            rf"\b(?i:(?:executive\s+)?producers\s+(?:are|include)|producers?\s+is)\s+{NAMES}"
        ),
        "producer",
        ("producer",),
    ),
    # "Creator and star Kemi Adewale"
    (
        re.compile(rf"\b(?i:creator\s+and\s+star|star\s+and\s+creator)\s+{NAMES}"),
        "creator",
        ("creator and star", "star and creator"),
    ),
    # "Writer-director Cole Amara", "writer and director Cole Amara"
    (
        re.compile(rf"\b(?i:writer[-/]director|writer\s+and\s+director)\s+{NAMES}"),
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
    (re.compile(rf"\bopposite\s+{NAMES}"), "cast", ("opposite",)),
    # "wrote the script with her longtime collaborator Felix Aldane", "co-wrote the script
    # with his sister, novelist Adaeze Oyelaran"
    (
        re.compile(
            r"\b(?i:(?:co-)?wrote\s+(?:the\s+)?(?:script|screenplay)\s+with)\s+"
            rf"(?:[\w,’'-]+\s+){{0,4}}?{NAMES}"
        ),
        "writer",
        ("wrote",),
    ),
    # "who created the series with Rohan Mistry-Hale": its other creator
    (
        re.compile(rf"\b(?i:(?:co-)?created\s+(?:the\s+)?(?:series|show)\s+with)\s+{NAMES}"),
        "creator",
        ("creat",),
    ),
    # "New to the cast this season is Agathe Solberg"
    (
        re.compile(
            r"\b(?i:new\s+to\s+the\s+cast(?:\s+this\s+(?:season|time))?\s+(?:is|are))\s+"
            rf"{NAMES}"
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
            rf"{NAMES}"
        ),
        "cast",
        ("cast",),
    ),
    # "The detective will be played by Ana Ruiz", "Elias, played by Tomasz Wren, …"
    (re.compile(rf"\bplayed\s+by\s+{NAMES}"), "cast", ("played by",)),
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
            rf"{CLAUSE_NAMES}\s+(?:returns|will\s+return|is\s+returning|is\s+back|comes\s+back)"
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
