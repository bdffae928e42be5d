#!/usr/bin/env python3
"""Generate synthetic ActionPlan plan files for benchmarks.

Python 3 standard library only; the output depends only on the arguments (--seed, default 1).

    python3 scripts/generate-plans.py big --size-mb 10 --out bench/out/big-plan.yaml
    python3 scripts/generate-plans.py folder --out bench/out/plans --regional 25 --local 375 --actions 50

The plans follow docs/plan-format.md and are shaped like the two real plans in plans/:
Rotterdam-like themes hold their actions directly (planning / who / owners, no budgets);
Zuid-Limburg-like themes hold activities (explanation, goal, results, partners, duration,
budget lines, milestones) whose actions inherit the activity's planning. Every plan with budgets
carries declared_totals equal to the sum of its budgets per year, so `plan validate` reports no
problems. All free text is written double-quoted (or as a literal block for multi-paragraph
texts); no anchors or aliases are used.
"""

import argparse
import os
import random
import sys
import unicodedata

# --------------------------------------------------------------------------------------------
# YAML writing helpers
# --------------------------------------------------------------------------------------------


def q(text):
    """A YAML double-quoted scalar."""
    out = []
    for ch in str(text):
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\x%02x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def block(lines, indent, key, paragraphs):
    """A literal block scalar (`key: |-`) with paragraphs separated by blank lines."""
    pad = " " * indent
    lines.append(f"{pad}{key}: |-")
    first = True
    for paragraph in paragraphs:
        if not first:
            lines.append("")
        first = False
        for line in paragraph.split("\n"):
            lines.append(f"{pad}  {line}")


