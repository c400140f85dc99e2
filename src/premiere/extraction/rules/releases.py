"""Release dates and delays: "opens in UK cinemas on 7 June 2024", "pushed back to May"."""

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import timedelta

from ..dates import FuzzyDate, Precision
from ..entities import Located, Names, not_in_passing, outside_asides
from ..regions import WORLDWIDE, regions_named
from ..seasons import show_of_season
from ..suggestion import Context, Hint, Subject, Suggestion
from ..text import Sentence
from ..vocabulary import (
    AFTER_PREMIERE,
    ANY_PLATFORM,
    COUNTRY_SUBJECT,
    DESCRIBES_PERSON,
    NEGATION,
    PREMIERE_EVENT,
    SERVICE_NAMES,
    WHOSE,
    confidence_word,
    festival_of,
    media_of,
    region_of,
    retrospective,
)
from ..when import MONTH_NAMES, WEEKDAY_NAME, DateMention
from .clauses import CLAUSE_REACH, clause_around, clause_bounds
from .history import gone_by, is_history, told_at
from .markets import (
    LIMITED,
    OTHER_VERSION,
    PREMIERE,
    THEATRICAL,
    UNSURE,
    a_continent_s,
    all_regions,
    bought_for,
    markets_of,
    media_for,
    premiere_place,
    regions_for,
    release_value,
)
from .rows import (
    ROW_WORDS,
    dated_row,
    field_row,
    on_row,
    paired_list,
    platform_item,
    region_row,
)

# A listing's label for a title's date abroad, before its colon: German "Start", "Kinostart",
# "Serienstart"; "Estreno", "Lanzamiento", "Uscita", "Estreia", "Lançamento", "Sortie".
LABEL_ABROAD = (
    r"(?:(?:kino|serien|streaming|heimkino|netflix|disney\+?\s*|prime\s+video\s*|dvd\s*|"
    r"blu-ray\s*)-?)?start(?:termin)?|erscheinungstermin|(?:fecha\s+de\s+)?estreno|lanzamiento|"
    r"(?:data\s+di\s+)?uscita|(?:data\s+de\s+)?estreia|lançamento|sortie(?:\s+en\s+salles)?"
)
RELEASE_TRIGGER = re.compile(
    r"\b(releas\w*|(?:hit(?:s|ting)?|reach(?:es)?)\s+(?:on\s+)?(?:the\s+)?"
    # ("hits UK screens on 16th July")
    r"(?:(?:UK|U\.K\.|US|U\.S\.|British|American|Irish|Australian|Canadian|German|French)\s+)?"
    r"(?:theaters|theatres|cinemas|"
    r"screens|shelves|stores|netflix|hulu|prime|disney|max|hbo|apple|peacock|paramount|"
    r"playstation|ps[45]|xbox|switch|pc|steam|digital|vod|streaming|home\s+video|blu-ray|"
    r"dvd|consoles)|bows?|bowed|bowing|kicks?\s+off|"
    # "will now hit November 11th": the verb straight before its day
    r"hit(?:s|ting)?\s+(?:on\s+)?(?=" + MONTH_NAMES + r"\s+\d)|"
    r"opens?|opened|opening|target(?:s|ing|ed)?|drops?\s+(?:on|in)|dropped\s+(?:on|in)|"
    # a show's field under its heading: "First episode: Monday, October 4 at 9:50 p.m. KST",
    # "Start: 3. Dezember 2027"
    r"first\s+episode(?=\s*:)|^\W*(?:" + LABEL_ABROAD + r")(?=\s*:)|"
    # "The first two episodes drop March 4", "will air this spring on BBC One"
    r"drops?(?=\s+" + MONTH_NAMES + r"\s*\d)|(?<!re-)air(?:s|ing)?(?=\s+(?:this|next|later)\s)|"
    r"expand(?:s|ing)?\s+(?:wide|nationwide)|go(?:es|ing)\s+wide|follows?\s+on|"
    r"follows?\s+(?=later\s+in\b|in\s+" + MONTH_NAMES + r"|in\s+(?:19|20)\d\d)|"
    r"premieres?|premiered|premiering|debuts?|debuted|launch\w*|arriv\w*|comes?\s+out|"
    # ("heads to Switch 2 in May", "sails onto both Switch and Switch 2 in May", "makes its
    # way to PS5"; not "heads to Birmingham's NEC")
    r"(?:head(?:s|ing|ed)?\s+to|makes?\s+its\s+way\s+to|sail(?:s|ing)?\s+(?:onto|into|to))"
    r"(?=\s+(?:both\s+|the\s+)?(?:" + ANY_PLATFORM + r"|" + SERVICE_NAMES + r"|cinemas|theaters|"
    r"theatres|consoles|mobile|iOS|Android)(?![\w+]))|"
    r"coming\s+(?:to|out)|"
    # "Fans in Japan can see it from May 3", "Christmas Day brings it to cinemas"
    r"can\s+(?:see|watch|stream|catch|play)(?=[^.;]{0,60}?\b(?:from|starting)\b)|"
    r"brings?(?=[^.;]{0,60}?\bto\s+(?:cinemas|theaters|theatres|screens)\b)|"
    # disc copy: "The first season streets on 8/28", "has it coming on Blu-ray and DVD on 8/18"
    r"streets\s+(?:on|in)|coming\s+on(?=\s+(?:blu-?ray|dvd|4k|digital|vod|disc))|"
    # ("Also out this weekend is X in 431 sites"; a schedule's "(new series, Sept. 26)")
    r"new\s+series,?\s+(?=" + MONTH_NAMES + r"\s+\d)|"
    r"comes?\s+(?:back\s+)?to|out\s+(?:on|in|this|next)\b|out\s+(?="
    + MONTH_NAMES
    + r"\s+\d)|(?:be|is|are|isn['’]t|aren['’]t)\s+out\b(?!\s+(?:now|of|as|for|there|and|with|to))|"
    r"in(?:to)?\s+(?:theaters|theatres|cinemas)|lands?|dated|"  # "rides into theaters"
    r"date\s+for|stream(?:s|ing)?\s+(?:on|from)|available\s+(?:on|from)|(?<!\bno\s)avail\s+from|available\s+(?:to\s+(?:buy|rent|own|stream|watch|download)|as\s+an?\s+[\w-]+\s+rental)|slated|skedded|set\s+for|due|"
    # "The Switch 2 edition is planned for November"
    r"(?:planned|scheduled|penciled\s+in|pencilled\s+in)\s+for|"
    # "Vantablue has pencilled it in for June 2027", "has slotted it for"
    r"(?:penciled|pencilled|slotted|scheduled|set|dated)\s+(?:it|them)\s+(?:in\s+)?for|"
    r"returns?\s+(?:to|on|of)|returns?\s+for\s+its\s+\w+\s+season|"
    # a whole season at once, a guide's note after the title: "*Orchard Glass*, all 12
    # episodes from 26 February" (not "will remove all 40 episodes on June 30")
    r"(?<=,\s)all\s+(?:\d+|\w+)\s+episodes\s+from|"
    # ("returns for a third series in May", "is back for a third season on May 4": a renewal
    # told with the day it airs)
    r"(?:returns?|return|(?:is|are)\s+back)\s+for\s+an?\s+\w+\s+(?:season|series)"
    r"(?=\s+(?:on|in|from|this|next)\s)|addition\s+of|coming\s+back|screens?\s+in|screening\s+in|screen(?:s|ing)?\s+at|(?<!re-)air(?:s|ing)?\s+on|"
    # "will be streaming Kitchen Duel! Saturdays starting July 2": the verb, then its start
    r"(?<!re-)(?:stream|air)(?:s|ing)?(?=\s[^.;]{0,80}?\b(?:starting|beginning)\s+(?:on\s+|from\s+)?"
    r"(?:" + MONTH_NAMES + r"|" + WEEKDAY_NAME + r"|\d))|"
    # "Disney+ will stream A Very Pepperwick Christmas, a one-hour special, on Friday, Dec. 18"
    r"(?<!re-)stream(?:s|ing)?(?=\s[^.;]{0,120}?\b(?:on|from|starting)\s+(?:"
    + MONTH_NAMES
    + r"|"
    + WEEKDAY_NAME
    + r"))|"
    r"(?:begin|start)(?:s|ning|ing)?\s+(?:streaming|airing|showing)|(?:start|begin)s?\s+on|"
    r"(?:festival|fest)\s+(?:closes|wraps)(?=[^.;]{0,60}\bwith\b)|go(?:es|ing)?\s+live|"
    # the trade's "the studio will go out with the pic on November 26"
    r"go(?:es|ing)?\s+out\s+with|unlock(?:s|ing)?(?=\s+(?:globally|worldwide|early|at|on)\b)|"
    # "Switch 2 owners get the game on March 27": the players, not the studio, as subject
    r"(?:owners|players|subscribers)\s+(?:can\s+|will\s+)?(?:get|play|jump|dive)\b|"
    # "Starz begins Season 2 on Friday", "Prime Video will add Saltmarsh Season 2 to its library"
    r"(?:begin|start)(?:s|ning|ing)?\s+(?=season\s+\w+\b)|"
    r"add(?:s|ing)?(?=\s+[^.;]{1,80}?\s+to\s+(?:its|their)\s+(?:library|line-?up|catalog\w*|"
    r"service|schedule)\b)|(?:be\s+)?broadcast\s+(?:in|on|from)|^\W*watch|simulcast\w*|"
    r"(?:start|air|premiere)\s+date(?=\s*:)|"
    # a listing's label: "New date: June 4", "Nouvelle date : 4 juin 2027"
    r"(?:new\s+(?:release\s+)?date|nouvelle\s+date(?:\s+de\s+sortie)?)(?=\s*:)|"
    r"(?:begin|start)(?:s|ning|ing)?\s+its\s+(?:[\w-]+\s+){0,3}?(?:season|run)|"
    r"^\W*(?:following\s+(?:that|this|it)|next\s+up)|return(?:s|ing)?\s+(?:this|next|in|from)|"
    # "Saltmarsh finally has a date: October 19", "The Switch 2 version follows two weeks
    # later on January 28", "is coming in spring"
    r"(?:has|have|gets?|got)\s+(?:a|its)\s+(?:(?:new|release|launch|firm|premiere)\s+)?date\b|"
    r"follows?(?=\s+[^.;]{0,30}?\bon\s+(?:" + MONTH_NAMES + r"|" + WEEKDAY_NAME + r"))|"
    # (not "they are coming this year": a studio's films, none by name)
    r"(?<!\bare\s)(?<!['’]re\s)coming\s+(?=(?:in|this|next|later\s+this)\s)|"
    # a market's turn: "France gets it on February 10", "Japan will wait until April 16"
    r"gets?\s+(?:it|the\s+(?:film|show|series|game))(?=\s+(?:on|in|from)\b)|"
    r"(?:will\s+(?:have\s+to\s+)?|must\s+|has\s+to\s+)wait\s+until|"
    # another's date taken: "takes over The Copper Saint's vacated March 12 slot"
    r"(?:takes?|took|taking)\s+over(?=[^.;]{0,60}\b(?:slot|date|spot|berth)\b)|"
    r"(?:inherits?|claims?|grabs?|nabs?)(?=[^.;]{0,60}\b(?:slot|release\s+date|spot|berth)\b)|"
    # a date that holds: "keeps its January 14, 2028 date", "stays unchanged on September 9"
    r"keeps?\s+its(?=\s[^.;]{0,40}\b(?:date|slot|release)\b)|"
    r"(?:stays?|remains?)\s+(?:put\s+|unchanged\s+|unmoved\s+)?(?:on|at|for|set\s+for|dated\s+for)|"
    # "returns Thursday, Sept. 24 at 9/8c on NBC"
    r"return(?:s|ing)?(?=\s+(?:" + WEEKDAY_NAME + r"|" + MONTH_NAMES + r"\s*\d)))\b"
    # French, Spanish, Italian, Portuguese and German copy
    r"|\b(?:sortir\w*|sortie|sort\s+(?:le|en)|en\s+salles?|programmé\w*|débarque\w*|"
    # "Une version Switch 2 est prévue pour l'automne 2027", "prevista para", "geplant für"
    r"(?:est|sont)\s+(?:prévue?s?|attendue?s?)\s+(?:pour|le|en|au|à)|"
    r"(?:está|están|è|é)\s+previst[oa]s?\s+(?:para|per|a|en|no|na)|ist\s+für\b|geplant\s+für|"
    r"(?:(?:a|ont|est|sont)\s+)daté\w*|daté\w*\s+(?:au|du|pour)|"
    r"(?:disponibile|disponible|disponível|verfügbar)\s+(?:dal|da|il|el|le|desde|dès|ab|am|a\s+partir|"
    r"à\s+partir|em|sur|su|en|auf|on)\b|"
    # "Brume positionne Les Filles du phare au 16 février", "est fixé au 22 mars": a French
    # distributor's line-up
    r"positionn\w*|(?:est|sont)\s+(?:désormais\s+)?(?:fixé|programmé|calé|daté)e?s?(?=\s+(?:au|le|pour))|"
    r"arrivera|lancera|lanceront|diffusera|estren\w+|llegar[áa]n?|llegan?\s+(?:a|el|en|este|esta|el\s+próximo)\b|"
    r"(?:se\s+)?pondr[áa]n?\s+a\s+la\s+venta|lanza\w+|saldr[áa]n?|uscir\w+|uscita|arriver[àa]|"
    r"desembarcar\w*|se\s+(?:verá|podrá\s+ver)\s+(?:en\s+(?:los\s+)?(?:cines|salas)|a\s+partir)|"
    r"debutt\w+|estre(?:ar|ia|ará|arão)|lançad\w+|lançamento|chegar[áa]|startet|starten|"
    # "Asfalto Quente chega à plataforma no dia 29", "entra no catálogo nesta segunda-feira",
    # "entra no ar em 5 de maio"
    r"chegam?\s+(?:a|à|ao|aos|às|no|na|nos|nas)\s+(?:plataforma|catálogo|streaming|cinemas?|"
    r"salas|telonas?|serviço|" + SERVICE_NAMES + r")(?![\w+])|"
    r"entra(?:m|rá|rão)?\s+(?:no|na|em)\s+(?:catálogo|plataforma|ar|cartaz|streaming|"
    + SERVICE_NAMES
    + r")(?![\w+])|"
    r"kinostart|starttermin|erschein\w+|anlaufen|ins\s+kino|terminiert|angekündigt|"
    # "geht ab dem 28. September in ihre neunte Staffel": a season begins
    # (the day's own dot: "28. September")
    r"geht(?=[^;]{0,40}?\bin\s+(?:ihre|seine|die)\s+\w+\s+(?:Staffel|Runde)\b)|"
    # "kommt am 12. März in die deutschen Kinos", "Netflix zeigt die zweite Staffel ab dem…"
    # ("kommt am 22. Dezember auf die große Leinwand")
    r"(?:kommt|kommen)(?=[^;]{0,60}?\b(?:in\s+die\s+(?:\w+\s+)?kinos|"
    r"auf\s+die\s+(?:große\s+)?leinwand)\b)|"
    r"(?:zeigt|zeigen|streamt|streamen)(?=[^;]{0,80}?\bab\s+(?:dem|am|\d))|"
    r"ist\s+ab\s+(?:dem|am)|sind\s+ab\s+(?:dem|am))\b",
    re.IGNORECASE,
)


