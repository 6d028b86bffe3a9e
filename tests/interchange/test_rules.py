# SPDX-License-Identifier: EUPL-1.2
"""Every rule of the file beyond the issue's named cases: one Swedish message with its path."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from typing import Any

import pytest

from kraftdesk.interchange import InterchangeError, check_file
from tests.interchange.helpers import demo_document

CONTENT = b"%PDF-1.7 yttrande"
DIGEST = hashlib.sha256(CONTENT).hexdigest()


def _file(**values: Any) -> dict[str, Any]:
    row = {"id": 1, "sha256": DIGEST, "filename": "y.pdf", "media_type": "application/pdf",
           "size": len(CONTENT), "content": base64.b64encode(CONTENT).decode()}
    return {**row, **values}


def _seal(meeting_id: int) -> dict[str, Any]:
    return {"id": 1, "meeting_id": meeting_id, "sealed_at": "2026-12-09T10:00:00+00:00",
            "canonical_version": 1, "content_sha256": DIGEST, "pdf_sha256": None,
            "pdf_file_id": None, "audit_head_id": None, "audit_head_hash": None}


def _serving(kind: str, replaces: int | None) -> list[dict[str, Any]]:
    return [{"id": 1, "person_id": 1, "kind": kind, "replaces_person_id": replaces}]


def _statement_of_16(index: int, **values: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["paragraphs"][2]["statements"][index].update(values)


CASES: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("meeting ends before it starts",
     lambda d: d["meetings"][0].update(ends_at="2024-09-26T16:00"),
     "$.meetings[0].ends_at: sammanträdet kan inte sluta innan det börjar."),
    ("justerat without a date", lambda d: d["meetings"][0].update(approved_on=None, posted_on=None),
     "$.meetings[0].approved_on: ett justerat protokoll måste ha ett justeringsdatum."),
    ("posted before justering", lambda d: d["meetings"][0].update(posted_on="2024-10-02"),
     "$.meetings[0].posted_on: protokollet kan inte anslås före justeringsdagen."),
    ("posted without justering", lambda d: d["meetings"][4].update(posted_on="2026-12-10"),
     "$.meetings[4].posted_on: ett protokoll kan inte anslås innan det är justerat "
     "(approved_on saknas)."),
    ("membership ends before it starts", lambda d: d["memberships"][0].update(ends_on="2022-01-01"),
     "$.memberships[0].ends_on: uppdraget kan inte sluta innan det börjar."),
    ("substitute serving for herself",
     lambda d: d["meetings"][4]["attendance"][8].update(replaces_person_id=16),
     "$.meetings[4].attendance[8].replaces_person_id: en ersättare kan inte tjänstgöra för "
     "sig själv."),
    ("serving for nobody",
     lambda d: d["paragraphs"][5].update(attendance=_serving("serving", None)),
     "$.paragraphs[5].attendance[0].replaces_person_id: en tjänstgörande ersättare (serving) "
     "ska ange vem ersättaren tjänstgör för."),
    ("jäv serving for someone",
     lambda d: d["paragraphs"][5].update(attendance=_serving("recused", 2)),
     "$.paragraphs[5].attendance[0].replaces_person_id: anges bara för en tjänstgörande "
     "ersättare (kind serving)."),
    ("half a reference", lambda d: d["paragraphs"][2]["basis_documents"][0].update(ref_kind=None),
     "$.paragraphs[2].basis_documents[0].ref_kind: en hänvisning behöver både "
     "ref_paragraph_id och ref_kind."),
    ("empty basis line", lambda d: d["paragraphs"][2]["basis_documents"][1].update(text=None),
     "$.paragraphs[2].basis_documents[1].text: raden saknar både text och hänvisning."),
    ("paragraph referring to itself",
     lambda d: d["paragraphs"][2]["basis_documents"][0].update(ref_paragraph_id=3),
     "$.paragraphs[2].basis_documents[0].ref_paragraph_id: paragrafen kan inte hänvisa till "
     "sig själv."),
    ("received without a time", _statement_of_16(1, received_at=None),
     "$.paragraphs[2].statements[1].received_at: ett inkommet yttrande (received) måste ha en "
     "tidpunkt då det kom in."),
    ("received without content", _statement_of_16(1, text=None),
     "$.paragraphs[2].statements[1].text: ett inkommet yttrande (received) måste ha en text "
     "eller en fil (file_id)."),
    ("promised without deadline",
     lambda d: d["paragraphs"][4]["statements"][0].update(deadline=None),
     "$.paragraphs[4].statements[0].deadline: ett utlovat yttrande (promised) måste ha en "
     "sista tidpunkt: justeringens tid."),
    ("document bilaga with a statement", lambda d: d["appendices"][0].update(kind="document"),
     "$.appendices[0].statement_id: bara en bilaga av typen statement hör till ett yttrande."),
    ("statement bilaga without statement", lambda d: d["appendices"][0].update(statement_id=None),
     "$.appendices[0].statement_id: en bilaga av typen statement ska ange sitt yttrande."),
    ("bilaga of another meeting's paragraph", lambda d: d["appendices"][2].update(paragraph_id=1),
     "$.appendices[2].paragraph_id: paragrafen hör till ett annat sammanträde än bilagan."),
    ("bilaga of another meeting's statement", lambda d: d["appendices"][4].update(statement_id=1),
     "$.appendices[4].statement_id: yttrandet hör till ett annat sammanträde än bilagan."),
    ("seal of a draft", lambda d: d.update(seals=[_seal(5)]),
     "$.seals[0].meeting_id: bara ett justerat protokoll kan förseglas; sammanträdet är inte "
     "justerat."),
    ("file changed", lambda d: d.update(files=[_file(sha256="0" * 64)]),
     f"$.files[0].sha256: stämmer inte med innehållet, vars SHA-256 är {DIGEST}; filen är "
     "skadad eller ändrad."),
    ("file size", lambda d: d.update(files=[_file(size=3)]),
     "$.files[0].size: innehållet är 17 byte, inte 3."),
    ("file not base64", lambda d: d.update(files=[_file(content="inte base64!")]),
     "$.files[0].content: innehållet är ingen giltig base64-text."),
    ("not a SHA-256", lambda d: d.update(files=[_file(sha256="xyz")]),
     "$.files[0].sha256: «xyz» är ingen SHA-256-summa (64 tecken 0–9 och a–f)."),
    ("diarienummer format", lambda d: d["cases"][3].update(number="KS 2026/1"),
     "$.cases[3].number: diarienumret «KS 2026/1» följer inte organisationens format för "
     "diarienummer som «STK-2024-1374» (bokstäver, «-», årtal (fyra siffror), «-» och ett "
     "löpnummer)."),
    ("broken pattern", lambda d: d["organisation"].update(case_number_pattern="STK-(",
                                                          case_number_example=None),
     "$.organisation.case_number_pattern: är inget giltigt mönster för diarienummer (fel vid "
     "tecken 5); ange formatet med case_number_example i stället."),
    ("pattern not the example's",
     lambda d: d["organisation"].update(case_number_pattern="STK-[0-9]{4}-[0-9]+"),
     "$.organisation.case_number_pattern: stämmer inte med formatet i case_number_example; "
     "lämna den som kraftdesk skrev den."),
    ("an example without a number",
     lambda d: d["organisation"].update(case_number_example="Dnr"),
     "$.organisation.case_number_example: exemplet «Dnr» innehåller inget nummer. Skriv ett "
     "diarienummer som det ser ut i diariet, till exempel «KS 2027/12» eller «STK-2027-12»."),
    ("overlapping seats", lambda d: d["memberships"].append(
        {**d["memberships"][0], "id": 999, "starts_on": "2026-06-01", "ends_on": None}),
     f"$.memberships[{len(demo_document()['memberships'])}].starts_on: personen har redan ett "
     "uppdrag i samma organ (2023-01-01–2026-12-31, $.memberships[0]) som överlappar från "
     "2026-06-01."),
    ("overlapping terms", lambda d: d["terms"].append(
        {"id": 3, "starts_on": "2030-01-01", "ends_on": "2033-12-31"}),
     "$.terms[2].starts_on: mandatperioden överlappar mandatperioden 2027-01-01–2030-12-31 "
     "($.terms[1])."),
    ("reversed term", lambda d: d["terms"][1].update(ends_on="2026-01-01"),
     "$.terms[1].ends_on: mandatperioden kan inte sluta innan den börjar."),
    ("namesakes without notes", lambda d: d["persons"].append(
        {**d["persons"][0], "id": 999}),
     f"$.persons[{len(demo_document()['persons'])}].note: två personer med samma namn och "
     "parti ska skiljas åt av olika anteckningar; se $.persons[0]."),
    ("bodies proposing in a circle", lambda d: d["bodies"][0].update(proposes_to_id=3),
     "$.bodies[0].proposes_to_id: organen föreslår varandra i en cirkel."),
    ("a body proposing to itself", lambda d: d["bodies"][0].update(proposes_to_id=1),
     "$.bodies[0].proposes_to_id: ett organ kan inte föreslå sig självt."),
    ("justering too late", lambda d: d["bodies"][1].update(justering_days=20),
     "$.bodies[1].justering_days: justeringen ska ske inom 14 dagar efter sammanträdet "
     "(kommunallagen 5 kap. 69 §); 20 dagar går inte."),
    ("a time that is none", lambda d: d["bodies"][1].update(default_start_time="25:00"),
     "$.bodies[1].default_start_time: «25:00» är ingen tid; skriv den som TT:MM."),
    ("a body's two names swapped",
     lambda d: d["bodies"][1].update(short_name="Kommunstyrelsen", name="KS"),
     "$.bodies[1].short_name: kortnamnet «Kommunstyrelsen» är längre än namnet «KS»; har de "
     "bytt plats? Kortnamnet är förkortningen (till exempel KS) och namnet skrivs ut i "
     "bestämd form (till exempel «Kommunstyrelsen»)."),
    ("a body's name in capitals", lambda d: d["bodies"][1].update(name="KSN"),
     "$.bodies[1].name: namnet «KSN» ser ut som ett kortnamn; skriv ut organets namn i "
     "bestämd form, till exempel «Kommunstyrelsen». Det är det som står i protokollen "
     "(«Kommunstyrelsen beslutar»)."),
    ("a short name with a space", lambda d: d["bodies"][1].update(short_name="K S"),
     "$.bodies[1].short_name: kortnamnet «K S» får inte innehålla mellanslag eller kolon; det "
     "används i referenser som KS:2027-01-13."),
    ("id used twice", lambda d: d["parties"].append({"id": 1, "abbreviation": "X", "name": "X"}),
     "$.parties[8].id: id 1 används redan ($.parties[0])."),
    ("party twice", lambda d: d["parties"].append({"id": 9, "abbreviation": "M", "name": "X"}),
     "$.parties[8].abbreviation: partiförkortningen M finns redan ($.parties[1])."),
    ("paragraph of another body than its meeting", lambda d: d["paragraphs"][0].update(body_id=2),
     "$.paragraphs[0].body_id: ska vara 1, samma body_id som raden $.meetings[0] som "
     "meeting_id pekar på, inte 2."),
    ("bilaga number twice", lambda d: d["appendices"][3].update(number=12),
     "$.appendices[3].number: bilaga 12 finns redan i samma protokoll ($.appendices[2])."),
    ("unknown pronoun", lambda d: d["persons"][0].update(pronoun="den"),
     "$.persons[0].pronoun: «den» är inget pronomen som kraftdesk känner till (tillåtna "
     "värden: hon, han, hen, null)."),
    ("number for text", lambda d: d["persons"][0].update(name=5),
     "$.persons[0].name: ska vara en text, inte ett heltal («5»)."),
    ("text for boolean", lambda d: d["meetings"][0].update(is_example="ja"),
     "$.meetings[0].is_example: ska vara true eller false, inte en text («ja»)."),
    ("numbering series", lambda d: d["paragraphs"][0].update(series="24"),
     "$.paragraphs[0].series: «24» är ingen nummerserie: ett år (ÅÅÅÅ) eller ett "
     "sammanträdesdatum (ÅÅÅÅ-MM-DD)."),
    ("paragraph number 0", lambda d: d["paragraphs"][0].update(number=0),
     "$.paragraphs[0].number: ska vara minst 1, inte 0."),
    ("too long", lambda d: d["parties"][0].update(abbreviation="S" * 21),
     "$.parties[0].abbreviation: är för lång: 21 tecken, men högst 20 ryms."),
    ("author twice", lambda d: d["paragraphs"][2]["statements"][0]["authors"].append(
        {"person_id": 3, "position": 9}),
     "$.paragraphs[2].statements[0].authors[3].person_id: personen med id 3 finns redan med "
     "($.paragraphs[2].statements[0].authors[0])."),
    ("decision point position twice", lambda d: d["paragraphs"][2]["decision_points"].append(
        {"id": 99, "position": 1, "text": "x"}),
     "$.paragraphs[2].decision_points[1].position: position 1 finns redan "
     "($.paragraphs[2].decision_points[0])."),
    ("unknown meeting", lambda d: d["paragraphs"][0].update(meeting_id=42),
     "$.paragraphs[0].meeting_id: det finns inget sammanträde med id 42 i filen."),
    ("empty name", lambda d: d["persons"][1].update(name=""),
     "$.persons[1].name: får inte vara tom."),
    ("arbetsutskott over its own styrelse", lambda d: d["bodies"][2].update(parent_id=3),
     "$.bodies[2].parent_id: organen bildar en cirkel: ett organ kan inte vara överordnat sig "
     "självt, direkt eller indirekt."),
    ("a final extract of minutes not yet justerade",
     lambda d: d["paragraphs"][4]["dispatches"].append(
         {"id": 1, "recipient": "Stadskontoret", "sent_on": "2026-12-03", "means": "email",
          "final": True, "address": None}),
     "$.paragraphs[4].dispatches[0].final: ett justerat utdrag kan inte ha skickats innan "
     "paragrafen är justerad."),
    ("an extract sent before the meeting",
     lambda d: d["paragraphs"][2]["dispatches"].append(
         {"id": 1, "recipient": "Stadskontoret", "sent_on": "2026-01-01", "means": "post",
          "final": False, "address": None}),
     "$.paragraphs[2].dispatches[0].sent_on: utdraget kan inte ha skickats före "
     "sammanträdet (2026-01-07)."),
    ("a kallelse sent after the meeting",
     lambda d: d["notices"].append({"id": 1, "meeting_id": 5, "sent_on": "2026-12-03",
                                    "supplementary": False, "file_id": None, "items": []}),
     "$.notices[0].sent_on: kallelsen kan inte ha skickats efter sammanträdet (2026-12-02)."),
    ("a kallelse calling to another meeting's paragraph",
     lambda d: d["notices"].append({"id": 1, "meeting_id": 5, "sent_on": "2026-11-24",
                                    "supplementary": False, "file_id": None,
                                    "items": [{"paragraph_id": 3}]}),
     "$.notices[0].items[0].paragraph_id: paragrafen hör till ett annat sammanträde än "
     "kallelsen."),
]


@pytest.mark.parametrize(("mutate", "line"), [(m, line) for _, m, line in CASES],
                         ids=[name for name, _, _ in CASES])
def test_rule(mutate: Callable[[dict[str, Any]], None], line: str) -> None:
    document = demo_document()
    mutate(document)
    with pytest.raises(InterchangeError) as caught:
        check_file(document)
    assert [str(p) for p in caught.value.problems] == [line]