def fold(text):
    """Mirror of TextFolding.fold: lowercase, accents removed, white space collapsed."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


# --------------------------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------------------------


def dotted(euros):
    return f"{euros:,}".replace(",", ".")


def format_amount(rng, cents):
    """An amount in one of the ways plan writers type it; returns YAML text (quoted if needed)."""
    euros, rest = divmod(cents, 100)
    if rest:
        style = rng.choice(["full", "full", "nodot", "plain"])
    else:
        style = rng.choice(["full", "full", "full", "nodot", "short", "short", "dash", "plain", "plain_dec"])
    if style == "full":
        return q(f"€ {dotted(euros)},{rest:02d}")
    if style == "nodot":
        return q(f"€ {euros},{rest:02d}")
    if style == "short":
        return q(f"€ {dotted(euros)}")
    if style == "dash":
        return q(f"€{dotted(euros)},-")
    if style == "plain_dec":
        return f"{euros}.00"
    # plain number, unquoted: 25000 or 25000.5 / 25000.25
    if rest == 0:
        return str(euros)
    if rest % 10 == 0:
        return f"{euros}.{rest // 10}"
    return f"{euros}.{rest:02d}"


def format_total(cents):
    euros, rest = divmod(cents, 100)
    return f"€ {dotted(euros)}" if rest == 0 else f"€ {dotted(euros)},{rest:02d}"


def random_cents(rng):
    euros = rng.choice([500, 1000, 2500, 5000]) * rng.randint(1, 60)
    cents = euros * 100
    if rng.random() < 0.15:
        cents += rng.choice([50, 25, 75, 99, 10, 1])
    return cents


# --------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------

VERBS = [
    "Organiseren van", "Opstellen van", "Versterken van", "Uitvoeren van", "Ontwikkelen van",
    "Delen van", "Stimuleren van", "In kaart brengen van", "Evalueren van", "Actualiseren van",
    "Borgen van", "Creëren van", "Inzetten van", "Verspreiden van", "Doorontwikkelen van",
    "Faciliteren van", "Coördineren van", "Onderzoeken van", "Vastleggen van", "Verbeteren van",
    "Publiceren van", "Aanbieden van", "Bevorderen van", "Monitoren van",
]
OBJECTS = [
    "een regionale mensenhandelmonitor", "voorlichtingsbijeenkomsten", "signaalkaarten en voorlichtingsmateriaal",
    "de samenwerking tussen ketenpartners", "een uniform scholingsaanbod", "de interne meldroute",
    "een privacy-convenant", "het casusoverleg mensenhandel", "de zorgcoördinatie voor slachtoffers",
    "weerbaarheidstrainingen", "een flowchart m.b.t. signalen", "een e-learning signaleringsvaardigheden",
    "de bestuurlijke aanpak", "handhavingsacties", "integrale controles", "een kennisbank",
    "opvangplekken in de acute situatie", "afspraken over de verwijzing naar hulpverlening",
    "een netwerk van aandachtsfunctionarissen", "de campagne 'Open je ogen voor mensenhandel'",
    "een regionale omgevingsscan", "informatievoorziening over rechten en plichten",
    "ervaringsdeskundigheid", "het Bibob-instrumentarium", "een deelchannel op het platform GIA",
    "de financiële verantwoording", "ideeën uit de praktijk", "een actueel beeld van kwetsbare locaties",
    "de coördinatie van de nazorg", "een \"doorbraakoverleg\" bij complexe casuïstiek",
]
QUALIFIERS = [
    "voor professionals", "voor aandachtsfunctionarissen", "in de hotelsector", "op scholen",
    "voor arbeidsmigranten", "met ketenpartners", "binnen de regio", "in het sociaal domein",
    "bij woningcorporaties", "voor medewerkers van Burgerzaken", "in de horeca en café's",
    "bij uitzendbureaus", "voor wijkteams", "voor jongeren in een kwetsbare positie",
    "voor zorgprofessionals", "in de land- en tuinbouw", "in de vleesverwerkende industrie",
    "in de logistiek", "in de schoonheidsbranche", "in privé-huizen",
]
TOPICS = [
    "op het gebied van mensenhandel", "m.b.t. arbeidsuitbuiting", "rondom criminele uitbuiting",
    "t.a.v. loverboyproblematiek", "gericht op minderjarige slachtoffers", "m.b.t. seksuele uitbuiting",
    "rondom gedwongen orgaanverwijdering", "t.b.v. slachtoffers mensenhandel",
    "in samenhang met ondermijning", "conform de handreikingen van het CCV",
]
SUFFIXES = [
    "", "", "", "", "",
    " Onderzoeken hiervoor subsidiemogelijkheden bij de Provincie.",
    " Hierbij wordt aangesloten bij landelijke initiatieven zoals de internationale dag tegen mensenhandel.",
    " Dit gebeurt i.s.m. de coördinator bestuurlijke aanpak.",
    " Onderzoeken waar eventuele knelpunten liggen.",
    " De resultaten worden gedeeld in het regionale overleg (\"RVO\").",
    " Zo nodig wordt een op maat gemaakt programma aangeboden.",
    " Dit sluit aan op de regionale flowchart.",
    " Inclusief een evaluatie van de ervaringen met de 'zorgroute'.",
]
ACTIVITY_TITLES = [
    "Vergroten van kennis professionals", "Voorlichting en preventie", "Weerbaarheid jongeren",
    "Signalen en meldingen", "Samenwerking en informatiedeling", "Bestuurlijke aanpak",
    "Opvang en hulpverlening", "Zorgcoördinatie", "Aanpak arbeidsuitbuiting", "Aanpak criminele uitbuiting",
    "Integrale controles", "Kennis en expertise", "Bewustwording bij burgers", "Ketenregie",
    "Nazorg en terugkeer", "Monitoring en evaluatie", "Financiële weerbaarheid",
]
THEME_TOPICS = [
    "Aard en omvang", "Bevorderen regionale/lokale samenwerking", "Eerder en beter in beeld",
    "Signaleren en melden", "Zorg en opvang", "Bestuurlijke aanpak", "Preventie en bewustwording",
    "Opsporing en vervolging", "Arbeidsuitbuiting", "Criminele uitbuiting", "Seksuele uitbuiting",
    "Minderjarige slachtoffers", "Kwaliteit van de hulpverlening", "Informatiepositie",
    "Monitoren, evalueren en financiering", "Regionale regie", "Kennisdeling",
]
THEME_FOCUS = [
    "arbeidsmigranten", "jongeren", "hotelsector", "sekswerk", "online", "ketensamenwerking",
    "zorgcoördinatie", "gemeenten", "onderwijs", "huisvesting", "Bibob", "financiën",
]
SENTENCES = [
    "Hoe eerder slachtoffers in beeld zijn, hoe eerder en beter er gehandeld kan worden richting zowel slachtoffer als dader.",
    "Iedereen kan signalen van mensenhandel opvangen, zowel burgers als professionals.",
    "Het signaleren van mensenhandel is namelijk verre van eenvoudig.",
    "Betere kennis kan helpen om meldings- en aangiftebereidheid te vergroten.",
    "Goed getrainde medewerkers pikken signalen eerder op en weten wat ze ermee moeten doen.",
    "Voor ons staat de kwaliteit van de trainingen voorop.",
    "Preventie is een belangrijk onderdeel in de aanpak van mensenhandel.",
    "Onbekend is hoe groot het 'dark number' is.",
    "Bij slachtoffers van mensenhandel zijn geen of lage cijfers juist reden om flink te investeren.",
    "Dat vergt een manier van omdenken op bestuurlijk, beleidsmatig en uitvoerend niveau.",
    "Bij een sluitende aanpak van mensenhandel zijn ketenorganisaties betrokken.",
    "De rol en taken staan beschreven in het Regionaal Beleidskader.",
    "Wij streven ernaar om regionaal voldoende opvangplekken beschikbaar te hebben.",
    "We werken samen met CoMensha en zoeken verbinding met landelijk aangewezen opvanginstellingen.",
    "De gemeenten zijn financieel verantwoordelijk, ook waar de opvang regionaal is georganiseerd.",
    "Informatie over mensenhandel is niet alleen beschikbaar bij partners in de veiligheidsketen.",
    "Daarom is het belangrijk dat professionals getraind worden in het herkennen van signalen.",
    "Veranderde inzichten en landelijke ontwikkelingen kunnen aanleiding zijn om acties te wijzigen.",
    "We evalueren jaarlijks de acties van dit uitvoeringsplan en stellen het tijdspad waar nodig bij.",
    "De coördinatie ligt bij de centrumgemeente; de uitvoering bij de individuele gemeenten.",
    "Arbeidsmigranten zijn vaak afhankelijk van één werkgever voor werk, huisvesting én vervoer.",
    "Het motto is \"samen sterk tegen mensenhandel\".",
    "Kwetsbare sectoren zoals de hotelbranche, de schoonmaak en de vleesverwerking krijgen extra aandacht.",
    "Ervaringsdeskundigen worden ingezet om van te leren; hun verhalen maken de aanpak concreet.",
    "Dit vraagt om een gedeelde informatiepositie en heldere afspraken over gegevensdeling (AVG).",
    "Ook de financiële middelen zijn op hoofdlijnen geraamd; de begroting is een schatting.",
]
BULLETS = [
    "– Delen van kennis en best practices;", "– Vaste contactpunten bij alle partners;",
    "– Voldoende capaciteit en gegarandeerde inzet van alle ketenpartners;",
    "– Betrokkenheid op het thema;", "– Buiten de eigen organisatie of functie kunnen en willen kijken;",
]
RESULTS = [
    "Medewerkers van gemeenten zijn zich bewust van de verschillende verschijningsvormen van mensenhandel.",
    "Professionals herkennen signalen en weten waar ze met deze signalen terecht kunnen.",
    "Aandachtsfunctionarissen mensenhandel zijn getraind als expert op het gebied van mensenhandel.",
    "Zorgcoördinatie is structureel geborgd.",
    "Kwetsbare sectoren in de regio zijn in kaart gebracht.",
    "Er is (regionaal) beleid met betrekking tot de opvang van slachtoffers mensenhandel.",
    "De verschillende opvangmogelijkheden zijn in beeld bij betrokken professionals",
    "Er vindt afstemming plaats met relevante betrokken samenwerkingspartners bij controles",
    "Iedere gemeente heeft een interne flowchart m.b.t. meldingen mensenhandel.",
    "Jongeren zijn weerbaarder en herkennen 'loverboy'-signalen.",
    "Het aantal meldingen bij het meld- en adviespunt is gestegen.",
]
GOALS = [
    "Bestrijden van mensenhandel door het vergroten van kennis waardoor professionals adequaat kunnen signaleren en melden.",
    "Het realiseren van voldoende hulpverlening en opvangmogelijkheden die voldoen aan de geldende kwaliteitscriteria.",
    "Voorkomen van slachtofferschap door voorlichting en het versterken van de weerbaarheid.",
    "Een sluitende ketenaanpak waarin signalen niet blijven liggen.",
    "Het vergroten van de bestuurlijke weerbaarheid tegen uitbuiting en ondermijning.",
]
GROUPS = ["Algemeen", "Seksuele uitbuiting", "Arbeidsuitbuiting", "Criminele uitbuiting", "Zorgcoördinatie",
          "Minderjarigen", "Preventie"]
NOTES = [
    "Zie ook de handreiking van de VNG over de APV en ondermijning (artikelen 3:1 t/m 3:22).",
    "De bron noemt hier geen datum; de planning is overgenomen van de activiteit.",
    "Kosten worden geschat op € 40.000,00 (0,6 FTE); zie hoofdstuk 5.",
    "In de bron staat \"i.s.m. met\"; letterlijk overgenomen.",
    "Uitvoering afhankelijk van de landelijke subsidie (Rijksbijdrage 2023).",
]
SOURCES = ["DU VO", "DU MO", "Regiobudget mensenhandel", "Rijksbijdrage mensenhandel", "Eigen middelen gemeenten",
           "Provinciale subsidie", "Brede Doeluitkering"]
BUDGET_LABELS = ["Opleiden en trainen professionals", "Zorgcoördinator", "Projectleider",
                 "Expositie 'Open je ogen voor mensenhandel'", "Campagne \"Ken de signalen\"", "Voorlichtingsmateriaal",
                 "Opvangplekken (crisis)", "Ketenregisseur", "Onderzoek en monitor", "Ervaringsdeskundigen",
                 "Weerbaarheidstrainingen scholen", "Controles en handhaving"]
EXISTING_TEXTS = ["Bestaande budgetten", "Bestaande middelen", "Overige acties: Bestaande budgetten"]
ROLES = ["voorzitter", "secretaris", "trekker", "opdrachtgever", "penvoerder", "coördinator"]

REGIONS = [
    "Noord-Holland Noord", "Zaanstreek-Waterland", "Kennemerland", "Amsterdam-Amstelland", "Gooi en Vechtstreek",
    "Haaglanden", "Hollands Midden", "Rotterdam-Rijnmond", "Zuid-Holland-Zuid", "Zeeland",
    "Midden- en West-Brabant", "Brabant-Noord", "Brabant-Zuidoost", "Limburg-Noord", "Zuid-Limburg",
    "Gelderland-Zuid", "Gelderland-Midden", "Noord- en Oost-Gelderland", "Utrecht", "Flevoland",
    "IJsselland", "Twente", "Drenthe", "Fryslân", "Groningen",
]
TOWN_HEADS = ["Ooster", "Wester", "Noorder", "Zuider", "Hoog", "Laag", "Groot", "Klein", "Nieuw", "Oud",
              "Berg", "Beek", "Brug", "Dijk", "Holt", "Veen", "Zand", "Wijk", "Heer", "Ter"]
TOWN_TAILS = ["veen", "dijk", "broek", "hoven", "wijk", "dam", "horst", "loo", "burg", "beek", "meer",
              "zande", "wolde", "hem", "stede", "kerk", "donk", "rode", "vliet", "ëind"]


def town_names(rng, count, taken=()):
    names = []
    seen = set(fold(t) for t in taken)
    combos = [h + t for h in TOWN_HEADS for t in TOWN_TAILS]
    rng.shuffle(combos)
    prefixes = ["", "", "", "Sint-", "Nieuw-", "Oud-", "'s-"]
    i = 0
    while len(names) < count:
        base = combos[i % len(combos)]
        pre = prefixes[(i // len(combos)) % len(prefixes)] if i >= len(combos) else ""
        i += 1
        name = pre + base[0].upper() + base[1:].lower()
        if fold(name) in seen:
            continue
        seen.add(fold(name))
        names.append(name)
    return names


def slug(text):
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    out = []
    for c in text:
        out.append(c if c.isascii() and c.isalnum() else "-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


# --------------------------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------------------------


def build_registry(region, towns):
    """About 40 organisations: (key, name, aliases, kind, weight)."""
    R = region
    orgs = [
        ("VAR", f"VeiligheidsAlliantie {R}", ["VeiligheidsAlliantie", f"Veiligheidsalliantie regio {R}"], None, 6),
        ("AVIM", f"Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel (politie eenheid {R})",
         ["Politie (AVIM)", "AVIM (politie)"], None, 6),
        ("RIEC", f"Regionaal Informatie- en Expertise Centrum {R}", [f"RIEC {R}", "het RIEC", "ketenregisseur Mensenhandel"], None, 8),
        ("ESSM", "Expertisecentrum Seksualiteit, Sekswerk en Mensenhandel", ["ESSM-Stichting Humanitas"], None, 3),
        ("NLA", "Nederlandse Arbeidsinspectie", ["Arbeidsinspectie", "Inspectie SZW"], None, 3),
        ("FIER", "Fier (expertisecentrum geweld in afhankelijkheidsrelaties)", [], None, 2),
        ("CKM", "Centrum Kindermishandeling & Mensenhandel", [], None, 1),
        ("OM", "Openbaar Ministerie", [f"OM {R}", "Parket"], None, 3),
        ("ZVH", f"Zorg- en Veiligheidshuizen {R}", ["Zorg- en veiligheidshuizen", "ZVH"], "group", 4),
        ("Belastingdienst", "Belastingdienst", [], None, 1),
        ("CoMensha", "Coördinatiecentrum tegen Mensenhandel", ["Comensha-landelijk"], None, 2),
        ("RCTM", "Regionaal Controleteam Mensenhandel", ["Regionaal Controle Team Mensenhandel"], None, 2),
        ("MMA", "Meld Misdaad Anoniem", [], None, 1),
        ("KMar", "Koninklijke Marechaussee", ["Marechaussee"], None, 1),
        ("IND", "Immigratie- en Naturalisatiedienst", [], None, 1),
        ("CCV", "Centrum voor Criminaliteitspreventie en Veiligheid", [], None, 1),
        ("GGD", f"GGD {R}", ["Gemeentelijke Gezondheidsdienst"], None, 2),
        ("veilig-thuis", f"Veilig Thuis {R}", ["Veilig Thuis"], None, 3),
        ("ZoCo", "Zorgcoördinator Mensenhandel", ["zorgcoördinator", "regionale zorgcoördinator mensenhandel"], "person", 4),
        ("projectleider", "Regionale projectleider mensenhandel", ["projectleider mensenhandel"], "person", 3),
        ("portefeuillehouder", "Regionaal portefeuillehouder mensenhandel",
         ["Portefuillehouder mensenhandel", "Portefeuillehouder mensenhandel"], "person", 2),
        ("aandachtsfunctionarissen", "Aandachtsfunctionarissen mensenhandel van de gemeenten",
         ["aandachtfunctionarissen", "alle aandachtsfunctionarissen", "aandachtsfunctionaris mensenhandel"], "role", 6),
        ("coordinatoren-bestuurlijke-aanpak", "Coördinatoren bestuurlijke aanpak van de gemeenten",
         ["coördinator bestuurlijke aanpak"], "role", 2),
        ("wijkteams", "Wijkteams van de gemeenten", ["sociale wijkteams"], "group", 2),
        ("gemeenten", f"Gemeenten in de regio {R}", ["(Centrum)gemeenten", f"de gemeenten in {R}"], "group", 10),
        ("centrumgemeenten", f"Centrumgemeenten {towns[0]} en {towns[1]}",
         [f"centrumgemeenten ({towns[0]} en {towns[1]})"], "group", 4),
        ("ketenpartners", f"Ketenpartners mensenhandel in de regio {R}", [], "group", 4),
        ("werkgroep", "Regionale werkgroep mensenhandel", ["Regionale werkgroep"], "group", 3),
        ("samenwerkingspartners", "Samenwerkingspartners van de gemeenten",
         ["relevante betrokken samenwerkingspartners"], "group", 4),
        ("RNI", "RNI-loket", ["RNI-loket (Registratie Niet-Ingezetenen)"], None, 1),
        ("project-1863", "Projectgroep 1863", ["Project 1863"], None, 1),
        ("leger-des-heils", "Leger des Heils", [], None, 1),
        ("jeugdzorg", f"Stichting Jeugdzorg {R}", ["Jeugdzorg"], None, 1),
        ("reclassering", "Reclassering Nederland", [], None, 1),
        ("UWV", "Uitvoeringsinstituut Werknemersverzekeringen", [], None, 1),
        ("raad-kinderbescherming", "Raad voor de Kinderbescherming", ["RvdK"], None, 1),
        ("slachtofferhulp", "Slachtofferhulp Nederland", [], None, 1),
        ("scholen", "Scholen voor voortgezet en middelbaar beroepsonderwijs", ["scholen (VO/MBO)"], "group", 1),
        ("woningcorporaties", "Woningcorporaties in de regio", [], "group", 1),
        ("netwerkpartners-nader-te-bepalen", "nader te bepalen netwerkpartners", [], "group", 1),
    ]
    for town in towns[:3]:
        orgs.append((f"gemeente-{slug(town)}", f"Gemeente {town}", [f"gem. {town}"], None, 3))
    # Keys, names and aliases are unique after folding (the tool's rule).
    seen = {}
    for key, name, aliases, _, _ in orgs:
        own = set()
        for n in [key, name] + aliases:
            f = fold(n)
            if f in own:
                continue
            own.add(f)
            assert f not in seen, f"registry name {n!r} used twice ({seen[f]} and {key})"
            seen[f] = key
    return orgs


def write_registry(lines, orgs):
    lines.append("organisations:")
    for key, name, aliases, kind, _ in orgs:
        lines.append(f"  {key}:")
        lines.append(f"    name: {q(name)}")
        if aliases:
            lines.append("    aliases: [" + ", ".join(q(a) for a in aliases) + "]")
        if kind:
            lines.append(f"    kind: {kind}")
    lines.append("")


# --------------------------------------------------------------------------------------------
# Plan builder
# --------------------------------------------------------------------------------------------


class PlanBuilder:
    def __init__(self, rng, first_year, last_year, orgs, with_budgets):
        self.rng = rng
        self.first = first_year
        self.last = last_year
        self.years = list(range(first_year, last_year + 1))
        self.orgs = orgs
        self.with_budgets = with_budgets
        self.weights = [o[4] for o in orgs]
        self.totals = {y: 0 for y in self.years}
        self.actions = 0
        self.lines = []
        self.bytes = 0  # bytes of lines already flushed to the output

    # ---- owners

    def pick_orgs(self, low, high):
        count = self.rng.randint(low, high)
        chosen = []
        while len(chosen) < count:
            org = self.rng.choices(self.orgs, weights=self.weights)[0]
            if org not in chosen:
                chosen.append(org)
        return chosen

    def written_name(self, org):
        key, name, aliases, _, _ = org
        r = self.rng.random()
        if r < 0.6 or (r < 0.85 and not aliases):
            return key
        if r < 0.85:
            return self.rng.choice(aliases)
        return name

    def display_name(self, org):
        key, name, aliases, _, _ = org
        keys = [key, key] if "-" not in key else []  # the source writes "RIEC", not "gemeente-x"
        return self.rng.choice(keys + [name] + aliases)

    def who_text(self, chosen):
        names = [self.display_name(o) for o in chosen]
        r = self.rng.random()
        if len(names) == 1:
            return names[0]
        if r < 0.35:
            return "/ ".join(names)
        if r < 0.6:
            return names[0] + " i.s.m. " + ", ".join(names[1:])
        if r < 0.75:
            return names[0] + " (evt. in samenwerking met " + " en ".join(names[1:]) + ")"
        if r < 0.85:
            return "Regionale werkgroep van o.a. " + "/ ".join(names)
        return ", ".join(names[:-1]) + " en " + names[-1]

    def write_owners(self, pad, chosen):
        rng = self.rng
        entries = []
        lead_index = None
        if len(chosen) > 1 and rng.random() < 0.05:
            lead_index = rng.randrange(1, len(chosen))
        for i, org in enumerate(chosen):
            name = self.written_name(org)
            role = None
            if i == 0 and rng.random() < 0.08:
                role = "voorzitter"
            elif i > 0 and rng.random() < 0.04:
                role = rng.choice(ROLES)
            if role or i == lead_index:
                parts = [f"org: {q(name)}"]
                if role:
                    parts.append(f"role: {q(role)}")
                if i == lead_index:
                    parts.append("lead: true")
                entries.append("{" + ", ".join(parts) + "}")
            else:
                entries.append(q(name))
        if all(not e.startswith("{") for e in entries) and rng.random() < 0.6:
            self.lines.append(f"{pad}owners: [" + ", ".join(entries) + "]")
        else:
            self.lines.append(f"{pad}owners:")
            for e in entries:
                self.lines.append(f"{pad}  - {e}")

    # ---- planning

    def planning_phrase(self, deadline_only=False):
        rng = self.rng
        y = rng.choice(self.years)
        y2 = rng.choice([v for v in self.years if v > y] or [y])
        n = rng.randint(1, 4)
        h = rng.randint(1, 2)
        dated = [
            f"Q{n} {y}", f"{n}e kwartaal {y}", f"{n}e kwartaal van {y}", f"{h}e helft {y}", f"{h}e helft van {y}",
            f"{y}", f"in {y}",
        ]
        if y2 > y:
            dated += [f"{y} - {y2}", f"{y}/{y2}", f"{y} t/m {y2}", f"{y} – {y2}", f"4e kwartaal van {y}/ 1e helft {y2}"]
        if deadline_only:
            return rng.choice(dated)
        r = rng.random()
        if r < 0.30:
            return "Doorlopend"
        if r < 0.45:
            return "Jaarlijks"
        if r < 0.50:
            return rng.choice(["Jaarlijks, in het najaar", "Jaarlijks, in het najaar", "Jaarlijks, in het voorjaar"])
        if r < 0.55:
            return rng.choice(["Minimaal 3x per jaar", "minimaal 4 keer per jaar", "Minimaal 2x per jaar"])
        if r < 0.57:
            return "Gehele looptijd uitvoeringsplan mensenhandel."
        return rng.choice(dated)

    def write_planning(self, pad):
        rng = self.rng
        r = rng.random()
        if r < 0.02:
            self.lines.append(f"{pad}planning: {{text: {q('Dit uitvoeringsplan heeft een looptijd van 4 jaar.')}, kind: ongoing}}")
        elif r < 0.03:
            y = rng.choice(self.years)
            self.lines.append(f"{pad}planning: {{text: {q(f'Vóór de zomer van {y}')}, kind: deadline, due: {y}-06-30}}")
        elif r < 0.04:
            self.lines.append(f"{pad}planning: {{text: {q('Twee keer per jaar (voorjaar én najaar)')}, kind: recurring, "
                              f"times_per_year: 2, due_in_year: 11-30}}")
        else:
            self.lines.append(f"{pad}planning: {q(self.planning_phrase())}")

    # ---- texts

    def title(self):
        rng = self.rng
        parts = [rng.choice(VERBS), rng.choice(OBJECTS)]
        if rng.random() < 0.8:
            parts.append(rng.choice(QUALIFIERS))
        if rng.random() < 0.5:
            parts.append(rng.choice(TOPICS))
        text = " ".join(parts)
        if rng.random() < 0.85:
            text += "."
        return text + (rng.choice(SUFFIXES) if text.endswith(".") else "")

    def paragraph(self, low, high):
        return " ".join(self.rng.sample(SENTENCES, self.rng.randint(low, high)))

    def paragraphs(self, count_low, count_high):
        paras = [self.paragraph(2, 6) for _ in range(self.rng.randint(count_low, count_high))]
        if self.rng.random() < 0.2:
            paras.insert(1, "\n".join(self.rng.sample(BULLETS, self.rng.randint(2, 4))))
        return paras

    # ---- budgets

    def year_range(self):
        a = self.rng.choice(self.years)
        b = self.rng.choice([y for y in self.years if y >= a])
        return a, b

    def money_line(self, pad, first_prefix, label):
        """One budget line with money; adds it to the totals."""
        rng = self.rng
        lines = self.lines
        source = rng.choice(SOURCES)
        if rng.random() < 0.55:
            a, b = self.year_range()
            amounts = {}
            for y in range(a, b + 1):
                amounts[y] = random_cents(rng)
                self.totals[y] += amounts[y]
            written = {y: format_amount(rng, c) for y, c in amounts.items()}
            lines.append(f"{first_prefix}label: {q(label)}")
            lines.append(f"{pad}amounts: {{" + ", ".join(f"{y}: {w}" for y, w in written.items()) + "}")
            lines.append(f"{pad}source: {q(source)}")
            if rng.random() < 0.5:
                text = f"{label}: " + " ".join(f"{y}: {format_total(c)}" for y, c in amounts.items())
                lines.append(f"{pad}text: {q(text)}")
        else:
            cents = random_cents(rng)
            lines.append(f"{first_prefix}label: {q(label)}")
            lines.append(f"{pad}per_year: {format_amount(rng, cents)}")
            if rng.random() < 0.6:
                a, b = self.year_range()
                lines.append(f"{pad}years: {a}-{b}")
            else:
                a, b = self.first, self.last
            for y in range(a, b + 1):
                self.totals[y] += cents
            lines.append(f"{pad}source: {q(source)}")
            if rng.random() < 0.5:
                lines.append(f"{pad}text: {q(f'{label}: {format_total(cents)} p.j.')}")

    def write_budget(self, pad, activity):
        rng = self.rng
        lines = self.lines
        r = rng.random()
        if r < (0.4 if activity else 0.5):
            word = "existing" if rng.random() < 0.7 else rng.choice(["Bestaande budgetten", "Bestaande middelen"])
            lines.append(f"{pad}budget: {q(word) if word != 'existing' else word}")
        elif r < 0.6 or not activity:
            lines.append(f"{pad}budget:")
            self.money_line(pad + "  ", pad + "  ", rng.choice(BUDGET_LABELS))
        else:
            lines.append(f"{pad}budget:")
            for label in rng.sample(BUDGET_LABELS, rng.randint(1, 3)):
                self.money_line(pad + "    ", pad + "  - ", label)
            if rng.random() < 0.6:
                lines.append(f"{pad}  - label: {q(rng.choice(['Overige acties', 'Overige activiteiten']))}")
                lines.append(f"{pad}    existing: true")
                lines.append(f"{pad}    text: {q(rng.choice(EXISTING_TEXTS))}")

    # ---- actions, activities, themes

    def write_action(self, pad, action_id, own_planning, allow_budget):
        rng = self.rng
        lines = self.lines
        self.actions += 1
        lines.append(f"{pad}- id: {q(action_id)}")
        inner = pad + "  "
        lines.append(f"{inner}title: {q(self.title())}")
        if own_planning:
            self.write_planning(inner)
        chosen = self.pick_orgs(1, 5)
        if rng.random() < 0.9:
            lines.append(f"{inner}who: {q(self.who_text(chosen))}")
        self.write_owners(inner, chosen)
        if allow_budget and self.with_budgets and rng.random() < 0.04:
            self.write_budget(inner, activity=False)
        if rng.random() < 0.12:
            lines.append(f"{inner}group: {q(rng.choice(GROUPS))}")
        if rng.random() < 0.05:
            lines.append(f"{inner}notes: {q(rng.choice(NOTES))}")

    def write_activity(self, pad, activity_id, action_count):
        rng = self.rng
        lines = self.lines
        lines.append(f"{pad}- id: {q(activity_id)}")
        inner = pad + "  "
        lines.append(f"{inner}title: {q(rng.choice(ACTIVITY_TITLES))}")
        if rng.random() < 0.5:
            block(lines, len(inner), "explanation", self.paragraphs(1, 3))
        else:
            lines.append(f"{inner}explanation: {q(self.paragraph(2, 4))}")
        lines.append(f"{inner}goal: {q(rng.choice(GOALS))}")
        lines.append(f"{inner}results:")
        for result in rng.sample(RESULTS, rng.randint(2, 5)):
            lines.append(f"{inner}  - {q(result)}")
        partners = self.pick_orgs(2, 4)
        lines.append(f"{inner}partners_text: {q(', '.join(self.display_name(o) for o in partners) + '.')}")
        lines.append(f"{inner}partners: [" + ", ".join(q(o[0]) for o in partners) + "]")
        # Duration: a phrase the actions inherit, or "-" with an explicit planning.
        r = rng.random()
        inherited = True
        if r < 0.65:
            lines.append(f"{inner}duration: {q('Doorlopend')}")
        elif r < 0.75:
            lines.append(f"{inner}duration: {q('Gehele looptijd uitvoeringsplan mensenhandel.')}")
        elif r < 0.85:
            lines.append(f"{inner}duration: {q(self.planning_phrase(deadline_only=True))}")
        elif r < 0.93:
            lines.append(f"{inner}duration: {q('-')}")
            lines.append(f"{inner}planning: {{text: {q('-')}, kind: ongoing}}")
        else:
            lines.append(f"{inner}duration: {q('Doorlopend, met een tussenevaluatie na twee jaar')}")
            inherited = False
        action_ids = [f"{activity_id}.{n}" for n in range(1, action_count + 1)]
        # Milestones: actions they name take their planning.
        milestone_ids = set()
        if rng.random() < 0.15 and action_count >= 2:
            lines.append(f"{inner}milestones:")
            for _ in range(rng.randint(1, 2)):
                ids = rng.sample(action_ids, rng.randint(1, min(2, action_count)))
                milestone_ids.update(ids)
                lines.append(f"{inner}  - planning: {q(self.planning_phrase(deadline_only=True))}")
                lines.append(f"{inner}    title: {q(rng.choice(RESULTS))}")
                lines.append(f"{inner}    actions: [" + ", ".join(q(i) for i in ids) + "]")
        if self.with_budgets:
            self.write_budget(inner, activity=True)
        lines.append(f"{inner}actions:")
        for action_id in action_ids:
            own = (not inherited and action_id not in milestone_ids) or rng.random() < 0.15
            self.write_action(inner + "  ", action_id, own, allow_budget=False)

    def write_theme(self, theme_id, style, action_count):
        rng = self.rng
        lines = self.lines
        title = rng.choice(THEME_TOPICS)
        if rng.random() < 0.5:
            title += f" ({rng.choice(THEME_FOCUS)})"
        lines.append(f"  - id: {q(theme_id)}")
        lines.append(f"    title: {q(title)}")
        block(lines, 4, "description", self.paragraphs(1, 4))
        if style == "activities":
            lines.append("    activities:")
            remaining = action_count
            n = 0
            while remaining > 0:
                n += 1
                count = min(remaining, rng.randint(2, 12))
                remaining -= count
                self.write_activity("      ", f"{theme_id}.{n}", count)
        else:
            lines.append("    actions:")
            for n in range(1, action_count + 1):
                self.write_action("      ", f"{theme_id}.{n}", True, allow_budget=True)

    def write_declared_totals(self):
        if not any(self.totals.values()):
            return
        self.lines.append("")
        self.lines.append("declared_totals:")
        self.lines.append(f"  source: {q('Financiering extra inzet Mensenhandel, hoofdstuk 5 (gegenereerd)')}")
        self.lines.append("  years: {" + ", ".join(f"{y}: {q(format_total(c))}" for y, c in self.totals.items()) + "}")


def write_metadata(lines, plan_id, title, region, first, last, rng, header):
    for h in header:
        lines.append(f"# {h}")
    lines.append("")
    lines.append("plan:")
    lines.append(f"  id: {plan_id}")
    lines.append(f"  title: {q(title)}")
    lines.append(f"  region: {q(region)}")
    lines.append(f"  period: {first}-{last}")
    lines.append("  language: nl")
    if rng.random() < 0.7:
        lines.append("  adopted:")
        lines.append(f"    by: {q(rng.choice(['Regionaal Veiligheidsoverleg (RVO)', 'colleges van B&W van de gemeenten', 'de gemeenteraad']))}")
        if rng.random() < 0.7:
            lines.append(f"    on: {first - 1}-{rng.randint(9, 12):02d}-{rng.randint(1, 28):02d}")
    lines.append(f"  source: {q(title + ' (PDF, gegenereerd voor benchmarks)')}")
    lines.append(f"  notes: {q('Synthetisch plan voor snelheidsmetingen; de teksten zijn samengesteld uit woordenlijsten, niet uit een echte bron. Bedragen zijn fictief (€).')}")
    lines.append("")


def split_counts(rng, total, parts):
    """Split `total` into `parts` positive counts with some variation."""
    weights = [rng.uniform(0.6, 1.4) for _ in range(parts)]
    s = sum(weights)
    counts = [max(1, int(total * w / s)) for w in weights]
    i = 0
    while sum(counts) < total:
        counts[i % parts] += 1
        i += 1
    while sum(counts) > total and max(counts) > 1:
        j = counts.index(max(counts))
        counts[j] -= 1
    return counts


# --------------------------------------------------------------------------------------------
# Commands
# --------------------------------------------------------------------------------------------


def generate_big(args):
    rng = random.Random(f"big-{args.seed}")
    target = int(args.size_mb * 1024 * 1024)
    region = "Midden-Nederland en Oost-Brabant"
    towns = town_names(rng, 3)
    orgs = build_registry(region, towns)
    first, last = 2022, 2025
    builder = PlanBuilder(rng, first, last, orgs, with_budgets=True)
    out_dir = os.path.dirname(os.path.abspath(args.out))
    os.makedirs(out_dir, exist_ok=True)
    tmp = args.out + ".tmp"
    written = 0
    themes = 0
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        lines = builder.lines
        write_metadata(lines, f"benchmark-groot-{first}-{last}", f"Uitvoeringsplan Mensenhandel {region} {first}-{last}",
                       region, first, last, rng,
                       ["Gegenereerd door scripts/generate-plans.py (big); niet met de hand bewerken.",
                        f"seed={args.seed}, size-mb={args.size_mb}"])
        write_registry(lines, orgs)
        lines.append("themes:")

        def flush():
            nonlocal written
            text = "\n".join(builder.lines) + "\n"
            f.write(text)
            written += len(text.encode("utf-8"))
            builder.lines.clear()

        flush()
        tail_reserve = 400
        while written + tail_reserve < target or themes == 0:
            themes += 1
            style = "activities" if rng.random() < 0.55 else "actions"
            count = rng.randint(15, 60) if style == "activities" else rng.randint(10, 50)
            builder.write_theme(str(themes), style, count)
            flush()
        builder.write_declared_totals()
        flush()
    os.replace(tmp, args.out)
    print(f"wrote {args.out}: {written} bytes ({written / 1048576:.2f} MiB), {themes} themes, "
          f"{builder.actions} actions, {len(orgs)} organisations")
    print("declared totals: " + ", ".join(f"{y}: {format_total(c)}" for y, c in builder.totals.items()))


def generate_small_plan(path, rng, plan_id, title, region, style, action_target, header, town=None):
    """One regional or municipal plan of about `action_target` actions; returns (bytes, actions)."""
    if style == "zuid-limburg":
        first, last = 2022, 2025
        theme_count = rng.randint(3, 5)
    else:
        first, last = 2024, 2026
        theme_count = rng.randint(4, 7)
    towns = town_names(rng, 3) if town is None else [town] + town_names(rng, 2, taken=[town])
    orgs = build_registry(region, towns)
    builder = PlanBuilder(rng, first, last, orgs, with_budgets=(style == "zuid-limburg"))
    lines = builder.lines
    write_metadata(lines, plan_id, title, region, first, last, rng, header)
    write_registry(lines, orgs)
    lines.append("themes:")
    total = max(theme_count, int(action_target * rng.uniform(0.85, 1.15)))
    for i, count in enumerate(split_counts(rng, total, theme_count), start=1):
        theme_style = "activities" if style == "zuid-limburg" else "actions"
        # Like Zuid-Limburg's theme 5: a last theme with actions directly under it.
        if style == "zuid-limburg" and i == theme_count and rng.random() < 0.5:
            theme_style = "actions"
        builder.write_theme(str(i), theme_style, count)
    builder.write_declared_totals()
    text = "\n".join(lines) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return len(text.encode("utf-8")), builder.actions


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for byte in data:
        h ^= byte
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "fnv1a64:%016x" % h


def write_extending_local_plan(path, folder, regional_name, town, index):
    """A municipal plan that extends its regional plan: all regional actions adopted, three local ones."""
    with open(os.path.join(folder, regional_name), "rb") as f:
        version = fnv1a64(f.read())
    key = f"lokaal-{slug(town)}"
    lines = [
        "# Gegenereerd door scripts/generate-plans.py (folder --local-extends, lokaal plan).",
        "plan:",
        f'  id: "local-{index:03d}-{slug(town)}"',
        f'  title: "Lokaal actieplan mensenhandel {town}"',
        f'  region: "Gemeente {town}"',
        "extends:",
        f'  plan: "{regional_name}"',
        f'  version: "{version}"',
        "adopt:",
        "  all: true",
        "organisations:",
        f"  {key}:",
        f'    name: "Gemeente {town} (lokaal)"',
        "themes:",
        '  - id: "L1"',
        "    title: Lokale aanpak",
        "    actions:",
    ]
    for n, (planning, title) in enumerate([("Doorlopend", "Meldroute bespreken in de wijkteams."),
                                            ("Jaarlijks", "Controle van kamerverhuurpanden."),
                                            ("2025", "Voorlichting aan lokale ondernemers.")], start=1):
        lines += [f'      - id: "L1.{n}"', f'        title: "{title}"', f'        planning: "{planning}"',
                  f"        owners: [{key}]"]
        if n == 2:
            lines += ["        budget:", '          per_year: "€ 2.500"']
    text = "\n".join(lines) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return len(text.encode("utf-8"))


def generate_folder(args):
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(f"folder-{args.seed}")
    regions = list(REGIONS)
    while len(regions) < args.regional:
        regions.append(f"{REGIONS[len(regions) % len(REGIONS)]} {len(regions) // len(REGIONS) + 1}")
    regions = regions[:args.regional]
    towns = town_names(rng, args.local)
    files = 0
    total_bytes = 0
    total_actions = 0
    for i, region in enumerate(regions, start=1):
        prng = random.Random(f"regional-{args.seed}-{i}")
        style = "zuid-limburg" if i % 2 == 1 else "rotterdam"
        plan_id = f"regional-{i:02d}-{slug(region)}"
        name = f"regional-{i:02d}.yaml"
        b, a = generate_small_plan(os.path.join(args.out, name), prng, plan_id,
                                   f"Regionaal Actieplan Mensenhandel {region}", f"Regio {region}", style, args.actions,
                                   ["Gegenereerd door scripts/generate-plans.py (folder, regionaal plan).",
                                    f"seed={args.seed}"])
        files += 1
        total_bytes += b
        total_actions += a
    for i, town in enumerate(towns, start=1):
        if args.local_extends:
            regional_index = (i - 1) % len(regions) + 1
            b = write_extending_local_plan(os.path.join(args.out, f"local-{i:03d}.yaml"), args.out,
                                           f"regional-{regional_index:02d}.yaml", town, i)
            files += 1
            total_bytes += b
            continue
        prng = random.Random(f"local-{args.seed}-{i}")
        style = "zuid-limburg" if prng.random() < 0.5 else "rotterdam"
        plan_id = f"local-{i:03d}-{slug(town)}"
        name = f"local-{i:03d}.yaml"
        regional = regions[(i - 1) % len(regions)] if regions else "onbekend"
        b, a = generate_small_plan(os.path.join(args.out, name), prng, plan_id,
                                   f"Lokaal Uitvoeringsplan Mensenhandel gemeente {town}", f"Gemeente {town}", style,
                                   args.actions,
                                   ["Gegenereerd door scripts/generate-plans.py (folder, gemeentelijk plan).",
                                    f"Hoort bij regio {regional}; nu nog een zelfstandig plan.",
                                    f"seed={args.seed}"], town=town)
        files += 1
        total_bytes += b
        total_actions += a
    print(f"wrote {files} files to {args.out} ({args.regional} regional, {args.local} local): "
          f"{total_bytes} bytes ({total_bytes / 1048576:.2f} MiB), {total_actions} actions")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    sub = parser.add_subparsers(dest="command", required=True)
    big = sub.add_parser("big", help="one large plan file")
    big.add_argument("--size-mb", type=float, default=10.0, help="approximate size in MiB (default 10)")
    big.add_argument("--out", required=True, help="the file to write")
    big.add_argument("--seed", type=int, default=argparse.SUPPRESS)
    folder = sub.add_parser("folder", help="a folder of regional and local plans")
    folder.add_argument("--out", required=True, help="the folder to write into")
    folder.add_argument("--regional", type=int, default=25, help="number of regional plans (default 25)")
    folder.add_argument("--local", type=int, default=375, help="number of municipal plans (default 375)")
    folder.add_argument("--actions", type=int, default=50, help="about this many actions per plan (default 50)")
    folder.add_argument("--seed", type=int, default=argparse.SUPPRESS)
    folder.add_argument("--local-extends", action="store_true",
                        help="write the municipal plans as local plans that extend their regional plan")
    args = parser.parse_args(argv)
    if args.command == "big":
        if args.size_mb <= 0:
            parser.error("--size-mb must be positive")
        generate_big(args)
    else:
        if args.regional < 0 or args.local < 0 or args.actions < 1:
            parser.error("--regional and --local must be >= 0, --actions >= 1")
        generate_folder(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