MOVE = re.compile(
    r"\b(?P<verb>push\w*(?:\s+back)?|delay\w*|postpon\w*|mov(?:e|es|ed|ing)(?:\s+up|\s+back|\s+forward)?|"
    r"slips?|slipped|slid(?:e|es|ing)?(?=\s+(?:to|into|back|out|from|a\s+week|one\s+week|"
    r"\w+\s+weeks?|\w+\s+months?)\b)|shift\w*|bump\w*|relocat\w*|brought\s+forward|"
    r"pulled\s+forward|rescheduled|nudg(?:e|es|ed|ing)|"
    # "has pulled X from its April 30 date", "taken off the release calendar"
    r"(?:pull\w*|tak(?:en|es|ing)|took|remov\w*)(?=\s+(?:[^.;]{0,60}?\s)?(?:from|off)\s+"
    r"(?:its|the|their)\s+(?:[\w,-]+\s+){0,4}?(?<!shooting\s)(?<!production\s)(?<!filming\s)"
    r"(?:date|calendar|schedule|slate|slot)\b)|"
    # "leaving 2027 altogether, going from July 16th to a February 11th 2028 slot"
    r"go(?:es|ing)\s+from(?=\s+(?:" + MONTH_NAMES + r"|\d|(?:its|a|an)\b))|"
    # ("Baleine Rouge avance du 27 au 13 octobre la sortie du…", "recule d'une semaine")
    r"avancé\w*|avancent|avance(?=\s+(?:du|d['’]une?|de)\b)|recul\w*|repouss\w*|décal\w*|report[ée]\w*|pass(?:e|ent)\s+du(?=\s+\d)|retras\w*|aplaz\w*|pospu\w*|rinvi\w*|"
    r"posticip\w*|adiad\w*|verschob\w*|verschieb\w*|"
    # "cambió la fecha de lanzamiento de X del 3 de abril al 7 de agosto", "pasó de abril a junio"
    r"cambi(?:ó|a|aron|an)\s+(?:la|su)\s+fecha|"
    r"pas(?:ó|a|aron)\s+del?(?=\s+(?:\d|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre)\b)|"
    r"(?:traslad|adelant)\w*\s+(?:el|su|la)\s+(?:estreno|lanzamiento|fecha|llegada))\b",
    re.IGNORECASE,
)

# "will now arrive on August 13", "now opens June 4": a new date, after an old one.
NOW_ARRIVES = re.compile(
    r"\b(?:will\s+)?now\s+(?:be\s+)?(?P<verb>arriv\w*|open\w*|releas\w*|launch\w*|premier\w*|"
    r"debut\w*|hit\w*|bow\w*|land\w*|come\s+out|comes\s+out|streams?|airs?|target\w*|"
    r"aim\w*\s+for|eye\w*)\b|"
    # "initialement attendu pour le 12 novembre, mais il sortira le 17 mars"; "pero llegará"
    r"\b(?:mais|désormais|pero|ahora|ma|ora)\s+(?:(?:il|elle|le\s+jeu|le\s+film|el\s+juego|"
    r"la\s+película|se)\s+)?(?P<foreign>sortira|arrivera|débarquera|se\s+estrenará|llegará|"
    r"saldrá|uscirà|arriverà)\b",
    re.I,
)

# "will now hit November 11th (from June 11th)": the old date in brackets makes it a move.
# "(statt 6. März)", "(au lieu du 12 mars)", "(en lugar del 3 de abril)": the same in the
# languages wire copy arrives in.
MOVED_FROM = re.compile(
    r"(?<=\()(?P<verb>from|statt|au\s+lieu\s+du|en\s+lugar\s+del)\s+(?=" + MONTH_NAMES + r"|\d)",
    re.I,
)


# Words before a date that make it the old one in a move: "from March", "its previous date of
# June 13", "slipped out of 2024". The date's own leading preposition is part of the check.
ORIGIN_CUE = re.compile(
    r"(?:\b(?:abandon\w*|vacat\w*|giving\s+up|gives\s+up|leav(?:es|ing))\s+(?:its|the|their)|"
    r"\bfrom\s+(?:its|the|their|a)\s+(?:\w+\s+){0,2}?(?:date|slot|window|release)"
    r"(?:\s+(?:of|on|in))?|\bfrom\s+(?:its|their)|\boff\s+(?:its|their)|\bfrom|\bdu|\bdel|\bdal|\bvom|\bdesde\s+el|\bout(?:\s+of)?|\b(?:previous|original|old|earlier|former)(?:ly)?\s+"
    r"(?:(?:release\s+)?date|slot|window|set|dated|scheduled|planned|slated)"
    r"(?:\s+(?:of|for|on|in))?)\s+(?:the\s+)?$",
    re.I,
)


TRYOUT = re.compile(
    r"\b(?:demo|beta|playtest|alpha\s+test|free\s+trial|(?:press|test|fan|advance|early)\s+"
    # ("a one-night event screening in 210 cinemas on Tuesday")
    r"screening|(?:one-night\s+)?event\s+screening|one-night\s+(?:screening|showing)|(?<!leaves\s)(?<!leave\s)(?<!exits\s)(?<!exit\s)(?<!of\s)early\s+access)s?\b",
    re.I,
)


# What comes out that is not the work: "Glass Harbor's trailer will debut during the Super
# Bowl on February 7", "the first teaser drops Friday".
PROMO_COMES = re.compile(
    r"\b(?:trailer|teaser|poster|clip|first\s+look|featurette|sneak\s+peek|soundtrack|"
    r"key\s+art)s?\s+(?:will\s+|is\s+(?:set|due|expected)\s+to\s+)?(?:debut|drop|arriv|"
    r"premier|launch|land|releas|be\s+released|go\s+live)\w*\b",
    re.I,
)


