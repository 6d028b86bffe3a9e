# SPDX-License-Identifier: EUPL-1.2
"""Swedish text for the generated register, built from the phrasing of the reference protocols.

Everything is drawn from a random.Random passed in, so a seed gives the same text. The
sentences follow the seeds (Malmö stad, KS 2026-01-07 § 16 and KSAU § 266) and DOMAIN.md:
"Kommunfullmäktige beslutade den 26 september 2024 §189 att …", "Remissinstanserna ställer
sig i stort positiva …", amounts as "1 100 000 kronor", decision points as "Kommunstyrelsen
beviljar …". The vocabulary carries å, ä and ö on purpose.
"""

from __future__ import annotations

import random
from datetime import date

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december")

FEMALE_NAMES = (
    "Anna", "Åsa", "Märta", "Ingela", "Farishta", "Karin", "Elisabet", "Maria", "Sofia",
    "Eva", "Helena", "Birgitta", "Linnéa", "Amira", "Nour", "Johanna", "Kristina", "Marina",
    "Ulrika", "Sara", "Emma", "Malin", "Louise", "Therése", "Agneta", "Gunilla", "Jessica",
    "Yasmin", "Petra", "Camilla", "Ebba", "Frida", "Hanna", "Ida", "Klara", "Saga",
)
MALE_NAMES = (
    "John", "Anton", "Magnus", "Anders", "Björn", "Göran", "Sören", "Håkan", "Axel",
    "Patrik", "Rickard", "Mehmet", "Olof", "Per", "Lars", "Jörgen", "Stefan", "Tomas",
    "Ahmed", "Erik", "Mikael", "Fredrik", "Nils", "Gustav", "Jonas", "Emil", "Oskar",
    "Kjell", "Bengt", "Ali", "Mattias", "Daniel", "Hampus", "Linus", "Måns", "Sixten",
)
SURNAMES = (
    "Eklöf", "Sulaiman", "Sauer", "Olsson", "Olin", "Pleijel", "Johansson", "Helgeson",
    "Lann", "Darvik", "Jönsson", "Öberg", "Ängström", "Lövgren", "Sjöberg", "Nyström",
    "Åkesson", "Östlund", "Bäckström", "Söderberg", "Hägg", "Yilmaz", "Hassan", "Al-Khatib",
    "Svensson", "Andersson", "Persson", "Nilsson", "Lindqvist", "Bergström", "Håkansson",
    "Strömberg", "Wästberg", "Kjellén", "Fält", "Dahlgren", "Mårtensson", "Ljungberg",
    "Nordén", "Sandström", "Åberg", "Holmgren", "Rönnblom", "Ekström", "Blomqvist",
    "Karlsson", "Malmström", "Forsberg", "Gök", "Berisha", "Kovačević", "Lindahl",
)

DISTRICTS = (
    "Rosengård", "Möllevången", "Limhamn", "Husie", "Oxie", "Fosie", "Kirseberg", "Hyllie",
    "Västra hamnen", "Bunkeflostrand", "Tygelsjö", "Södra innerstaden", "Holma", "Kroksbäck",
    "Lindängen", "Sofielund", "Värnhem", "Östra hamnen", "Bellevue", "Jägersro",
)

