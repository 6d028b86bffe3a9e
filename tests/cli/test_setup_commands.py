# SPDX-License-Identifier: EUPL-1.2
"""Issue 12's command line: every set-up command, every bad input of the issue (a Swedish
message naming the line or field, exit 1, nothing changed), and the acceptance check: a
kommun built from nothing with exactly the commands of point 9, then planned, drafted,
justerad and printed."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from datetime import date, datetime
from pathlib import Path

import pytest

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.main import parse, run
from kraftdesk.domain.enums import StatementKind
from kraftdesk.services import meetings, paragraphs, statements
from kraftdesk.services.registers import open_file
from tests.documents.pdftext import page_lines

#: The clock of the commands: the day of the justering in the scenario.
NOW = datetime(2027, 1, 20, 11, 0)

HEADER = "organ;namn;parti;uppdrag;från;till"
MEMBERS = [
    HEADER,
    "KS;Anna Svensson;S;ordförande;2027-01-01;2030-12-31",
    "KS;Per Gran;M;1:e vice ordförande;2027-01-01;2030-12-31",
    "KS;Lisa Holm;vf;ledamot;2027-01-01;2030-12-31",
    "KS;Olle Ny;S;ersättare;2027-01-01;2030-12-31",
    "KF;Anna Svensson;S;ledamot;2027-01-01;2030-12-31",
]


class Cli:
    """Runs `kraftdesk --db FILE …` in-process; returns (exit code, stdout, stderr)."""

    def __init__(self, db: Path) -> None:
        self.db = db

    def __call__(self, *args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                parsed = parse(["--db", str(self.db), *args])
                code = run(parsed, CliContext(db=parsed.db, now=NOW))
            except SystemExit as exit_:
                code = int(exit_.code or 0)
        return code, out.getvalue(), err.getvalue()

    def ok(self, *args: str) -> str:
        code, out, err = self(*args)
        assert (code, err) == (0, ""), err
        if self._snapshot_cache is not None:  # what `fails` compares with from now on
            self.snapshot()
        return out

    _snapshot_cache: str | None = None

    def fails(self, *args: str) -> str:
        """Exit 1 with one Swedish message, and the register unchanged (since snapshot())."""
        before = self._snapshot_cache
        code, out, err = self(*args)
        assert code == 1, out + err
        assert err.startswith("kraftdesk: ") and err.count("\n") == 1, err
        assert "Traceback" not in err
        if before is not None:
            assert self.export() == self._snapshot_cache, "the register changed"
        return err.removeprefix("kraftdesk: ").rstrip("\n")

    def export(self) -> str:
        """The whole register as its interchange export: any change shows."""
        return self("export", "-")[1]

    def snapshot(self) -> str:
        """Remember the register as it is now: `fails` checks that nothing changed."""
        self._snapshot_cache = self.export()
        return self._snapshot_cache


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "kommun.sqlite3")


def csv_file(tmp_path: Path, lines: list[str], *, name: str = "lista.csv",
             encoding: str = "utf-8", bom: bool = False) -> str:
    path = tmp_path / name
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return str(path)


def test_the_commands_of_point_9_build_a_kommun_from_nothing(cli: Cli, tmp_path: Path) -> None:
    build(cli, tmp_path)
    assert "Sammanträden:                1\n" in cli.ok("info")


def build(cli: Cli, tmp_path: Path) -> None:
    cli.ok("init", "--organisation", "Härnösands kommun", "--case-number-example",
           "KS 2027/12")
    cli.ok("body", "add", "KF", "Kommunfullmäktige")
    cli.ok("body", "add", "KS", "Kommunstyrelsen", "--proposes-to", "KF")
    cli.ok("party", "add", "S", "Socialdemokraterna")
    cli.ok("party", "add", "M", "Moderaterna")
    cli.ok("party", "add", "vf", "Vår framtid")
    cli.ok("person", "add", "Eva Ek", "--email", "eva.ek@harnosand.se")
    cli.ok("members", "import", csv_file(tmp_path, MEMBERS))
    cli.ok("case", "add", "KS 2027/12", "Detaljplan för Kanaludden", "--body", "KS")
    cli.ok("meeting", "add", "KS", "2027-01-13T13:00", "--place", "Sessionssalen",
           "--justering", "2027-01-20T10:00", "--secretary", "Eva Ek", "--chair",
           "Anna Svensson", "--justerare", "Per Gran")
    cli.ok("agenda", "add", "KS:2027-01-13", "KS 2027/12")


def test_a_kommun_from_nothing_to_justerade_minutes(kommun: Cli, tmp_path: Path) -> None:
    info = kommun.ok("info", "--date", "2027-02-01")
    assert "Organisation:                Härnösands kommun\n" in info
    assert ("Kommunstyrelsen (KS), ledamöter och ersättare 2027-02-01:\n"
            "  Anna Svensson (S), ordförande\n  Per Gran (M), 1:e vice ordförande\n"
            "  Lisa Holm (vf), ledamot\n  Olle Ny (S), ersättare 1\n") in info
    assert "Kommunfullmäktige (KF), ledamöter och ersättare 2027-02-01:\n" \
           "  Anna Svensson (S), ledamot\n" in info
    # Drafting through the services: attendance, a reservation, a promised särskilt yttrande.
    register = open_file(kommun.db)
    try:
        meeting_id = meetings.meeting_id(register, "KS:2027-01-13")
        view = meetings.meeting_view(register, meeting_id)
        roster = meetings.body_roster(register, view.body.id, date(2027, 1, 13))
        ids = {row.person.name: row.person.id for row in roster}
        meetings.set_attendance(register, meeting_id, [
            meetings.AttendanceEntry(ids[name], kind) for name, kind in (
                ("Anna Svensson", "member"), ("Per Gran", "member"), ("Lisa Holm", "member"),
                ("Olle Ny", "substitute"))])
        paragraph_id = view.paragraphs[0].id if view.paragraphs else \
            meetings.meeting_view(register, meeting_id).paragraphs[0].id
        paragraphs.set_decision_points(register, paragraph_id, ["Detaljplanen antas."])
        statements.announce(register, paragraph_id, kind=StatementKind.RESERVATION,
                            author_ids=[ids["Lisa Holm"]], promised=False)
        statements.announce(register, paragraph_id, kind=StatementKind.SPECIAL_STATEMENT,
                            author_ids=[ids["Per Gran"]], promised=True)
    finally:
        register.close()
    kommun.ok("justering", "skicka", "KS:2027-01-13", "--datum", "2027-01-19")
    code, _out, err = kommun("justering", "justera", "KS:2027-01-13", "--datum", "2027-01-20")
    assert code == 1 and "Kör kommandot igen med --bekräfta" in err
    kommun.ok("justering", "justera", "KS:2027-01-13", "--datum", "2027-01-20", "--bekräfta")
    out = tmp_path / "protokoll.pdf"
    kommun.ok("pdf", "minutes", "KS:2027-01-13", "-o", str(out))
    text = " ".join(" ".join(lines) for lines in page_lines(out.read_bytes()))
    for expected in ("Sekreterare", "Eva Ek", "Anna Svensson (S), ordförande",
                     "Per Gran (M), vice ordförande", "Lisa Holm (vf)",
                     "Kommunstyrelsen föreslår kommunfullmäktige besluta",
                     "Lisa Holm (vf) reserverar sig mot beslutet.",
                     "Särskilt yttrande har inte inkommit vid tidpunkt för justering."):
        assert expected in text, expected
    extract = tmp_path / "utdrag.pdf"
    kommun.ok("pdf", "extract", "KS:2027:1", "-o", str(extract))
    extract_text = "\n".join("\n".join(lines) for lines in page_lines(extract.read_bytes()))
    assert "Rätt utdraget intygar:\nEva Ek" in extract_text


def test_lists_and_show(kommun: Cli) -> None:
    assert kommun.ok("body", "list").splitlines() == [
        "Kortnamn  Namn               Föreslår  Avvecklat",
        "KF        Kommunfullmäktige  –",
        "KS        Kommunstyrelsen    KF"]
    show = kommun.ok("body", "show", "KS")
    assert "Beslutsformel: Kommunstyrelsen föreslår kommunfullmäktige besluta\n" in show
    assert "Genitiv:       kommunstyrelsens\n" in show
    assert kommun.ok("party", "list").splitlines()[1:] == [
        "M            1         Moderaterna", "S            2         Socialdemokraterna",
        "vf           1         Vår framtid"]
    people = kommun.ok("person", "list")
    assert "Eva Ek" in people and "eva.ek@harnosand.se" in people
    members = kommun.ok("members", "list", "KS", "--date", "2027-06-01").splitlines()
    assert members[1] == "KS     ordförande           2027-01-01–2030-12-31  Anna Svensson (S)"
    assert kommun.ok("case", "list").splitlines() == [
        "Diarienummer  Rubrik", "KS 2027/12    Detaljplan för Kanaludden"]
    assert "KS:2027-01-13" in kommun.ok("meeting", "list", "KS")
    assert kommun.ok("agenda", "list", "KS:2027-01-13").splitlines()[1] == \
        "§ 1       KS 2027/12    Detaljplan för Kanaludden"


def test_body_forms_and_defaults(kommun: Cli) -> None:
    out = kommun.ok("body", "add", "KSAU", "Kommunstyrelsens arbetsutskott", "--proposes-to",
                    "KS", "--parent", "KS", "--place", "Lilla salen", "--time", "9.00",
                    "--justering-days", "3", "--justering-time", "10:00", "--secretary",
                    "Eva Ek")
    assert out == ("Kommunstyrelsens arbetsutskott (KSAU) är tillagt. Beslutsformel: "
                   "«Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta».\n")
    out = kommun.ok("body", "add", "MKB", "MKB Fastighets AB", "--kind", "bolagsstyrelse",
                    "--genitive-name", "MKB:s")
    assert "«MKB Fastighets AB beslutar»" in out
    assert "Genitiv:       MKB:s\n" in kommun.ok("body", "show", "MKB")
    planned = kommun.ok("meeting", "add", "KSAU", "2027-01-11T09:00")
    assert planned == ("Sammanträdet KSAU:2027-01-11 är planerat 2027-01-11 kl. 09:00, "
                       "Lilla salen.\nJustering: 2027-01-14 kl. 10:00.\n"
                       "Ordförande: –; sekreterare: Eva Ek.\n")
    out = kommun.ok("body", "rename", "KSAU", "Allmänna utskottet", "--short-name", "AU")
    assert "Allmänna utskottet (AU) är ändrat" in out
    out = kommun.ok("body", "set", "AU", "--proposes-to", "-")
    assert "«Allmänna utskottet beslutar»" in out


def test_a_body_with_its_two_names_swapped_is_refused(kommun: Cli) -> None:
    # Taken as given, "KS beslutar" would be printed in every protocol of the body.
    before = kommun.ok("body", "list")
    assert kommun.fails("body", "add", "Barnnämnden", "BN") == (
        "Kortnamnet «Barnnämnden» är längre än namnet «BN»; har de bytt plats? Kortnamnet "
        "är förkortningen (till exempel KS) och namnet skrivs ut i bestämd form (till "
        "exempel «Kommunstyrelsen»).")
    assert kommun.fails("body", "add", "BN", "BUN") == (
        "Namnet «BUN» ser ut som ett kortnamn; skriv ut organets namn i bestämd form, till "
        "exempel «Kommunstyrelsen». Det är det som står i protokollen («Kommunstyrelsen "
        "beslutar»).")
    assert kommun.fails("body", "rename", "KS", "KSTYR").startswith("Namnet «KSTYR» ser ut")
    assert kommun.ok("body", "list") == before
    assert "Barnnämnden (BN) är tillagt" in kommun.ok("body", "add", "BN", "Barnnämnden")


def complete_minutes(kommun: Cli) -> None:
    """Attendance and a decision: what the protocol checker asks before a justering."""
    register = open_file(kommun.db)
    try:
        meeting_id = meetings.meeting_id(register, "KS:2027-01-13")
        view = meetings.meeting_view(register, meeting_id)
        roster = meetings.body_roster(register, view.body.id, date(2027, 1, 13))
        meetings.set_attendance(register, meeting_id, [
            meetings.AttendanceEntry(row.person.id, "member") for row in roster
            if row.person.name in ("Anna Svensson", "Per Gran", "Lisa Holm")])
        paragraphs.set_decision_points(register, view.paragraphs[0].id, ["Detaljplanen antas."])
    finally:
        register.close()


def test_rename_and_retire_keep_justerade_names(kommun: Cli) -> None:
    complete_minutes(kommun)
    kommun.ok("justering", "skicka", "KS:2027-01-13", "--datum", "2027-01-19")
    kommun.ok("justering", "justera", "KS:2027-01-13", "--datum", "2027-01-20", "--bekräfta")
    kommun.snapshot()
    assert kommun.fails("body", "rename", "KS", "Regionstyrelsen") == (
        "Kommunstyrelsen har justerade protokoll (KS:2027-01-13), som skrivs ut med organets "
        "namn; namnen kan därför inte ändras. Avveckla organet och skapa ett nytt med det nya "
        "namnet.")
    assert kommun.fails("body", "retire", "KS", "--date", "2027-01-01") == (
        "Kommunstyrelsen har ett sammanträde efter 2027-01-01 (KS:2027-01-13); ta bort det "
        "eller välj ett senare datum.")
    kommun.ok("body", "retire", "KS", "--date", "2027-06-30")
    assert "KS        Kommunstyrelsen    KF        2027-06-30" in kommun.ok("body", "list")
    assert kommun.fails("meeting", "add", "KS", "2027-08-01T13:00") == (
        "Kommunstyrelsen är avvecklat sedan 2027-06-30 och sammanträder inte längre.")
    members = kommun.ok("members", "list", "KS")
    assert "2027-01-01–2027-06-30  Anna Svensson (S)" in members


def test_person_rules(kommun: Cli) -> None:
    kommun.snapshot()
    # Two people of one name in one party: allowed, told apart by a note shown in pickers.
    assert kommun.fails("person", "add", "Per Gran", "--party", "M") == (
        "Det finns redan en Per Gran (M) i registret. Skriv en anteckning som skiljer dem åt "
        "(till exempel ort eller födelseår); den visas när man väljer person.")
    assert kommun.fails("person", "add", "Nils Nilsson", "--party", "XX").startswith(
        "Partiet «XX» finns inte i registret (partier: M, S, vf).")
    assert kommun.fails("person", "add", "Nils Nilsson", "--email", "nils-at-home") == \
        "«nils-at-home» är ingen e-postadress (Nils Nilsson)."
    kommun.ok("person", "edit", "Per Gran", "--note", "Härnösand")
    assert kommun.ok("person", "add", "Per Gran", "--party", "M", "--note", "Älandsbro") == \
        "Per Gran (M), Älandsbro är tillagd.\n"
    kommun.snapshot()
    assert kommun.fails("meeting", "add", "KS", "2027-02-01T13:00", "--chair",
                        "Per Gran").startswith("Det finns flera som heter Per Gran")
    kommun.ok("person", "add", "Tillfällig Person")
    kommun.ok("person", "remove", "Tillfällig Person")
    kommun.ok("person", "edit", "Lisa Holm", "--party", "S")


def test_deleting_a_person_in_justerade_minutes_is_refused(kommun: Cli) -> None:
    complete_minutes(kommun)
    kommun.ok("justering", "skicka", "KS:2027-01-13", "--datum", "2027-01-19")
    kommun.ok("justering", "justera", "KS:2027-01-13", "--datum", "2027-01-20", "--bekräfta")
    kommun.snapshot()
    assert kommun.fails("person", "remove", "Eva Ek") == (
        "Eva Ek står i det justerade protokollet KS:2027-01-13 och kan inte tas bort; "
        "avsluta personens uppdrag i stället.")
    assert kommun.fails("person", "edit", "Per Gran", "--party", "S").startswith(
        "Per Gran (M) står i justerade protokoll (KS:2027-01-13) och ska stå kvar där som då")
    # Ending the seat keeps the history: the justerade minutes still print the role.
    kommun.ok("members", "end", "Per Gran", "KS", "--date", "2027-03-31")
    assert kommun.fails("members", "end", "Anna Svensson", "KS", "--date", "2027-01-05") == (
        "Uppdraget för Anna Svensson (S) i KS kan inte sluta före det justerade protokollet "
        "KS:2027-01-13, där personen står som ordförande. Avsluta uppdraget efter det "
        "sammanträdet i stället.")


def test_membership_rules(kommun: Cli) -> None:
    kommun.snapshot()
    assert kommun.fails("members", "add", "Per Gran", "KS", "--role", "ledamot", "--from",
                        "2028-01-01") == (
        "Per Gran (M) har redan ett uppdrag i KS (2027-01-01–2030-12-31), som överlappar "
        "från 2028-01-01. Avsluta det uppdraget först, eller ändra datumen.")
    assert kommun.fails("members", "add", "Eva Ek", "KS", "--role", "ledamot", "--from",
                        "2028-01-01", "--to", "2027-12-31") == (
        "Uppdraget för Eva Ek i KS: till-datumet 2027-12-31 är före från-datumet 2028-01-01.")
    assert kommun.fails("members", "add", "Eva Ek", "KS", "--role", "suppleant", "--from",
                        "2028-01-01") == (
        "«suppleant» är inget uppdrag; skriv ordförande, 1:e vice ordförande, 2:e vice "
        "ordförande, ledamot eller ersättare.")
    kommun.ok("members", "add", "Eva Ek", "KF", "--role", "ersättare", "--from", "2027-01-01")
    assert "KF     ersättare 1  från 2027-01-01        Eva Ek" in \
        kommun.ok("members", "list", "KF")


def test_a_list_without_dates_takes_the_registered_mandatperiod(kommun: Cli,
                                                                 tmp_path: Path) -> None:
    # A kommun's list of its members seldom has dates: they sit for the mandatperiod.
    kommun.ok("term", "add", "2027-01-01", "2030-12-31")  # the CLI's clock: 2027-01-20
    listed = csv_file(tmp_path, [HEADER, "KS;Nils Nilsson;S;ersättare;;",
                                 "KS;Eva Nord;S;ersättare;2027-03-01;"])
    out = kommun.ok("members", "import", listed)
    assert "2027-01-01–2030-12-31  Nils Nilsson (S) (ny)" in out, out
    assert "2027-03-01–2030-12-31  Eva Nord (S) (ny)" in out, out


@pytest.mark.parametrize(("lines", "message"), [
    ([HEADER, "KS;Nils Nilsson;XX;ledamot;2027-01-01;"],
     "lista.csv: rad 2, kolumnen parti: partiet «XX» finns inte i registret (partier: M, S, "
     "vf). Lägg till partiet först."),
    ([HEADER, "KS;Nils Nilsson;S;ledamot;2027-01-01;", "BUN;Nils Nilsson;S;ledamot;2027-01-01;"],
     "lista.csv: rad 3, kolumnen organ: organet «BUN» finns inte i registret (organ: KF, KS). "
     "Skriv organets kortnamn, eller lägg till organet först."),
    ([HEADER, "KS;Nils Nilsson;S;suppleant;2027-01-01;"],
     "lista.csv: rad 2, kolumnen uppdrag: «suppleant» är inget uppdrag; skriv ordförande, "
     "1:e vice ordförande, 2:e vice ordförande, ledamot eller ersättare."),
    (["organ;namn;parti;från;till", "KS;Nils Nilsson;S;2027-01-01;"],
     "lista.csv: rad 1: Kolumnen uppdrag saknas i rubrikraden. Första raden ska namnge "
     "kolumnerna, till exempel organ;namn;parti;uppdrag;från;till."),
    ([HEADER, "KS;Nils Nilsson;S;ledamot;2027-02-30;"],
     "lista.csv: rad 2, kolumnen från: «2027-02-30» är inget datum; skriv det som ÅÅÅÅ-MM-DD, "
     "till exempel 2027-01-01."),
    ([HEADER, "KS;Nils Nilsson;S;ledamot;2027-06-01;2027-01-01"],
     "lista.csv: rad 2, kolumnen till: till-datumet 2027-01-01 är före från-datumet "
     "2027-06-01."),
    ([HEADER, "KS;Per Gran;M;ledamot;2028-01-01;"],
     "lista.csv: rad 2, kolumnen från: Per Gran (M) har redan ett uppdrag i KS "
     "(2027-01-01–2030-12-31), som överlappar från 2028-01-01. Avsluta det uppdraget först, "
     "eller ändra datumen."),
    ([HEADER, "", "KS;Nils Nilsson;S;ledamot;2027-01-01;",
      "KS;Nils Nilsson;S;ersättare;2027-06-01;"],
     "lista.csv: rad 4, kolumnen från: Nils Nilsson (S) har redan ett uppdrag i KS på rad 3 "
     "(från 2027-01-01), som överlappar från 2027-06-01."),
    ([HEADER + ";anteckning", "KS;Nils Nilsson;S;ledamot;2027-01-01;;Ånge",
      "KF;Nils Nilsson;S;ledamot;2027-01-01;;"],
     "lista.csv: rad 3, kolumnen anteckning: Det finns redan en Nils Nilsson (S) i registret. "
     "Skriv en anteckning som skiljer dem åt (till exempel ort eller födelseår); den visas "
     "när man väljer person."),
    ([HEADER, "KS;Nils Nilsson;S;ledamot;2027-01-01;", "KS;Lisa Lind;S;ledamot;2027-01-01;;x"],
     "lista.csv: rad 3: raden har 7 fält men rubrikraden 6; kontrollera att fälten skiljs åt "
     "med «;» och att text med skiljetecken står inom citattecken."),
    ([HEADER, "KS;Nils Nilsson;S;ledamot;2027-01-01;", "KS;Eva Nord;S;ledamot;2027-01-01;",
      "KS;Åke Berg;S;ledamot;2027-01-01;", "KS;Nils Nilsson;S;ledamot;2027-02-01;"],
     "lista.csv: rad 5, kolumnen från: Nils Nilsson (S) har redan ett uppdrag i KS på rad 2 "
     "(från 2027-01-01), som överlappar från 2027-02-01."),
    ([HEADER, "KS;Nils Nilsson;S;ledamot;;"],
     "lista.csv: rad 2, kolumnen från: datum saknas; skriv när uppdraget börjar, till exempel "
     "2027-01-01 (eller registrera mandatperioden först, så gäller dess datum)."),
    ([HEADER, 'KS;"Nils Nilsson;S;ledamot;2027-01-01;'],
     "lista.csv: rad 2: ett citattecken (\") avslutas aldrig; kontrollera raden."),
])
def test_a_bad_member_list_stops_everything(kommun: Cli, tmp_path: Path, lines: list[str],
                                            message: str) -> None:
    kommun.snapshot()
    assert kommun.fails("members", "import", csv_file(tmp_path, lines)) == message


def _workbook() -> bytes:
    """A whole .xlsx as Excel saves it, as far as its parts go (a zip file)."""
    import io
    import zipfile

    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return data.getvalue()


@pytest.mark.parametrize(("data", "message"), [
    (b"", "lista.csv: Filen är tom."),
    (b"   \r\n\r\n", "lista.csv: Filen är tom."),
    (b"%PDF-1.7\n1 0 obj", "lista.csv: Filen är ingen textfil utan en PDF-fil. Spara listan "
                           "från Excel som «CSV (semikolonavgränsad)» och läs in den filen."),
    (b"PK\x03\x04\x14\x00", "lista.csv: Filen är ingen textfil utan en Excel-arbetsbok eller "
                            "annan zip-fil. Spara listan från Excel som «CSV "
                            "(semikolonavgränsad)» och läs in den filen."),
    (_workbook(), "lista.csv: Filen är ingen textfil utan en Excel-arbetsbok. Spara listan "
                  "från Excel som «CSV (semikolonavgränsad)» och läs in den filen."),
    (b"organ;namn\x00;parti", "lista.csv: Filen är ingen textfil (den innehåller binära data). "
                              "Spara listan från Excel som «CSV (semikolonavgränsad)»."),
    (HEADER.encode() + b"\r\n", "lista.csv: rad 1: Filen har en rubrikrad men inga rader med "
                                "innehåll."),
])
def test_a_member_list_that_is_not_one(kommun: Cli, tmp_path: Path, data: bytes,
                                       message: str) -> None:
    kommun.snapshot()
    path = tmp_path / "lista.csv"
    path.write_bytes(data)
    assert kommun.fails("members", "import", str(path)) == message


@pytest.mark.parametrize(("encoding", "bom", "separator"), [
    ("utf-8", False, ";"), ("utf-8", True, ";"), ("cp1252", False, ";"), ("utf-8", False, ",")])
def test_member_lists_as_excel_saves_them(kommun: Cli, tmp_path: Path, encoding: str,
                                          bom: bool, separator: str) -> None:
    lines = ["Organ ; Namn;Parti;Uppdrag;Fr.o.m.;T.o.m.;Anteckning",
             "KS;Örjan Åström;S;Ersättare;2027-01-01;2030-12-31;Ånge",
             'KS;"Märta Ek, d.y.";M;ersättare;2027-01-01;2030-12-31;']
    lines = [line.replace(";", separator) if separator != ";" else line for line in lines]
    if separator == ",":
        lines[2] = 'KS,"Märta Ek, d.y.",M,ersättare,2027-01-01,2030-12-31,'
    dry = kommun.ok("members", "import", csv_file(tmp_path, lines, encoding=encoding, bom=bom),
                    "--dry-run")
    assert dry.splitlines()[1:3] == [
        "2    KS     ersättare 2  2027-01-01–2030-12-31  Örjan Åström (S), Ånge (ny)",
        "3    KS     ersättare 3  2027-01-01–2030-12-31  Märta Ek, d.y. (M) (ny)"]
    assert dry.endswith("Provkörning: 2 uppdrag i 1 organ; 2 nya personer skulle läggas in. "
                        "Inget har ändrats.\n")
    assert "Örjan" not in kommun.ok("person", "list")
    kommun.ok("members", "import", str(tmp_path / "lista.csv"))
    listed = kommun.ok("person", "list").splitlines()
    assert any(line.split() == ["Örjan", "Åström", "(S)", "Ånge"] for line in listed)


def test_a_row_matching_a_person_adds_a_seat_to_that_person(kommun: Cli, tmp_path: Path) -> None:
    out = kommun.ok("members", "import", csv_file(tmp_path, [
        HEADER, "KF;Per Gran;M;ersättare;2027-01-01;2030-12-31"]))
    assert out.endswith("Inläst: 1 uppdrag i 1 organ; inga nya personer.\n")
    assert kommun.ok("person", "list").count("Per Gran") == 1


def test_case_numbers_follow_the_example(kommun: Cli) -> None:
    kommun.snapshot()
    message = kommun.fails("case", "add", "KS-2027-13", "Fel format")
    assert message == ("Diarienumret «KS-2027-13» följer inte formatet för Härnösands kommuns "
                       "diarienummer: bokstäver, mellanslag, årtal (fyra siffror), «/» och ett "
                       "löpnummer, till exempel «KS 2027/12».")
    assert "\\d" not in message and "[" not in message  # never a regular expression
    assert kommun.fails("case", "add", "KS 2027/12", "Igen") == \
        "Diarienumret KS 2027/12 finns redan (Detaljplan för Kanaludden)."
    assert kommun.fails("agenda", "add", "KS:2027-01-13", "KS 2027/99") == \
        "Ärendet KS 2027/99 finns inte; registrera det först (kraftdesk case add)."
    kommun.snapshot()
    assert kommun.fails("organisation", "set", "--case-number-example", "2027/0012") == (
        "Formatet «2027/0012» passar inte 1 av registrets diarienummer, till exempel "
        "«KS 2027/12». Ange ett exempel som passar dem, eller inget exempel alls.")
    assert "fritt format" in kommun.ok("organisation", "set", "--case-number-example", "-")
    kommun.ok("case", "add", "2027/0013", "Nytt format")


def test_meeting_bad_input(kommun: Cli) -> None:
    kommun.snapshot()
    assert kommun.fails("meeting", "add", "BUN", "2027-02-01T13:00").startswith(
        "Organet «BUN» finns inte i registret (organ: KF, KS).")
    assert kommun.fails("meeting", "add", "KS", "2027-02-01T13:00", "--chair",
                        "Eva Ek") == ("Eva Ek är inte ledamot i kommunstyrelsen 2027-02-01 och "
                                      "kan inte vara ordförande.")
    assert kommun.fails("meeting", "add", "KS", "2027-02-01T13:00", "--secretary",
                        "Okänd Person").startswith("Personen «Okänd Person» finns inte")
    code, _out, err = kommun("meeting", "add", "KS", "1 februari")
    assert code == 2 and "är ingen tidpunkt; skriv den som ÅÅÅÅ-MM-DDTTT:MM" in err


def test_terms(kommun: Cli, tmp_path: Path) -> None:
    kommun.ok("term", "add", "2027-01-01", "2030-12-31")
    kommun.snapshot()
    assert kommun.fails("term", "add", "2030-01-01", "2033-12-31") == (
        "Mandatperioden 2030-01-01–2033-12-31: mandatperioden överlappar mandatperioden "
        "2027-01-01–2030-12-31.")
    listed = csv_file(tmp_path, [HEADER, "KS;Anna Svensson;S;ordförande;;",
                                 "KS;Nya Nilsson;S;ledamot;;"], name="2031.csv")
    dry = kommun.ok("term", "start", "2031-01-01", "2034-12-31", "--members", listed,
                    "--dry-run")
    assert "Mandatperioden 2031–2034: 0 uppdrag skulle avslutas 2030-12-31." in dry
    assert "Provkörning: inget har ändrats." in dry
    out = kommun.ok("term", "start", "2031-01-01", "2034-12-31", "--members", listed,
                    "--retire", "KF")
    assert "2    KS     ordförande  2031-01-01–2034-12-31  Anna Svensson (S)" in out
    assert "Avvecklade organ: Kommunfullmäktige." in out
    assert kommun.ok("term", "list").splitlines() == [
        "Mandatperiod  Från och med – till och med", "2027–2030     2027-01-01–2030-12-31",
        "2031–2034     2031-01-01–2034-12-31"]
    seats = kommun.ok("members", "list", "KS")
    assert "2027-01-01–2030-12-31  Anna Svensson (S)" in seats  # the old seat is kept
    assert "2031-01-01–2034-12-31  Anna Svensson (S)" in seats


def test_organisation_settings_and_logo(kommun: Cli, tmp_path: Path) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40">'
                     b'<rect width="80" height="40" fill="#234"/></svg>')
    out = kommun.ok("organisation", "set", "--logo", str(logo), "--address",
                    "Järnvägsgatan 2, Härnösand", "--kept-at", "Kommunkansliet")
    assert "Logotyp:                 SVG\n" in out
    assert "Adress:                  Järnvägsgatan 2, Härnösand\n" in out
    kommun.snapshot()
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    assert kommun.fails("organisation", "set", "--logo", str(bad), "--name", "X") == \
        "PNG-filen med logotypen är skadad och kan inte läsas."
    text_file = tmp_path / "logo.txt"
    text_file.write_bytes(b"hej")
    assert kommun.fails("organisation", "set", "--logo", str(text_file)) == \
        "Logotypen ska vara en PNG- eller SVG-fil."
    assert kommun.fails("organisation", "set", "--case-number-example", "ärende") == (
        "Exemplet «ärende» innehåller inget nummer. Skriv ett diarienummer som det ser ut i "
        "diariet, till exempel «KS 2027/12» eller «STK-2027-12».")
    out = tmp_path / "p.pdf"
    kommun.ok("pdf", "minutes", "KS:2027-01-13", "-o", str(out))
    header = page_lines(out.read_bytes())[0][:6]
    assert header[header.index("Kommunstyrelsen") + 1] == "Järnvägsgatan 2, Härnösand"


def test_parties_with_local_and_lower_case_abbreviations(kommun: Cli) -> None:
    kommun.snapshot()
    assert kommun.fails("party", "add", "S", "Samma igen") == \
        "Förkortningen S används redan av Socialdemokraterna."
    assert kommun.fails("party", "remove", "S") == \
        "Socialdemokraterna (S) har 2 personer och kan inte tas bort."
    kommun.ok("party", "add", "s", "Sjukvårdspartiet")  # lower case is another party
    kommun.ok("party", "rename", "s", "Sjukvårdspartiet Västernorrland")
    kommun.ok("party", "remove", "s")


def test_files_named_on_the_command_line_are_read_by_one_rule(kommun: Cli,
                                                              tmp_path: Path) -> None:
    """A FIFO, a folder or a missing file named as a member list, a diarium export, a
    certificate or a bilaga: a Swedish message naming it, never a hang
    (kraftdesk.services.input_files)."""
    import os

    fifo = tmp_path / "lista.csv"
    os.mkfifo(fifo)
    kommun.snapshot()
    assert kommun.fails("members", "import", str(fifo)) == (
        f"{fifo} är ingen vanlig fil och kan inte läsas som en CSV-fil.")
    assert kommun.fails("members", "import", str(tmp_path)) == (
        f"{tmp_path} är en mapp, inte en CSV-fil.")
    assert kommun.fails("trust", "add", str(tmp_path / "ca.pem")) == (
        f"Filen {tmp_path / 'ca.pem'} finns inte.")
    assert kommun.fails("appendix", "add", "KS:2027:1", str(fifo), "--title", "Bilaga") == (
        f"{fifo} är ingen vanlig fil och kan inte läsas som en PDF-fil.")