def _moved_ahead(text: str, dates: list[DateMention], context: Context) -> list[DateMention]:
    """ "Back in September, Meridian moved X to May 26, 2028": told as past, but the day it
    was moved to is still ahead, and still its date. The dates after the move, if one is."""
    moved = MOVE.search(text)
    if moved is None or context.published is None:
        return []
    after = [d for d in dates if d.start > moved.end()]
    ahead = any(d.when.start and d.when.start > context.published for d in after)
    return after if ahead else []


def _not_the_works_day(text: str, date: DateMention) -> bool:
    """True when a date is not the work's release, whatever the sentence's verb: a demo's,
    a trailer's, the day of the news, sales since a launch, a reissue, a kind of release
    named to compare, a person's day, the day pre-orders open."""
    clause, before = clause_around(text, date.start), _stretch_before(text, date.start)
    # Each pattern only where a word it cannot match without is there: most dates have none,
    # and a date-heavy page asks this of thousands.
    near = text[max(0, date.start - 160) : date.start].lower()
    return bool(
        TRYOUT.search(clause)
        or _a_head_start(text, date)
        or REISSUE.search(clause)
        or PROMO_COMES.search(before)
        or NEWS_DAY.search(before)
        or AMONG_RELEASES.search(before)
        or ("which" in near and WHICH_FARED.search(text, max(0, date.start - 60), date.start))
        or ("after" in near and SOLD_SINCE.search(text, max(0, date.start - 160), date.start))
        or _about_a_person(text, date)
        or ("order" in near and PREORDERS.search(text, max(0, date.start - 60), date.start))
        or (SHOOT_HINT.search(before) and SHOOT_BEGINS.search(before))
        or (DEBUT_HINT.search(before) and AFTER_ITS_DEBUT.search(before))
        or (LEAVE_HINT.search(before) and LEAVES.search(before))
        or (SALE_HINT.search(before) and SALE.search(before))
    )


# A price's days are not a release's: "a 'last tide' discount from April 1 to April 8", "a
# free weekend from Friday".
SALE_HINT = Hint("discount", "sale", "price", "free")
SALE = re.compile(
    # ("goes on sale May 31" is a release; "uscirà nelle sale il 12 luglio", in cinemas)
    r"\b(?:discount|(?<!on\s)(?<!nelle\s)(?<!delle\s)(?<!alle\s)(?<!le\s)sale|"
    r"price\s+(?:cut|drop)|free(?:-to-play)?\s+weekend|half[- ]price)\b"
    r"[^.;]{0,25}$",
    re.I,
)


def _a_head_start(text: str, date: DateMention) -> bool:
    # (only the words around the date are looked at: a sentence may hold thousands of dates)
    around = text[max(0, date.start - 80) : date.end + 80]
    return ("ahead" in around or "head start" in around or "start playing" in around) and bool(
        HEAD_START.search(around)
    )


# A deluxe edition's head start is not the launch: "can start playing on May 31, three days
# ahead of everyone else".
HEAD_START = re.compile(
    r"\b(?:can\s+start\s+playing|(?:\w+\s+)?(?:days?|hours?)\s+ahead\s+of\s+(?:everyone|the\s+rest|"
    r"launch|release)|head\s+start)\b",
    re.I,
)
SHOOT_HINT = Hint("production", "film", "shoot", "photograph", "camera")
DEBUT_HINT = Hint("after", "following", "since")
LEAVE_HINT = Hint("leav", "depart", "disappear", "expir", "exit", "go", "removed", "pulled", "last")


# The day a title goes away: "it leaves December 9", "all three seasons go on December 12",
# "disappears December 18", "expires on", "the last day to stream it is".
LEAVES = re.compile(
    r"\b(?:leav(?:es|ing)|depart(?:s|ing)|disappear(?:s|ing)|expir(?:es|ing)|exit(?:s|ing)|"
    r"go(?:es)?|removed|pulled|last\s+day(?:\s+to\s+\w+)?(?:\s+it)?(?:\s+is)?)"
    r"(?:\s+(?:the\s+)?(?:service|streamer|platform|netflix|hulu|max|prime\s+video|disney\+|"
    r"peacock|paramount\+|apple\s+tv\+|crunchyroll|britbox|stan|crave))?"
    r"\s+(?:on\s+)?$",
    re.I,
)


# A debut the news came after, told in passing: "The deal was struck after the film's warmly
# received premiere at the Lakeside Film Festival in September".
AFTER_ITS_DEBUT = re.compile(
    r"\b(?:after|following|since)\s+(?:[\w'’-]+\s+){0,5}?(?:premiere|debut|bow|launch)\b"
    r"[^,;]{0,80}$",
    re.I,
)


# The day cameras roll, not the day it comes out: "Production on the fourth season is expected
# to begin in Northern Ireland this summer".
SHOOT_BEGINS = re.compile(
    r"\b(?:production|filming|shooting|principal\s+photography|cameras|the\s+shoot)\b[^,;.]{0,80}"
    r"\b(?:begin|begins|began|beginning|start|starts|started|starting|roll|rolls|rolling|resume|"
    r"resumes|kick\s+off|get\s+under\s?way)\b[^,;.]{0,40}$",
    re.I,
)


def _stretch_before(text: str, position: int) -> str:
    """The words of a date's own clause before it, from the last comma, semicolon or colon."""
    low = max(0, position - CLAUSE_REACH)  # (a bound: a page may hold thousands of dates)
    return text[max(max(text.rfind(mark, low, position) for mark in ",;:") + 1, low) : position]


# The day of the news, not of the release: "Night Ferry season 2 was renewed in March and
# will premiere in the fall".
NEWS_DAY = re.compile(
    r"\b(?:was|were|been)\s+(?:officially\s+)?(?:renewed|greenlit|announced|ordered|confirmed|"
    r"revealed|unveiled|picked\s+up|cancel+ed|acquired|bought|teased|shown)"
    # ("The expansion was revealed during the studio's anniversary stream on Friday")
    r"(?:\s+(?:during|at)\s+[^.;,]{1,60}?)?(?:\s+(?:back\s+)?(?:in|on|last))?\s+$",
    re.I,
)
# A launch told to say how it has sold since: "sold a million copies in its first week after
# launching on March 3".
SOLD_SINCE = re.compile(
    r"\b(?:sold|grossed|earned|made|topped|drew|attracted|reached|passed|crossed)\b[^.;]{0,100}"
    r"\bafter\s+(?:its\s+)?(?:launch\w*|open\w*|debut\w*|premier\w*|releas\w*|arriv\w*)\s+"
    r"(?:on\s+)?$",
    re.I,
)
# A kind of release named to compare, not a date for one: "the gentlest hold for a wide
# release this autumn", "the best opening for an animated film this year".
AMONG_RELEASES = re.compile(
    r"\b(?:for|of|among)\s+(?:a|any|an)\s+(?:wide|limited|new|animated|original|horror|"
    r"family|r-rated|pg-13)\s+(?:release|film|movie|opening|title)s?\s+$",
    re.I,
)
# A return to cinemas for an anniversary is a reissue, not the work's release (which a date
# card would otherwise move): "returns to theaters on May 3 for its 10th anniversary".
REISSUE = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)\s+anniversary|anniversary\s+(?:re-?release|screenings?|edition)|"
    r"re-?release[sd]?|re-?issue[sd]?|back\s+in\s+(?:theaters|theatres|cinemas)|"
    r"returns?\s+to\s+print|steelbook|collector['’]?s\s+edition|anniversary\s+edition)\b",
    re.I,
)
# "…, which flopped in March": what became of a title, said in passing.
WHICH_FARED = re.compile(
    r",\s+which\s+(?:\w+\s+)?(?:flopped|bombed|tanked|struggled|sank|soared|topped|grossed|"
    r"earned|made|won|lost|failed|stalled|underperformed|disappointed|"
    # ("…with Saltwater Hymn, which opened in four theaters before going wide in January")
    r"opened|premiered|debuted|bowed|screened|arrived|came\s+out|was\s+released)\b(?!['’]t)"
    r"[^,;]*$",
    re.I,
)
# "Pre-orders for Hollowmere open today ahead of its April 30 launch": the day orders open.
PREORDERS = re.compile(
    r"\bpre-?orders?\b(?:(?!\b(?:ahead|before|launch\w*|release\w*)\b)[^.;,]){0,40}$", re.I
)
# What a studio may "release" that is not the title itself.
PROMO = re.compile(
    r"\w*\s+(?:(?:a|an|the|its|their|another)\s+)?(?:(?:new|first|final|official|second|"
    r"latest|full|brief|short|teaser)\s+)*(?:[\w'-]+\s+)?(?:trailer|teaser|poster|clip|"
    r"footage|images?|stills?|soundtrack|single|statement|first\s+look|look)\b",
    re.I,
)


# A sentence that announces: its dates stand even when the story is dated after them (an old
# story imported late still says "will be released on June 7, 2024").
# A release told in the present, of the days to come: "hits theaters November 10".
PRESENT_RELEASE = re.compile(
    r"\b(?:opens|hits|arrives|lands|premieres|debuts|launches|streams|bows|drops|returns)\b", re.I
)
LATE, ZERO = timedelta(days=7), timedelta(0)  # how late a listing may be filed
FUTURE = re.compile(
    r"\b(?:will|'ll|(?:is|are)\s+(?:set|due|going|expected|scheduled|slated)|slated|"
    r"scheduled|upcoming)\b",
    re.I,
)


# Words before an "-ed" release verb that make it passive, not past: "will be released".
PASSIVE = {"be", "being", "is", "are", "get", "gets", "getting", "to"}


def _past_tense(text: str, trigger: re.Match) -> bool:
    """True for "Lionsgate released", "it was released", "has been released", "launched";
    False for "will be released", "is dated", "opens"."""
    word = trigger.group(0).lower()
    if not word.endswith("ed") or word in ("dated", "slated", "skedded", "targeted"):
        return False  # "has been slated for Dec. 18": a date to come
    before = text[max(0, trigger.start() - 40) : trigger.start()].split()
    return not before or before[-1].lower() not in PASSIVE


def _tenses_before(text: str, dates: list[DateMention]):
    """Return a function telling whether the release word nearest before a date is in the
    past tense. The sentence's release words are read once: it may hold thousands of dates."""
    words = [m for m in RELEASE_TRIGGER.finditer(text) if not PROMO.match(text, m.start())]
    starts = [m.start() for m in words]

    def past(date: DateMention) -> bool:
        at = bisect_left(starts, date.start)
        return _past_tense(text, words[at - 1]) if at else True

    return past