#: Topics by area; the bodies below pick from their own area and the shared one.
TOPICS = {
    "shared": (
        "kraftsamlande insatser", "lokal utveckling", "universell prevention",
        "digitalisering av ärendehanteringen", "trygghetsskapande åtgärder i {district}",
        "ökad tillgänglighet för personer med funktionsnedsättning",
        "energieffektivisering av kommunens fastigheter", "barnrättsperspektivet i besluten",
        "jämställdhetsintegrering", "kompetensförsörjning inom förvaltningen",
        "samverkan med civilsamhället i {district}", "klimatanpassning av offentliga miljöer",
    ),
    "ks": (
        "budget och plan för ekonomin", "kommunens övergripande mål", "ägardirektiv för MKB",
        "översyn av nämndorganisationen", "medel ur kommunstyrelsens anslag till förfogande",
        "internkontrollplan för stadskontoret", "näringslivsprogrammet",
        "bostadsförsörjningsprogrammet", "säkerhet och beredskap",
        "lokalförsörjning för skolor och förskolor",
    ),
    "fritid": (
        "upprustning av idrottshallen i {district}", "barn och ungas fritidsaktiviteter",
        "föreningsbidrag", "öppettider i simhallarna", "spontanidrottsplatser i {district}",
        "Ribersborgs kallbadhus", "lovaktiviteter för skolungdomar",
    ),
    "kultur": (
        "kulturstöd till fria kulturlivet", "biblioteksplan", "Malmö museers utställningar",
        "konstnärlig gestaltning i {district}", "kulturskolans avgifter",
        "stadsbibliotekets öppettider", "kulturarvsprogrammet",
    ),
    "skola": (
        "skolskjuts", "nya förskoleplatser i {district}", "elevhälsans organisation",
        "måltidsverksamheten i grundskolan", "skolplacering och närhetsprincipen",
        "läsfrämjande insatser i förskolan", "ombyggnad av skolan i {district}",
    ),
    "miljo": (
        "miljöprogrammet", "tillsyn av livsmedelsverksamheter", "luftkvaliteten i {district}",
        "avgifter för prövning och tillsyn", "buller längs Södra Förstadsgatan",
        "kemikalieplanen", "naturvårdsplanen",
    ),
    "teknik": (
        "cykelstråk längs Södra Förstadsgatan", "gatubelysning i {district}",
        "parkeringsnormen", "upprustning av Pildammsparken", "vinterväghållning",
        "trafiksäkerhet vid skolor i {district}", "avfallsplanen",
    ),
    "social": (
        "ekonomiskt bistånd", "hemlöshet och boendelösningar", "arbetsmarknadsinsatser för unga",
        "våld i nära relationer", "missbruksvården", "feriearbeten för ungdomar",
        "bostäder med särskild service i {district}",
    ),
    "bygg": (
        "detaljplan för kvarteret Läkaren i {district}", "bygglovstaxan",
        "översiktsplanen för Malmö", "planprogram för {district}", "markanvisning i {district}",
        "förtätning längs Amiralsgatan",
    ),
}

OFFICES = {
    "ks": "Stadskontoret", "fritid": "Fritidsförvaltningen", "kultur": "Kulturförvaltningen",
    "skola": "Grundskoleförvaltningen", "miljo": "Miljöförvaltningen",
    "teknik": "Fastighets- och gatukontoret", "social": "Arbetsmarknads- och socialförvaltningen",
    "bygg": "Stadsbyggnadskontoret",
}

ASPECTS = (
    "långsiktig finansiering", "samordning med befintliga strukturer",
    "organisering och uppföljning", "ansvarsfördelningen mellan nämnderna",
    "tidplanen för genomförandet", "konsekvenserna för barn och unga",
    "jämställdhet och tillgänglighet", "hur resultaten ska mätas och återrapporteras",
    "kostnaderna för drift och underhåll", "dialogen med de boende i området",
)
CLAIMS = (
    "det redan finns pågående initiativ som angränsar till arbetet",
    "medlen bör avsättas i budgeten men avropas vid behov under året",
    "ärendet inte medför några ökade kostnader för nämnden",
    "insatserna behöver följas upp årligen och redovisas för nämnden",
    "förslaget ligger i linje med kommunens miljöprogram och översiktsplan",
    "administrationen kring att fördela medlen riskerar att överstiga nyttan",
    "en samlad bedömning talar för att genomföra förslaget i etapper",
    "förslaget stärker möjligheterna för barn och unga att studera eller arbeta",
    "verksamheten kan bedrivas inom befintlig budgetram",
    "det saknas förutsättningar att genomföra förslaget under innevarande år",
)
GOALS = (
    "ett brett fokus på goda uppväxtvillkor för barn och unga upp till 18 år",
    "en tydligare styrning av resurserna till de mest utsatta områdena",
    "ett förebyggande och främjande arbete i nära samverkan med skolan",
    "en gemensam modell för uppföljning av insatsernas effekter",
    "att verksamheten i högre grad ska präglas av dialog med medborgarna",
)
DOCUMENTS = (
    "verksamhetsplanen", "internkontrollplanen", "delårsrapporten", "årsanalysen",
    "handlingsplanen", "riktlinjerna", "taxan", "policyn", "programmet",
)