def _not_until(text: str, trigger: re.Match, dates) -> bool:
    """True when the date after a denied release word is the day it comes: "won't arrive
    in the US until December 21" (not "not until we say so, and not on May 3")."""
    until = NOT_UNTIL.match(text, trigger.end())
    return until is not None and any(until.start("until") <= d.start <= until.end() for d in dates)


def _is_origin(text: str, mention: DateMention) -> bool:
    end = told_at(mention)
    return bool(ORIGIN_CUE.search(text[max(0, end - 80) : end]))


def _coming(mention: DateMention, published, text: str, present=False) -> DateMention:
    """A day or month without a year that its own clause announces is the coming one: "will
    launch on Switch 2 on November 12" in a December story is next November, not last; "was
    pushed to March 6" in a March 10 story stays the March 6 just gone. `present`: told in
    the present ("hits theaters November 10" in a December story), which a listing filed a
    few days late also uses of the day just gone."""
    when = mention.when
    if not mention.relative or when.is_tba or when.end >= published - (LATE if present else ZERO):
        return mention
    announces = PRESENT_RELEASE if present else FUTURE
    if not announces.search(clause_around(text, mention.start)) or _in_past_clause(text, mention):
        return mention
    if when.precision not in (Precision.DAY, Precision.MONTH):
        return mention
    try:
        start = when.start.replace(year=when.start.year + 1)
    except ValueError:
        return mention  # February 29 has no next year
    return replace(mention, when=replace(when, start=start))


def _in_past_clause(text: str, mention: DateMention) -> bool:
    """True for a date in a clause about the past ("Netflix, which launched in India in 2016,
    is expected to grow"): the sentence may announce, but not this date."""
    return bool(PAST_CLAUSE.search(text, max(0, mention.start - 60), mention.start))


# "…, which launched in India in", "who directed it in": a relative clause in the past.
PAST_CLAUSE = re.compile(
    r"\b(?:which|who|that)\s+(?:\w+\s+)?(?:\w+ed|was|were|had|came|began|went|made)\b[^,;]*$",
    re.I,
)


# "Le RPG, attendu le 18 mars 2027 sur PC, sortira finalement le 16 février 2028": the day it
# was expected, before the one the sentence says it finally has.
FINALLY = re.compile(
    r"\b(?:finalement|désormais|finalmente|schließlich|nun\s+doch|finally|instead)\b", re.I
)
EXPECTED_BEFORE = re.compile(
    r"\b(?:attendue?s?|esperad[oa]s?|erwartet|atteso|attesa|expected)\s+(?:(?:le|pour|en|au|dès|à|"
    r"para|el|en|für|am|im|per|il|nel|on|in|for)\s+)?$",
    re.I,
)


def _expected_before(text: str, mention: DateMention) -> bool:
    end = told_at(mention)
    return bool(EXPECTED_BEFORE.search(text, max(0, end - 30), end))


# A season's last episode is not its release: "currently airing with the finale set for
# February 27".
# ("its last episode airs on December 17": the end of a run, not its start)
FINALE_BEFORE = re.compile(
    # ("its series finale on Thursday, May 20": the weekday's comma is the day's own)
    r"\b(?:finale|(?:last|final)\s+(?:episode|installment))\b(?:[^.;,]|,(?=\s*$)){0,30}$|"
    # a milestone of a run on air: "will celebrate its 100th episode on Oct. 12"
    r"\b\d+(?:st|nd|rd|th)\s+episode\b[^.;,]{0,20}$|"
    # a run that starts again is no release: "returns from its winter break on January 21"
    r"\b(?:returns?|returning|back)\s+from\s+(?:its|a|the)\s+(?:[\w-]+\s+)?(?:break|hiatus)\b"
    r"[^.;,]{0,25}$|\bmid-?season\s+(?:return|premiere)\b[^.;,]{0,25}$",
    re.I,
)
# A sum of money's year is a figure's: "from $22.7 billion in 2017".
MONEY_BEFORE = re.compile(r"[$€£¥]\s?[\d.,]+\s*(?:billion|million|bn|m|k)?\s*$", re.I)
# An embedded post's signature dates the post: "— Marvel Studios (@MarvelStudios) March 1, 2018".
TWEET_SIGNATURE = re.compile(r"\(@\w+\)\s*$")


def _release_trigger(text: str) -> re.Match | None:
    """Return the first release word that is not about a trailer, poster or other promo."""
    for match in RELEASE_TRIGGER.finditer(text):
        if COMPANY_WORD.match(text, match.start()) and COMPANY_BEFORE.search(
            text, max(0, match.start() - 30), match.start()
        ):
            continue  # "Bluefinch Releasing, which bought the rights": a company's name
        if not PROMO.match(text, match.start()) and not PLANS.match(text, match.end()):
            return match
    return None


# A release word in a company's name: "Bluefinch Releasing", "Sony Pictures Releasing".
COMPANY_WORD = re.compile(r"Releasing\b")
COMPANY_BEFORE = re.compile(r"\b[A-Z][\w&.'’-]*\s+$")


# "the release schedule for its first set of films": a studio's plans, no title's release.
PLANS = re.compile(r"\s+(?:schedule|slate|calendar|plans?|strateg\w+)\b", re.I)


# "the film", "it", "the sequel": words that point back at the story's title.
# "The Abrams-directed film", "the new team-based first-person shooter", "all eight episodes":
# a few describing words may stand between the article and the noun.
REFERS_BACK = re.compile(
    # The words between "the" and the noun describe it ("the new animated film"); an "of"
    # among them makes another noun the head ("the return of Harbor Tides Season 21").
    # "it's the very end of 2025", "it's been a year": no title's "it".
    # "It Takes Two", capitalised in a name, is no "it" either.
    r"\b(?<!\bin\s)(?<!\bof\s)(?<!\bfrom\s)(?:it(?!['’]s\s+(?:the|a|an|been|time|no|not)\b)"
    r"(?!\s+(?-i:[A-Z]))|"
    # ("The actor completed one final film": a determiner starts another noun, another film)
    r"its|(?:the|all|both|this|that)\s+"
    r"(?:(?!(?:of|for|to|from|with|in|on|at|by|a|an|one|another|his|her|their|its|my|our|"
    r"your|some)\b)[\w'-]+\s+){0,4}?(?:film|movie|sequel|"
    r"prequel|spin-?off|series|show|season|game|pic|picture|project|title|feature|adaptation|"
    r"reboot|remake|installment|entry|anime|shooter|episodes|miniseries|documentary|drama|"
    r"comedy|thriller|blockbuster|port|version|edition|remaster|release|rpg|jrpg|mmo|"
    r"platformer|roguelike|roguelite|metroidvania)(?!\s+\d|\s+of\b)"
    # "all UK film releases", "the game industry": the noun describes another one
    r"(?!\s+(?:releases|industry|business|festivals?|studios?|fans|critics|makers|market)\b)|"
    # "A worldwide release follows four weeks later": the title spoken of, in more markets
    r"\b(?:a|an)\s+(?:worldwide|global|international|western|wider|wide|nationwide)\s+"
    r"(?:release|launch|rollout|roll-out|opening)\b|"
    # "a Switch 2 edition is planned": another edition of the game spoken of, not another game
    r"(?:a|an)\s+(?:Nintendo\s+|Sony\s+|PlayStation\s+|Microsoft\s+)?"
    r"(?:PS[45]|Xbox(?:\s+Series\s+X\|S|\s+One)?|Switch(?:\s+2)?|PC|Mac|iOS|"
    r"Android|console|mobile|VR)\s+(?:edition|version|port)(?!\s+of\b)|"
    # "Une version Nintendo Switch 2 est prévue", "una versión para Switch 2"
    r"(?:une|una|uma|eine|la|le|die|sa|su)\s+(?:version|versión|versione|versão)\s+(?:(?:para|per|pour|für|de)\s+)?"
    r"(?:Nintendo\s+|PlayStation\s+)?(?:PS[45]|Xbox|Switch|PC|Mac)|"
    # "PlayStation 5 and Xbox players follow on March 5": those who will play the game
    r"(?<=\s)(?:players|owners)(?=\s+(?:will\s+|can\s+)?(?:follow|get|play|receive|jump|"
    r"dive|have\s+to\s+wait))|"
    # "le film", "la película", "il film", "der Film", "o filme" (never the English "a film")
    r"(?:le|la|el|il|lo|der|die|das|del|della|du|des|dem)\s+(?:film|película|cinta|serie|série|jeu|juego|gioco|rpg|"
    r"spiel|game|long-métrage|saison|temporada|stagione|staffel|drama|drame|comedia|commedia|"
    r"comédie|documental|documentaire)|"
    r"(?:o|a)\s+(?:filme|série|temporada|jogo|drama|longa|comédia|documentário)|"
    # "Die sechs neuen Folgen sind ab dem 5. Februar zu sehen", "les nouveaux épisodes"
    r"(?:die|les|los|gli|os)\s+(?:[\wäöüéè-]+\s+){0,2}?(?:folgen|episoden|épisodes|episodios|"
    r"episodi|episódios)|"
    # "La sortie est reportée au 26 août": the release of the film just named
    r"(?:la|sa)\s+sortie|"
    # "Der neue Starttermin ist der 30. Juli": the German film just named
    r"(?:der|sein|ihr)\s+(?:neue\s+)?(?:starttermin|kinostart)|"
    # "Die Version für Nintendo Switch 2 … erscheint erst am 8. Juli": the game's, just named
    r"(?:die|diese|seine|ihre)\s+(?:[\w-]+\s+){0,1}?(?:version|fassung|umsetzung))\b",
    re.IGNORECASE,
)


# A name the catalog does not know, just before "the film" that describes it: "the debut of
# Fire Emblem Engage, the next entry in the franchise, launching on…".
UNKNOWN_NAME_BEFORE = re.compile(
    r"\b[A-Z0-9][\w'’:&!-]*(?:\s+(?:(?:of|the|and|a|in|on|to|for|from)\s+)*[A-Z0-9][\w'’:&!-]*){0,6}"
    r",\s+$"
)
# …but not a place or platform opening the sentence: "In the UK, it moves to January", "On
# PC, the game unlocks on Feb. 18".
WHERE_OPENS = re.compile(
    r"(?:^|[.!?]\s+)(?:In|On|Across|Throughout|Over\s+in)\s+(?:the\s+)?\S[^,]{0,30},\s+$"
)


def _last(matches):
    found = None
    for found in matches:  # noqa: B007 — the last one is wanted
        pass
    return found


# A number of untitled works as the subject: "three new as-yet-untitled films".
MANY = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\w-]+\s+){0,4}?"
    # "PlayStation 5 and Xbox Series X|S players" holds no number of series
    r"(?:films|movies|shows|series(?!\s+X)|games|sequels|titles|seasons)\b",
    re.I,
)


# Words before a title that make it a point of comparison, not what the date is for.
COMPARED = re.compile(
    r"\b(?:following|after|before|than|like|unlike|against|opposite|rivals?|rivaling|beat|"
    r"beating|ahead\s+of|alongside|vs\.?|versus|replacing|behind)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# The rival a date keeps clear of, however it is described: "to avoid a clash with
# Yashvardhan's much-awaited action film Raakh".
CLASH_WITH = re.compile(
    r"\b(?:clash(?:es|ing)?|collision|competition|showdown)\s+with\s+[^.;:]{0,60}$", re.I
)
# The title others open against, not the one opening: "take on 'Cinder Road' this weekend".
OPPOSED = re.compile(
    r"\b(?:take|takes|taking|face|faces|facing|battle|battles|unseat|dethrone|chase|chasing|"
    r"challenge|challenges|against|vs\.?|versus)\s+(?:on\s+)?(?:the\s+)?[\"'“‘]?$",
    re.IGNORECASE,
)

# The subject of a date's clause that is another work than the title named: "the X sequel",
# "a spin-off", "its prequel" (not "the sequel, X," which names it: a title comes after).
OTHER_WORK = re.compile(
    r"(?:(?:^|[,;:]\s*|\b(?:but|and|while|says|said|that|hopes|includes?|including|with)\s+)"
    r"(?:the|a|an|its|their|another)\s+"
    r"(?:[\w'’:-]+\s+){0,4}?(?:sequel|spin-?off|prequel|remake|reboot|follow-?up|dlc|expansion|"
    r"season\s+pass|add-?on)|"
    # "Ember Reach's first DLC arrives on May 3": the game's add-on, unnamed
    r"['’]s\s+(?:(?:first|second|third|next|new|latest|final|free|paid|big|story)\s+)*"
    r"(?:dlc|expansion|season\s+pass|add-?on))"
    r"\s+(?:is|will|was|has|gets|arrives|opens|lands|hits|comes|debuts|premieres|launches|"
    r"drops|could|may|might|should|would|due|slated|planned|set\s+for)\b",
    re.I,
)
# "…is helming the sequel, which Orbital Pictures recently dated for July 21": a clause about
# another work, unnamed, set off before the date's.
OTHER_WORK_WHICH = re.compile(
    r"\b(?:the|a|its|their)\s+(?:[\w'’:-]+\s+){0,3}?(?:sequel|prequel|spin-?off|follow-?up|remake|"
    r"reboot),\s*$",
    re.I,
)


def _add_on_spoken_of(match: re.Match, context: Context) -> bool:
    """Whether "the DLC" or "the expansion" of a clause is the add-on the story named last."""
    last = context.last_title
    return (
        last is not None
        and last.subkind == "dlc"
        and re.match(r"\W*the\s+(?:dlc|expansion|add-?on)\b", match.group(0), re.I) is not None
    )


def _names_it(at: int, match: re.Match, located) -> bool:
    """True when the work the phrase (found in a clause starting at `at`) speaks of has its
    own name ending it: "The Sola Festival DLC arrives…" is that add-on's date (but "The Glass
    Harbor sequel" is not Glass Harbor's)."""
    named = located.last_before(at + match.end())
    if named is None or named.start < at + match.start():
        return False
    return named.entry.subkind in ("dlc", "special")  # "the Sola Festival DLC": it is named


def _attribute(
    text: str, date: DateMention, dates: list[DateMention], located, context: Context
) -> tuple[Subject | None, bool]:
    """Return the title a date belongs to, and whether it is only the story's focus.

    The title named in the date's own stretch of the sentence (between the dates around it)
    comes first, the nearest before the date, else the first after it; then the nearest title
    anywhere before it; then the story's title, but only when the sentence points back at it
    ("the film", "it"). Never the only title the story knows by default.
    """
    # The dates around this one, found by bisection: a paragraph may hold thousands.
    at = bisect_left(dates, date.start, key=lambda d: d.start)
    start = dates[at - 1].end if at and dates[at - 1].end <= date.start else 0
    after = bisect_left(dates, date.end, key=lambda d: d.start)
    end = dates[after].start if after < len(dates) else len(text)
    # "…, a week before Paper Lions": the day counted is the title's named right after it
    other = located.first_after(date.end - 1) if date.form == "after" else None
    if other is not None and not text[date.end : other.start].strip(' "“'):
        return Subject.of(other.entry), False
    named = located.first_after(date.end)  # the title named next after the date
    if (of := DATED_OF.match(text, date.end)) and named is not None and named.start == of.end():
        return Subject.of(named.entry), False  # "until the Christmas Day arrival of Starboard"
    if (
        named is not None
        and WHEN_IT_OPENS_BEFORE.fullmatch(text, date.end, named.start)
        and WHEN_IT_OPENS_AFTER.match(text, named.end)
        # (not where the sentence's own title opens that day too: "X opens on May 5, when
        # Y opens too")
        and not RELEASE_TRIGGER.search(text, max(0, date.start - CLAUSE_REACH), date.start)
    ):
        # "…faces its first serious competition on May 5, Children's Day, when Korean
        # animation Dokkaebi Express opens": the day is the one that opens
        return Subject.of(named.entry), False
    if (premiered := _premiere_of(text, located, start, end)) is not None:
        # "…begins September 22 with Runway Rivals, followed by the series premiere of The
        # Glass Coast": the date is the premiere's
        return Subject.of(premiered.entry), False
    at, clause_end = clause_bounds(text, date.start)
    if re.match(r"\s*which\b", text[at:clause_end]) and OTHER_WORK_WHICH.search(
        text, max(0, at - 60), at
    ):
        return None, False
    if (other_work := OTHER_WORK.search(text[at:clause_end])) and not _names_it(
        at, other_work, located
    ):
        if _add_on_spoken_of(other_work, context):
            # "…the first paid expansion, Moth & Meridian: The Ashen Tides. The DLC arrives
            # on February 18": the add-on just named
            return context.last_title, True
        # "The Glass Harbor sequel is dated for November 2028", "…, but a spin-off is due
        # next year": another work's date, not the title named
        return None, False
    before = _appositive_head(text, _subject_before(text, located, date.start), located, date)
    if before is not None and _in_opening_clause(text, before, date):
        before = None
    if before is not None and OPPOSED.search(text, max(0, before.start - 30), before.start):
        before = None  # "three new wide releases take on 'Cinder Road' this weekend": theirs
    if before is not None and before.start >= start:
        return Subject.of(before.entry), False
    after = located.first_after(date.start)
    if after is not None and DESCRIBES_PERSON.match(text, after.end):
        after = None  # "…on Sunday, with Torchwood's Eve Myles": who is in it
    if after is not None and COMPARED.search(text[max(0, after.start - 30) : after.start]):
        after = None  # "…in December, following The Force Awakens": another title, compared
    if after is not None and CLASH_WITH.search(text, max(0, after.start - 80), after.start):
        after = None  # "…to June 11 to avoid a clash with Yash's action film Raakh": the rival
    if after is not None and after.start < end:
        return Subject.of(after.entry), False
    if before is not None:
        return Subject.of(before.entry), False
    if after is not None:
        return Subject.of(after.entry), False
    for name, subject in context.new_titles.items():
        if name in text:
            return subject, False
    # "the film", "it": the title the story spoke of last; never one it has not named yet
    # ("Its first Icelandic series makes its debut on Friday. Harbor Lights…").
    referred = context.last_title
    if referred is not None and MANY.search(text[: date.start]):
        return None, False  # "three new Star Wars films will release…": no one title's date
    if referred is not None and _dated_noun(text, date):
        return referred, True  # "…, the October 6 release features…": the one just named
    if referred is not None and DATED_FOR_IT.match(text, date.end):
        return referred, True  # "is slating a November 22, 2028 release for the film"
    if referred is not None and (
        DATE_LABEL_LINE.match(text) or (context.language != "en" and LABEL_LINE_ABROAD.match(text))
    ):
        return referred, True  # "Nouvelle date : 4 juin 2027" under the film's heading
    if referred is not None and (pointer := _last(REFERS_BACK.finditer(text, 0, date.start))):
        window = max(0, pointer.start() - 80)
        if UNKNOWN_NAME_BEFORE.search(text, window, pointer.start()) and not WHERE_OPENS.search(
            text[: pointer.start()]
        ):
            return None, False  # "Fire Emblem Engage, the next entry…": another, unknown title
        return referred, True
    if referred is not None and not located.of_kinds()[1] and _a_country_s_turn(text):
        return referred, True  # "Japan will wait until April 16": the title spoken of
    if referred is not None and context.language in PRO_DROP and not located.of_kinds()[1]:
        # "Previsto inicialmente para…, llegará finalmente el 3 de febrero": Spanish, Italian
        # and Portuguese leave out the subject the story is speaking of
        return referred, True
    if (referred or context.focus) is not None and date.when.is_tba:
        # "No release date has been announced yet.": the title spoken of last (a sequel the
        # story has turned to), else the story's own
        return referred or context.focus, True
    return None, False


PRO_DROP = frozenset(("es", "it", "pt"))
NEGATED = re.compile(r"\b(?:no\s+longer|not|won['’]t|never)\b", re.I)
NEGATED_BEFORE = re.compile(
    r"\b(?:no\s+longer|not|won['’]t|never)\s+(?:(?!until\b|till\b|before\b)\w+\s+){0,2}"
    r"(?:in|on|for|by)?\s*$",
    re.I,
)


def _a_country_s_turn(text: str) -> bool:
    """True for a sentence a country opens as the subject of its turn ("Japan will wait until
    April 16", "France gets it on February 10")."""
    named = regions_named(text[:40])
    if not named or text[: named[0][0]].strip(" *-•\"'").lower() not in ("", "the"):
        return False
    return bool(COUNTRY_SUBJECT.match(text, named[0][1]))


NO_LONGER = re.compile(
    r"\b(?:no\s+longer|indefinitely|n['’]a\s+plus|n['’]ont\s+plus|ya\s+no|nicht\s+mehr|"
    r"non\s+ha\s+più|indéfiniment|indefinidamente|auf\s+unbestimmte)",
    re.I,
)
DATED_OF = re.compile(
    r"\s+(?:release|arrival|debut|opening|launch|premiere|bow)\s+of\s+(?:the\s+)?[\"“*]?", re.I
)
WHEN_IT_OPENS_BEFORE = re.compile(
    r"(?:,\s*[^,.;]{0,30},)?,?\s+when\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\"“*]?", re.I
)
WHEN_IT_OPENS_AFTER = re.compile(
    r"[\"”*]?\s+(?:opens|arrives|launches|premieres|debuts|hits|lands|bows|comes\s+out)\b"
)
# "the series premiere of X", "the two-hour season premiere of the new legal drama X", "the
# season two premiere of sophomore drama X"
PREMIERE_OF = re.compile(
    r"\b(?:series|season(?:\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten))?|"
    r"world|two-hour|one-hour|special)\s+(?:premiere|debut)\s+of\s+"
    r"(?:(?:the|its|new)\s+)*(?:[\w-]+\s+){0,3}[\"“*]?$",
    re.I,
)


def _premiere_of(text: str, located, start: int, end: int):
    """The one title a date's stretch of the sentence names as the one premiering (not one
    the day is counted from: "a week after the series premiere of X")."""
    starts, titles = located.of_kinds()
    premiered = [
        loc
        for loc in titles[bisect_left(starts, start) : bisect_left(starts, end)]
        if (named := PREMIERE_OF.search(text, max(0, loc.start - 80), loc.start))
        and not AFTER_PREMIERE.search(text, max(0, named.start() - 40), named.start())
    ]
    if (
        len(premiered) > 1
        and FOLLOWED_BY.search(text, premiered[0].end, premiered[1].start)
        and not LATER.search(text, premiered[0].end)
    ):
        # "kicks off Tuesday with the season premiere of X, followed by the series premiere
        # of Y": the night opens with the first, the second comes after it the same night
        return premiered[0]
    return premiered[0] if len(premiered) == 1 else None


FOLLOWED_BY = re.compile(r"\bfollowed\s+by\b", re.I)
# What comes another day: "followed a week later by…", "…of Y on September 21", "next week".
LATER = re.compile(
    r"\b(?:later|next\s+(?:week|month|night)|afterwards|(?:on|from)\s+(?:"
    + MONTH_NAMES
    + r"|"
    + WEEKDAY_NAME
    + r"))",
    re.I,
)


# A listing's label line under a title's heading: "New date: June 4", "Nouvelle date : 4 juin",
# "First episode: Monday, October 4 at 9:50 p.m. KST".
DATE_LABEL_LINE = re.compile(
    # ("Prime Video Canada premiere date: January 14th": where, then when)
    r"^\W*(?:(?:" + SERVICE_NAMES + r")(?:\s+[A-Z][\w.]*){0,2}\s+)?"
    r"(?:new\s+(?:release\s+)?date|(?:release|premiere|launch)\s+(?:date|window)|release|"
    r"launch|out|due|coming|first\s+episode|"
    r"nouvelle\s+date(?:\s+de\s+sortie)?|date\s+de\s+sortie)\s*:",
    re.I,
)
# Abroad: "Start: 3. Dezember 2027" under a show's heading, "Estreno: 12 de marzo" (not in
# English copy, where "Start:" is a shoot's, a race's or a beta's).
LABEL_LINE_ABROAD = re.compile(r"^\W*(?:" + LABEL_ABROAD + r")\s*:", re.I)
# "nicht wie geplant am 23. April anlaufen, sondern am 4. Juni": not that day, but this one.
NOT_BUT = re.compile(
    r",?\s+(?:sondern|mais|sino)\s+(?:(?:le|au|am|el|erst|bien|plutôt)\s+){0,2}\d", re.I
)
# "won't arrive in the US until December 21", "isn't out until May": the day it comes.
NOT_UNTIL = re.compile(r"[^,;.]{0,40}?\b(?P<until>until|till)\s+(?:the\s+)?", re.I)
# "the October 6 release", "this March 3, 2028 release": a date naming the title spoken of.
DATED_NOUN_BEFORE = re.compile(r"\b(?:the|this|its|their)\s+$", re.I)
DATED_NOUN_AFTER = re.compile(r"\s+(?:release|debut|launch|opening|premiere|bow)\b", re.I)


DATED_FOR_IT = re.compile(
    r"\s+(?:release|debut|launch|opening|premiere|bow|slot)\s+(?:date\s+)?for\s+(?:it|them|"
    r"the\s+(?:[\w-]+\s+){0,3}?(?:film|movie|series|show|game|sequel|project|picture|pic|drama|"
    r"comedy|thriller|season))\b",
    re.I,
)


def _dated_noun(text: str, date: DateMention) -> bool:
    return bool(
        DATED_NOUN_AFTER.match(text, date.end)
        and DATED_NOUN_BEFORE.search(text, max(0, date.start - 8), date.start)
    )


# Between two titles that share a verb: "X, Y and Z", "the X anime film and Y film". A name's
# closing punctuation ("Fruits Basket -prelude-", "Oklahoma!") is left out of its mention.
# After what the first one is, a comma sets off the second as its name, not a sibling: "its
# Inside Out 2 spin-off series, Dream Productions, will debut".
LIST_GAP = re.compile(
    r"[-–!?]?\s*(?:(?:[\w-]+\s+)?(?:film|movie|series|show|game|special)s?\s*(?:,?\s+and|&)|"
    # ("Northlight's Glass Harbor and Sony's Paper Lions": each with its owner)
    r",|,?\s+and|&)\s*(?:the\s+)?(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}['’]s\s+)?",
    re.I,
)


# ", the final expansion to " / ", a sequel to ": a title named inside a description of
# the title before it.
APPOSITIVE = re.compile(r",[\"”']?\s+(?:the|a|an)\s+[^,;()]{0,100}$", re.I)


def _subject_before(text: str, located, position: int):
    """The nearest title before `position` that is not named to say who someone is."""
    starts, titles = located.of_kinds()
    at = bisect_left(starts, position)
    while at:
        at -= 1
        title = titles[at]
        if DESCRIBES_PERSON.match(text, title.end):
            continue
        if SLOT_OF.search(text, max(0, title.start - 30), title.start):
            continue  # "takes the slot of the Untitled Pixar film set for June 2026"
        return title
    return None


# The title whose date another one takes: "takes the slot of the 'Untitled Pixar film'",
# "moves into Sinners' old date".
SLOT_OF = re.compile(r"\b(?:slot|date|spot|berth|place)\s+(?:of|held\s+by)\s+(?:the\s+)?[\"“']?$")


# "With Star Wars: The Rise of Skywalker ending the saga, three new films will release in
# 2022": a title in an opening "With …," clause is the circumstance, not the subject.
OPENING_WITH = re.compile(r"^\W*(?:With|After|Following)\s+$")


def _in_opening_clause(text: str, loc, date: DateMention) -> bool:
    return bool(OPENING_WITH.match(text[: loc.start])) and "," in text[loc.end : date.start]


def _appositive_head(text: str, loc, located, date: DateMention):
    """The title a description belongs to, when the nearest title is named inside it:
    "Blood and Wine, the final expansion to The Witcher 3, will be released on May 30" is
    about Blood and Wine."""
    if loc is None or date.start - loc.end > CLAUSE_REACH:
        return loc
    starts, titles = located.of_kinds()
    at = bisect_left(starts, loc.start)
    if not at:
        return loc
    head = titles[at - 1]
    if "," in text[loc.end : date.start] and APPOSITIVE.search(text[head.end : loc.start]):
        return head
    # "Tron: Ares - a sequel to 1982's Tron and Tron: Legacy - will come out in October":
    # the titles inside an aside between dashes or in brackets are not the sentence's subject.
    for opens, closes in ASIDE_MARKS:
        if not closes.search(text, loc.end, date.start):
            continue
        opening = _last(opens.finditer(text, max(0, loc.start - CLAUSE_REACH), loc.start))
        if opening is None or closes.search(text, opening.end(), loc.start):
            continue
        first = bisect_left(starts, opening.start()) - 1
        return titles[first] if first >= 0 else loc
    return loc


ASIDE_MARKS = [
    (re.compile(r"\s[-–—]\s"), re.compile(r"\s[-–—]\s")),
    (re.compile(r"\("), re.compile(r"\)")),
]


def _listed_with(text: str, subject: Subject, located) -> list[Subject]:
    """The titles listed just before a subject, which share its verb: "Overlord, Attack on
    Titan and Gintama are all premiering in July" gives all three the date, as does "the X
    anime film and Y film on October 6"."""
    titles = located.of_kinds()[1]
    at = next((i for i, loc in enumerate(titles) if Subject.of(loc.entry).key == subject.key), None)
    siblings = []
    while at:
        previous, current = titles[at - 1], titles[at]
        gap = text[previous.end : current.start]
        if not LIST_GAP.fullmatch(gap):
            break
        siblings.append(Subject.of(previous.entry))
        at -= 1
    return siblings


PULLED = re.compile(r"(?:pull(?:s|ed|ing)?|tak(?:en|es|ing)|took|remov\w*)$", re.I)


SHIFTED_BY = re.compile(
    r"\s+(?:by|de|um|di|en)\s+(?:\w+\s+)?(?:weeks?|months?|days?|years?|semaines?|mois|jours?|"
    r"ans?|semanas?|meses|días|wochen|monate[n]?|tage[n]?|settimane|mesi|giorni)\b",
    re.I,
)
NEXT_CLAUSE = re.compile(r",\s*(?:and|et|y|e|und|but|mais|pero|ma)\s|;")


# Where one clause of a sentence ends and another, about something else, begins.
ANOTHER_CLAUSE = re.compile(r";|,\s+(?:and|while|but|as|whereas)\s")


def _release_move(text: str, move: re.Match, located, dates, context: Context) -> bool:
    """Suggest the changes a delay sentence names, one per title ("Avatar 2 moves to December
    16, 2022, Avatar 3 to December 20, 2024"); return False when it names no new date."""
    # "denied that it will move", "is not moving": the negation governs the verb in its clause.
    clause = re.split(r"[,;]", text[: move.start()])[-1]
    if NEGATION.search(clause):
        return True
    origins = [d for d in dates if _is_origin(text, d) or is_history(text, d)]
    old = {id(d) for d in origins}  # by identity: a list's "in" compares every pair
    rest = [d for d in dates if id(d) not in old]
    after_verb = [d for d in rest if d.start >= move.start()]
    if SHIFTED_BY.match(text, move.end()):
        # "delayed by four months, and promises a Switch 2 version in the fall": the shift
        # is the move's; a date in the clause after is something else's
        after_verb = [d for d in after_verb if not NEXT_CLAUSE.search(text, move.end(), d.start)]
    targets = after_verb or (rest if origins else [])
    if context.published is not None:
        # A move's new date is to come: "will now hit November 11th" in a December story
        targets = [_coming(d, context.published, text) for d in targets]
    if not targets and PULLED.match(move.group("verb") or ""):
        # "has pulled X from its April 30 date": no new date, the old one gone
        targets = [DateMention(FuzzyDate.tba(), move.end(), move.end(), "", False, "tba")]
    if not targets:
        return False
    by_title: dict[tuple, tuple[Subject, list[DateMention]]] = {}
    for date in targets:
        subject, _ = _attribute(text, date, targets, located, context)
        if subject is not None:
            by_title.setdefault(subject.key, (subject, []))[1].append(date)
    # "Glass Slipper moves to July 16 (from Feb 5), and Afterglow will now hit November 11
    # (from June 11)": each title's own old date, where its clause gives one.
    own_origin: dict[tuple, DateMention] = {}
    whose = {id(date): key for key, (_, own) in by_title.items() for date in own}
    ends = [t.end for t in targets]  # in order: the new date before an old one, by bisection
    for date in origins if len(by_title) > 1 else []:
        at = bisect_right(ends, date.start)
        if at and id(targets[at - 1]) in whose:  # the new date it follows: "(from June 11)"
            own_origin[whose[id(targets[at - 1])]] = date
    for number, (subject, own) in enumerate(by_title.values()):
        target = own[-1]
        if gone_by(target, context):
            continue
        origin = own_origin.get(subject.key)
        if origin is None and number == 0:  # the old date belongs to the title nearest the verb
            if origins:
                origin = origins[0]
            elif len(own) >= 2:
                origin = own[0]
            else:
                # (not another clause's: "X opens Friday, and Greyhaven has moved Y up a week
                # to November 19" — Friday is X's)
                before_verb = [
                    d
                    for d in dates
                    if d.start < move.start()
                    and not ANOTHER_CLAUSE.search(text, d.end, move.start())
                ]
                origin = before_verb[-1] if before_verb else None
        for medium, channel in media_for(text, target, subject, alone=True):
            value = {
                "to": target.when.canonical(),
                "region": region_of(text, context.language) or context.market_for(medium, subject),
                "medium": medium,
                "channel": channel,
            }
            if origin is not None:
                value["from"] = origin.when.canonical()
            confidence = 0.85 if origin is not None else 0.75
            if subject.id is None:
                confidence -= 0.1
            context.add(Suggestion("release_move", subject, value, text, confidence))
    return True


THAT_VERSION = re.compile(r"\b(?:that|this|the)\s+(?:version|edition|port)\b", re.I)


def release_rules(
    sentence: Sentence,
    located,
    dates: list[DateMention],
    context: Context,
    heading=None,
    dated_list: bool = False,
):
    """Suggest the release dates a sentence gives, each for the title it belongs to.

    `heading` is the title a line without a verb gives its date to (a list row, or the heading
    over it); with `dated_list`, the date is the one heading a bulleted list of titles.
    """
    text = sentence.text
    # not the titles named in passing ("taking The Salt Road's old spot") nor in an aside
    # about someone ("Jordan Vell, who directed Thornquist in Paper Kites, is helming the
    # sequel, which … dated for July 21")
    located = not_in_passing(text, outside_asides(text, located))
    if not dates and (pulled := MOVE.search(text)) and PULLED.match(pulled.group("verb")):
        # "X has been pulled from the schedule": a move to no date, with none to read
        if not retrospective(text, context.published):
            _release_move(text, pulled, located, [], context)
        return
    if dates and retrospective(text, context.published):
        # ("Back in September, …" tells when the move was made: not a date of the title's)
        dates = _moved_ahead(text, dates, context)
    if not dates:
        return
    # A demo, beta or playtest on a date is not the release: "C-Smash VRS (PS VR2, demo)";
    # nor is a date in an aside that tells what became of another ("Unlike X, which flopped
    # in March, Y opens on May 3").
    dates = [d for d in dates if not _not_the_works_day(text, d)]
    if len(dates) > 1 and NEGATED.search(text):
        # "…delayed indefinitely, … saying only that it will no longer launch in 2028": a day
        # denied is none
        dates = [d for d in dates if not NEGATED_BEFORE.search(text, max(0, d.start - 40), d.start)]
    if (
        len(dates) > 1
        and any(d.when.is_tba for d in dates)
        and NO_LONGER.search(text)
        and not (MOVE.search(text) or MOVED_FROM.search(text))
    ):
        # "Sentinelle Zéro, annoncé pour le printemps 2027, n'a plus de date de sortie": the
        # other date is the one it has lost (a move says so itself: "delayed … from")
        dates = [d for d in dates if d.when.is_tba]
    if dated_list and TRYOUT.search(text):
        return
    if not dates:
        return
    if dated_list:
        subject = Subject.of(heading.entry)
        _title_releases(text, subject, dates, None, context, only_focus=False)
        return
    if heading is None and (
        parts := _semicolon_parts(text, dates)
        or _version_parts(text, dates)
        or _move_parts(text, dates, located)
    ):
        # One pass over names and dates, both in order: a paragraph may hold thousands of each.
        names, at_name, at_date = list(located), 0, 0
        spoken_last = None  # the title the parts so far named last
        for start, end in parts:
            while at_name < len(names) and names[at_name].start < start:
                at_name += 1
            while at_date < len(dates) and dates[at_date].start < start:
                at_date += 1
            own_names, own_dates = [], []
            while at_name < len(names) and names[at_name].start < end:
                loc = names[at_name]
                own_names.append(Located(loc.entry, loc.start - start, loc.end - start))
                at_name += 1
            while at_date < len(dates) and dates[at_date].start < end:
                own_dates.append(
                    replace(
                        dates[at_date],
                        start=dates[at_date].start - start,
                        end=dates[at_date].end - start,
                    )
                )
                at_date += 1
            spoken_of = context.last_title
            if not own_names and spoken_last is not None:
                # "Tidebreaker, whose Switch 2 version has slipped…; the PC version still
                # launches on December 10": the part before's title, not the story's last
                context.last_title = spoken_last
            release_rules(
                Sentence(text[start:end], sentence.start + start),
                Names(own_names),
                own_dates,
                context,
            )
            context.last_title = spoken_of
            titles = [loc for loc in own_names if loc.entry.kind == "title"]
            spoken_last = Subject.of(titles[-1].entry) if titles else spoken_last
        return
    move = MOVE.search(text) or MOVED_FROM.search(text)
    # "was set to open on March 5, and will now arrive on August 13": a delay told without
    # its verb; the old date is said before "now"
    now = NOW_ARRIVES.search(text) if move is None else None
    if now and any(d.end <= now.start() and is_history(text, d) for d in dates):
        move = now
    if move and _release_move(text, move, located, dates, context):
        return
    trigger = _release_trigger(text)
    if trigger is None and heading is None and region_row(text, dates, context):
        return
    if trigger is None and heading is None and paired_list(text, dates, located, context):
        return
    if (
        dated_row(text, dates, located, context)
        or on_row(text, dates, located, context)
        or field_row(text, dates, located, context)
        or (trigger is None and platform_item(text, dates, located, context))
    ):
        return
    if trigger is None and heading is None:
        heading = _dated_in_parentheses(text, dates, located)
    if trigger is None and heading is None:
        return
    if (
        trigger is not None
        and NEGATION.search(clause_around(text, trigger.start()))
        and not NOT_BUT.search(text, trigger.start())
        and not _not_until(text, trigger, dates)
        and not all(d.when.is_tba for d in dates)  # "no longer has a release date": its words
    ):
        return  # "will not be released on May 3"; but "not long now: it opens May 3" is fine
    # A date already past is history ("it came out on May 17, 2019"), not an announcement,
    # unless the sentence announces it; so is a day without a year after a past-tense verb
    # ("opened on May 10"). "Its previous date was July 3" is history too.
    past = trigger is not None and _past_tense(text, trigger)
    if past:
        # "It premiered at Sundance in January and opens in UK cinemas on 6 March": each
        # date is told by the release word nearest before it.
        past_before = _tenses_before(text, dates)
    announced = bool(FUTURE.search(text))  # once: a sentence may hold thousands of dates
    finally_ = bool(FINALLY.search(text))  # ("attendu le 18 mars…, sortira finalement le…")
    moved = move is not None  # a delay that names no new date we read: its dates are the old
    if announced and not past and context.published is not None:
        dates = [_coming(d, context.published, text) for d in dates]
    elif not past and context.published is not None and PRESENT_RELEASE.search(text):
        dates = [_coming(d, context.published, text, present=True) for d in dates]
    dates = [
        d
        for d in dates
        if (
            d.when.is_tba
            or (announced and not _in_past_clause(text, d) or not gone_by(d, context))
            and not (past and d.relative and past_before(d))
        )
        # ("originally set for May 3, it no longer has a date": the date lost is history)
        and (d.when.is_tba or not is_history(text, d))
        and not (finally_ and _expected_before(text, d))
        and not (moved and _is_origin(text, d))
        and not TWEET_SIGNATURE.search(text, max(0, d.start - 40), d.start)
        and not MONEY_BEFORE.search(text, max(0, d.start - 30), d.start)
        and not FINALE_BEFORE.search(text, max(0, d.start - 40), d.start)
    ]
    by_title: dict[tuple, tuple[Subject, list[DateMention], bool]] = {}
    for date in dates:
        subject, only_focus = _attribute(text, date, dates, located, context)
        if subject is None and heading is not None:
            subject, only_focus = Subject.of(heading.entry), False
        if subject is None:
            continue
        before = (text, max(0, date.start - 120), date.start)
        if (subject.subkind == "game" and LIVE_GAME_EVENT.search(*before)) or GAME_FEATURE.search(
            *before
        ):
            continue  # "starts its fourth season in January": the game is out already
        for each in [subject, *_listed_with(text, subject, located)]:
            by_title.setdefault(each.key, (each, [], only_focus))[1].append(date)
    alone = len(by_title) == 1
    for subject, own_dates, only_focus in by_title.values():
        _title_releases(text, subject, own_dates, trigger, context, only_focus, alone)


# What a game that is out does on a date: a season, an update, an event (a mode or a patch is
# any title's: GAME_FEATURE).
LIVE_GAME_EVENT = re.compile(
    r"(?:(?:\b(?:its|the|a)\s+|['’]s\s+)(?:[\w'’-]+\s+){0,3}(?:season|update|event|"
    r"tournament|championship)|\bcontent\s+drop|\broadmap|\besports|\bworld\s+finals?)\b",
    re.I,
)
# A part of a game that comes on its own day, whatever the title is known as: "Vesper
# Rising's online co-op mode, Crew Jobs, …"
GAME_FEATURE = re.compile(
    r"(?:\b(?:its|the|a)\s+|['’]s\s+)(?:[\w'’-]+\s+){0,3}(?:mode|patch|raid|battle\s+pass)\b|"
    r"\b(?:free|title)\s+update\b",
    re.I,
)
ASIDE_ON_A_PERSON = re.compile(r"\((?:who|whose|he|she|they)\b[^()]*$", re.I)


def _about_a_person(text: str, date: DateMention) -> bool:
    """A date in an aside about a person is theirs, not a title's: "Will Poulter (who is set
    to make his Marvel debut next year)"."""
    return bool(ASIDE_ON_A_PERSON.search(text[max(0, date.start - 200) : date.start]))


def _semicolon_parts(text: str, dates: list[DateMention]) -> list[tuple[int, int]]:
    """The stretches between semicolons when more than one of them holds a date: "…Money
    Monster, which bows April 16th; Ghostbusters has been moved up to July 15th; …" is one
    sentence of independent clauses, each with its own verb (a delay in one is not the
    others')."""
    if ";" not in text or len(dates) < 2:
        return []
    bounds = [0, *(m.end() for m in re.finditer(";", text)), len(text) + 1]
    parts = [
        (a + len(text[a:b]) - len(text[a:b].lstrip()), b - 1)
        for a, b in zip(bounds, bounds[1:], strict=False)
    ]
    starts = [d.start for d in dates]
    dated = [p for p in parts if bisect_left(starts, p[0]) < bisect_left(starts, p[1])]
    return dated if len(dated) > 1 else []


def _version_parts(text: str, dates: list[DateMention]) -> list[tuple[int, int]]:
    """The game's own date and one version's delay, told in one sentence: "X launches on PC
    on January 14, but the PS5 version slips to 2028" (the delay is the version's alone, and
    PC's date stays a release)."""
    if len(dates) < 2 or not ("ersi" in text or "Fassung" in text):
        return []
    move = MOVE.search(text)
    if move is None:
        return []
    for version in OTHER_VERSION.finditer(text):
        if version.start() < move.start() < version.end() and any(
            d.end <= version.start() for d in dates
        ):
            cut = version.start() + 1  # (after the comma or dash that sets it off)
            return [(0, version.start()), (cut, len(text))]
    return []


def _move_parts(text: str, dates: list[DateMention], located) -> list[tuple[int, int]]:
    """One title's release, then another's move, in one sentence: "Next up, The Quiet Harvest
    opens Friday at roughly 3,000 locations, and Greyhaven has moved Snowed Inn up a week to
    November 19" (each clause its own title's)."""
    if len(dates) < 2 or (move := MOVE.search(text)) is None:
        return []
    breaks = [b for b in ANOTHER_CLAUSE.finditer(text, 0, move.start())]
    if not breaks:
        return []
    cut = breaks[-1]
    first, second = text[: cut.start()], text[cut.start() + 1 :]
    titles = located.of_kinds()[1]
    own = [t for t in titles if t.end <= cut.start()]
    theirs = [t for t in titles if t.start >= cut.end()]
    if not (own and theirs and any(d.end <= cut.start() for d in dates)):
        return []
    if _release_trigger(first) is None or any(
        is_history(text, d) for d in dates if d.end <= cut.start()
    ):
        return []
    return [(0, cut.start()), (cut.start() + 1, len(text))] if second else []


# (or one brand's word in lower case: "(eShop, early December)", not "(premiered at Sundance,")
PAREN_BY = re.compile(r"[A-Z][\w.&'’+ -]{0,35},\s*|[a-z][\w.&'’+-]{1,20},\s*")


def _dated_in_parentheses(text: str, dates: list[DateMention], located):
    """The title a date in parentheses just after it belongs to, as listings write it: "The
    Lie (October 6th) centers on…", "Interview with the Vampire (Sept. 1, Max)"."""
    for date in dates:
        opening = text.rfind("(", 0, date.start)
        if opening == -1 or ")" in text[opening : date.start]:
            continue
        between = text[opening + 1 : date.start]
        if len(between) > 2 and not PAREN_BY.fullmatch(between):
            continue  # "(Northlight, March 6)": who brings it out, then the date
        title = located.last_before(opening)
        if title is not None and (
            not text[title.end : opening].strip() or WHOSE.fullmatch(text, title.end, opening)
        ):
            return title
    return None


def _title_releases(
    text, subject, dates, trigger, context: Context, only_focus: bool, alone: bool = True
) -> None:
    # Several dates that agree ("next year … on June 7, 2024"): keep the most exact. When they
    # disagree, each may name its own market; otherwise a written-out date beats one counted
    # from the publication day, which may be wrong for a story filed late or edited later.
    def span(d):
        return (d.when.end - d.when.start).days if d.when.start else 10**6

    anchor = trigger.start() if trigger is not None else 0
    chosen = min(dates, key=span)
    markets = None
    rights, language = context.rights.get(subject.key), context.language  # bought for where
    if len(dates) > 1:
        # Each clause's market, read once: "in select theaters March 5th, before expanding
        # nationwide later in the spring" makes each date its own release.
        # (a clause that names no market is left "" here: the story's, for its medium, below)
        opened = markets_of(text, dates, subject, rights[0] if rights else "", language)
        if opened and len({tuple(media) for _, _, media in opened}) == len(opened):
            markets = opened
        elif not all(d.when.contains(chosen.when) or d is chosen for d in dates):
            markets = opened
            chosen = min(dates, key=lambda d: (d.relative, span(d), abs(d.start - anchor)))
    if markets is None:
        media = media_for(text, chosen, subject, alone)
        if (
            media == [("", "")]
            and not alone
            and PREMIERE_EVENT.search(text)
            and FESTIVAL_NIGHT_AGAIN.search(clause_around(text, chosen.start))
        ):
            media = [(PREMIERE, festival_of(text))]  # "…, and Y closes it on Sunday"
        if (
            media
            and media[0][0] == PREMIERE
            and not PREMIERE_EVENT.search(clause := clause_around(text, chosen.start))
            and ITS_OWN_RELEASE.search(clause)
        ):
            media = media_of(clause, subject)  # "…at Berlin, before a US release in April"
        if (
            media == [("", "")]
            and context.festival
            and trigger is not None
            and trigger.group(0).lower().startswith("premiere")
            and not ITS_OWN_RELEASE.search(clause_around(text, chosen.start))
        ):
            # "- The Lamplighter's Son, directed by Emeka Obi, premieres on Saturday": a
            # festival line-up's row premieres at the festival the story is about
            media = [(PREMIERE, context.festival)]
        if media and media[0][0] == PREMIERE and not media[0][1] and context.festival:
            media = [(PREMIERE, context.festival)]  # "opens the festival": the one named before
        version = context.version
        if (
            media == [("", "")]
            and version
            and version[0] == subject.key
            and THAT_VERSION.search(text)
        ):
            media = [version[1]]  # "That version follows on May 14"
        show = show_of_season(subject, context)
        if media == [("", "")] and context.box_office and subject.subkind in ("", "film"):
            media = [(THEATRICAL, "")]  # a box-office column's films open in cinemas
        if media == [("", "")] and subject.key in context.services:
            media = [context.services[subject.key]]  # named in the sentence before
        elif media == [("", "")] and show is not None and show.key in context.services:
            media = [context.services[show.key]]  # "Netflix has renewed X. Season 2 of…"
        elif (
            media == [("", "")]
            and (trigger is None or len(text.split()) <= ROW_WORDS)
            and context.service[1]
        ):
            # a listing's row under "New on Netflix", or a channel's schedule's row, its own
            # premiere word or not ("8 P.M. SALT RIVER (series premiere, Sept. 26)")
            media = [context.service]
        said = (
            regions_for(text, chosen, context.language)
            or rights  # "…picked up North American rights to X"
            or premiere_place(text, media)  # "the New York premiere", "in Telluride, Colorado"
        )
        markets = [(chosen, region, media, not said) for region in said or [context.market]]
    else:
        # each clause's market names one region; "in the UK, France and Germany" names three
        ends = [0, *(when.end for when, _, _ in markets)]
        told = context.services.get(subject.key)  # "Prime Video has set a rollout for X"
        markets = [
            (when, each, [told] if told and media == [("", "")] else media, not region)
            for (when, region, media), since in zip(markets, ends, strict=False)
            for each in bought_for(
                all_regions(text, when, since, region or context.market, language), rights
            )
        ]
    confidence = confidence_word(text)
    for when, region, media, defaulted in markets:
        if a_continent_s(text, when, context.language):
            continue  # "l'Europe attendra fin mars": no country the catalog can date it in
        score = (0.9 if when.when.precision == "day" else 0.8) - (0.05 if when.relative else 0)
        if subject.id is None:
            score -= 0.05  # a title spotted by its form, not one the catalog knows
        if only_focus:
            score -= 0.05  # "it opens in May": the title named just before, by reference
        if confidence == "rumored":
            score -= 0.15  # "a rumor claiming it will be released on May 30": not for a bulk accept
        for medium, channel in media:
            where = context.market_for(medium, subject) if defaulted else region
            if medium == PREMIERE and where == WORLDWIDE:
                where = context.festival_countries.get(channel, where)  # "…in Sydney"
            value = release_value(when.when, where, medium, channel, confidence, defaulted)
            # (a festival's screening or a limited run is misread more often than a release:
            # the editor takes each by hand, not in bulk; bench/RESULTS.md)
            said = min(score, UNSURE) if medium in (PREMIERE, LIMITED) else score
            context.add(Suggestion("release", subject, value, text, round(said, 2)))


# A date's clause that names a release of its own after a festival's: "before a US release".
ITS_OWN_RELEASE = re.compile(r"\b(?:release|opening|bow|rollout|launch|run)\b", re.I)
# The festival's other night in a sentence about its first: "…, and Y closes it on Sunday".
FESTIVAL_NIGHT_AGAIN = re.compile(r"\b(?:opens?|closes?|kicks?\s+off|wraps?\s+up)\s+it\b", re.I)