STATEMENT_OPENINGS = (
    "Vi har i ärendet yrkat avslag eftersom förslaget inte tar tillräcklig hänsyn till {aspect}.",
    "Vi delar uppfattningen att {topic} är angeläget, men anser att {aspect} har fått för lite "
    "utrymme i beredningen.",
    "Förslaget saknar en tydlig analys av {aspect}.",
    "Vi ställer oss bakom ambitionen men konstaterar att {claim} inte är belagt i underlaget.",
    "Det är olyckligt att nämnden fattar beslut om {topic} innan {aspect} har utretts.",
)
STATEMENT_MIDDLES = (
    "Remissinstanserna har pekat på samma brister och deras synpunkter borde ha beaktats.",
    "Vi vill se en redovisning av hur {aspect} ska hanteras innan medlen fördelas.",
    "Enligt vår mening borde {office} ha fått i uppdrag att återkomma med ett reviderat förslag.",
    "Det finns en risk att insatserna i {district} inte når de barn och unga som behöver dem mest.",
    "Vi kommer att följa frågan noga och återkomma i budgetarbetet inför {year}.",
)
NOTE_TEXTS = (
    "{name} antecknar följande till protokollet: Om jag hade haft rätt att rösta hade jag "
    "röstat för {office_l}s förslag.",
    "{name} antecknar följande till protokollet: Vi vill att nämnden får en återrapport om "
    "{topic} under våren {year}.",
    "{name} antecknar följande till protokollet: Underlaget borde ha kompletterats med en "
    "beskrivning av {aspect}.",
)


def long_date(day: date) -> str:
    """"7 januari 2026", as the reference protocols write dates in running text."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def yymmdd(day: date) -> str:
    return day.strftime("%y%m%d")


def kronor(amount: int) -> str:
    """"1 100 000 kronor": space as thousands separator, no decimals."""
    return f"{amount:,}".replace(",", " ") + " kronor"


class TextGen:
    """Sentences, titles and statements for one register; deterministic for a given rng."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, items: tuple[str, ...] | list[str]) -> str:
        return items[self.rng.randrange(len(items))]

    def topic(self, area: str) -> str:
        pool = TOPICS[area] + TOPICS["shared"] if self.rng.random() < 0.75 else TOPICS["shared"]
        return self.pick(pool).format(district=self.pick(DISTRICTS))

    def amount(self) -> int:
        return self.rng.choice((50, 150, 250, 650, 800, 1100, 1200, 2500, 6100, 10000)) * 1000

    def title(self, area: str, year: int, *, case_topic: str) -> str:
        r = self.rng.random()
        if r < 0.25:
            return f"Återrapportering kring {case_topic}"
        if r < 0.40:
            return f"Fördelning av medel avseende {case_topic} {year}"
        if r < 0.55:
            name = f"{self.pick(FEMALE_NAMES + MALE_NAMES)} {self.pick(SURNAMES)}"
            return f"Svar på motion från {name} om {case_topic}"
        if r < 0.65:
            return f"Yttrande över remiss om {case_topic}"
        if r < 0.72:
            return f"Medborgarförslag om {case_topic}"
        if r < 0.80:
            return f"{self.pick(DOCUMENTS).capitalize()} för {case_topic} {year}"
        if r < 0.88:
            return f"Uppföljning av {case_topic}"
        return f"Information om {case_topic}"

    def summary(self, area: str, *, topic: str, when: date, body_running: str) -> str:
        """Two to four text paragraphs, like the Sammanfattning of the seeds."""
        rng = self.rng
        office = OFFICES[area]
        earlier = date(when.year - rng.choice((0, 1, 1, 2)), rng.randint(1, 12), rng.randint(1, 28))
        opening = (
            f"Kommunfullmäktige beslutade den {long_date(earlier)} §{rng.randint(12, 260)} att ge "
            f"{body_running} i uppdrag att utreda {topic} och att återkomma med förslag på "
            "formerna för det fortsatta arbetet."
        )
        pool = [
            f"Remissinstanserna ställer sig i stort positiva till ambitionen kring förslaget om "
            f"{topic}.",
            "Men flera av instanserna trycker på att det är viktigt att det inte sker dubbla "
            "processer.",
            f"Vidare efterlyser remissinstanserna större tydlighet kring {self.pick(ASPECTS)} och "
            f"{self.pick(ASPECTS)}.",
            f"{office} har, efter synpunkterna från remissrundan och den genomförda analysen, "
            f"landat i bedömningen att {self.pick(CLAIMS)}.",
            f"I förslaget till kommunfullmäktiges budget finns avsatt {kronor(self.amount())} "
            f"för {when.year}.",
            f"{office} bedömer att {self.pick(CLAIMS)}.",
            f"Under remissrundan uttryckte nämnderna stöd för {self.pick(GOALS)}.",
            f"Sammanlagt har det inkommit {rng.randint(3, 19)} förslag på insatser som kan "
            f"förstärkas med hjälp av avrop av medel.",
            f"Ärendet har beretts i samråd med {self.pick(list(OFFICES.values())).lower()} och "
            f"berörda föreningar i {self.pick(DISTRICTS)}.",
            f"Under början av {when.year} har det pågått dialoger på förvaltningsnivå om vilka "
            "insatser som vore relevanta.",
            f"Stadskontoret ser en risk att {self.pick(CLAIMS)}.",
            f"Initiativtagare är {self.pick(list(OFFICES.values())).lower()} och "
            f"{self.pick(list(OFFICES.values())).lower()}.",
            f"Förvaltningen föreslår att {body_running} godkänner {self.pick(DOCUMENTS)} för "
            f"{when.year}.",
        ]
        count = rng.choice((3, 4, 5, 6, 6, 7, 8, 9, 10, 12))
        sentences = [opening, *rng.sample(pool, min(count, len(pool)))]
        groups: list[str] = []
        while sentences:
            take = rng.randint(2, 4)
            groups.append(" ".join(sentences[:take]))
            sentences = sentences[take:]
        return "\n\n".join(groups)

    def decision_points(self, *, decider: str, topic: str, year: int, count: int,
                        receivers: list[str]) -> list[str]:
        """Numbered beslutspunkter as the seeds write them ("Kommunstyrelsen beviljar …")."""
        rng = self.rng
        options = [
            f"{decider} godkänner återrapporteringen av uppdraget kring {topic}.",
            f"{decider} beviljar {kronor(self.amount())} till {self.pick(receivers)} år {year} "
            f"från anslaget till förfogande i enlighet med ärendet om {topic}.",
            f"{decider} anser motionen besvarad.",
            f"{decider} avslår medborgarförslaget om {topic}.",
            f"{decider} antar {self.pick(DOCUMENTS)} för {year}.",
            f"{decider} lägger informationen om {topic} till handlingarna.",
            f"{decider} uppdrar åt förvaltningen att återkomma med en redovisning senast den "
            f"{long_date(date(year, rng.randint(1, 12), rng.randint(1, 28)))}.",
            f"{decider} godkänner att i de fall tilldelade medel inte utnyttjas av respektive "
            "nämnd ska dessa kunna avropas av annan nämnd efter överenskommelse med "
            "stadskontoret.",
        ]
        if not decider.startswith("Kommun"):
            options.append(f"{decider} överlämnar yttrandet till kommunstyrelsen.")
        return rng.sample(options, count)

    def statement_text(self, *, topic: str, year: int, area: str) -> str:
        fill = {
            "aspect": self.pick(ASPECTS), "topic": topic, "claim": self.pick(CLAIMS),
            "office": OFFICES[area], "district": self.pick(DISTRICTS), "year": year + 1,
        }
        parts = [self.pick(STATEMENT_OPENINGS).format(**fill)]
        middles = self.rng.sample(STATEMENT_MIDDLES, self.rng.randint(1, 3))
        parts += [sentence.format(**fill) for sentence in middles]
        return " ".join(parts)

    def note_text(self, *, name: str, topic: str, year: int, area: str) -> str:
        return self.pick(NOTE_TEXTS).format(
            name=name, topic=topic, year=year + 1, aspect=self.pick(ASPECTS),
            office_l=OFFICES[area].lower(),
        )
