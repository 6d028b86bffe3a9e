# SPDX-License-Identifier: EUPL-1.2
"""Standard agenda items per body and the secretary's text blocks."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from kraftdesk.domain.enums import AgendaPlacement
from kraftdesk.domain.errors import CHANGED_MESSAGE, ChangedError, UserError
from kraftdesk.services import meetings, paragraphs, templates
from kraftdesk.services.meetings import MeetingPlan
from kraftdesk.services.templates import TemplateItemEntry
from tests.services import world as w


def _agenda(reg, meeting: int) -> list[tuple[str, str, tuple[str, ...]]]:
    view = meetings.meeting_view(reg, meeting)
    return [(p.label, p.title, tuple(d.text for d in paragraphs.paragraph_view(
        reg, p.id).decision_points)) for p in view.paragraphs]


def test_every_new_meeting_starts_and_ends_with_the_standard_items(world: w.World) -> None:
    reg = world.register
    templates.set_agenda_template(reg, world.body["KS"], templates.standard_template())
    meeting = meetings.plan_meeting(reg, MeetingPlan(
        body_id=world.body["KS"], starts_at=datetime(2026, 3, 4, 13),
        chair_id=world.person["Anna Svensson"],
        approver_ids=(world.person["Dan Berg"], world.person["Eva Ek"]))).id
    assert _agenda(reg, meeting) == [
        ("§ 1", "Upprop", ()),
        ("§ 2", "Val av justerare",
         ("Att jämte ordföranden justera protokollet utses Dan Berg (M) och Eva Ek (L).",)),
        ("§ 3", "Fastställande av föredragningslistan", ("Föredragningslistan fastställs.",)),
        ("§ 4", "Anmälningsärenden", ()),
        ("§ 5", "Delegationsbeslut", ())]
    paragraphs.add_paragraph(reg, meeting, title="Budget 2027")
    paragraphs.add_paragraph(reg, meeting, title="Bidrag till föreningar")
    assert [t for _, t, _ in _agenda(reg, meeting)] == [
        "Upprop", "Val av justerare", "Fastställande av föredragningslistan", "Budget 2027",
        "Bidrag till föreningar", "Anmälningsärenden", "Delegationsbeslut"]
    # Another body without a template gets an empty agenda.
    other = meetings.plan_meeting(reg, MeetingPlan(body_id=world.body["KF"],
                                                   starts_at=datetime(2026, 3, 5, 18))).id
    assert _agenda(reg, other) == []
    without = world.meeting("2026-04-01 13:00")  # no justerare chosen yet
    assert _agenda(reg, without)[1][2] == (
        "Att jämte ordföranden justera protokollet utses ….",)


def test_the_template_is_checked(world: w.World) -> None:
    reg = world.register
    before = w.snapshot(reg)
    with pytest.raises(UserError, match=re.escape(
            "Standardpunkt 2 för kommunstyrelsen saknar rubrik.")):
        templates.set_agenda_template(reg, world.body["KS"], [
            TemplateItemEntry(AgendaPlacement.START, "Upprop"),
            TemplateItemEntry(AgendaPlacement.END, "  ")])
    assert w.snapshot(reg) == before
    templates.set_agenda_template(reg, world.body["KS"], [
        TemplateItemEntry(AgendaPlacement.END, "Övriga frågor"),
        TemplateItemEntry(AgendaPlacement.START, "Mötets öppnande", "Mötet öppnas.")])
    rows = templates.agenda_template(reg, world.body["KS"])
    assert [(r.placement, r.position, r.title) for r in rows] == [
        (AgendaPlacement.START, 1, "Mötets öppnande"), (AgendaPlacement.END, 1, "Övriga frågor")]


def test_text_blocks(world: w.World) -> None:
    reg = world.register
    first = templates.save_text_block(reg, "Ärendet i korthet", "Ärendet gäller …").id
    templates.save_text_block(reg, "Återremiss", "Ärendet återremitteras för komplettering.")
    assert [b.name for b in templates.text_blocks(reg)] == ["Återremiss",
                                                            "Ärendet i korthet"]
    before = w.snapshot(reg)
    with pytest.raises(UserError, match="Det finns redan ett textblock som heter «Återremiss»"):
        templates.save_text_block(reg, "Återremiss", "x")
    with pytest.raises(UserError, match=r"Textblocket «Tomt» är tomt\."):
        templates.save_text_block(reg, "Tomt", "  \n ")
    assert w.snapshot(reg) == before
    templates.save_text_block(reg, "Ärendet i korthet", "Ändrad text.", block_id=first)
    templates.delete_text_block(reg, first)
    assert [b.text for b in templates.text_blocks(reg)] == [
        "Ärendet återremitteras för komplettering."]


def test_two_windows_saving_one_template_and_the_wordings(world: w.World) -> None:
    """The second of two windows that read the same version is refused, with nothing
    changed; the dialog's one Spara writes items and kallelse period together or not at all."""
    from kraftdesk.domain.errors import ChangedError
    from kraftdesk.services import notices

    reg, ks = world.register, world.body["KS"]
    seen = templates.body_template_version(reg, ks)
    templates.save_body_template(reg, ks, [TemplateItemEntry(AgendaPlacement.START, "Upprop")],
                                 7, expected_version=seen)
    before = w.snapshot(reg)
    with pytest.raises(ChangedError, match="Uppgiften har ändrats av någon annan"):
        templates.save_body_template(reg, ks, [TemplateItemEntry(AgendaPlacement.END, "X")],
                                     3, expected_version=seen)
    with pytest.raises(UserError, match="Kallelsetiden måste vara mellan 0 och 60 dagar"):
        templates.save_body_template(reg, ks, [TemplateItemEntry(AgendaPlacement.END, "X")],
                                     99, expected_version=templates.body_template_version(reg, ks))
    assert w.snapshot(reg) == before
    assert [r.title for r in templates.agenda_template(reg, ks)] == ["Upprop"]
    assert notices.notice_days(reg, ks) == 7

    texts = templates.standard_texts(reg)
    read = templates.standard_texts_version(reg)
    mine = templates.StandardTexts("Anmäl förhinder till sekreteraren.",
                                   texts.reported_items_decision,
                                   texts.delegated_decisions_decision)
    templates.set_standard_texts(reg, mine, expected_version=read)
    with pytest.raises(ChangedError, match="standardtexterna"):
        templates.set_standard_texts(reg, texts, expected_version=read)
    assert templates.standard_texts(reg).notice_absence == "Anmäl förhinder till sekreteraren."


def test_two_windows_saving_one_text_block(world: w.World) -> None:
    """Both read version 1; the first save wins, the second is refused in Swedish with
    nothing changed, and so is deleting what was read before the change."""
    reg = world.register
    block_id = templates.save_text_block(reg, "Återremiss", "Ärendet återremitteras.").id
    (read,) = templates.text_blocks(reg)
    assert read.version == 1
    templates.save_text_block(reg, "Återremiss", "Den första ändringen.", block_id=block_id,
                              expected_version=read.version)
    before = w.snapshot(reg)
    with pytest.raises(ChangedError, match=re.escape(CHANGED_MESSAGE) + r" \(textblocket "
                       "«Återremiss»\\)"):
        templates.save_text_block(reg, "Återremiss", "Den andra ändringen.",
                                  block_id=block_id, expected_version=read.version)
    with pytest.raises(ChangedError):
        templates.delete_text_block(reg, block_id, expected_version=read.version)
    assert w.snapshot(reg) == before
    (now,) = templates.text_blocks(reg)
    assert (now.text, now.version) == ("Den första ändringen.", 2)
    templates.delete_text_block(reg, block_id, expected_version=now.version)
    assert templates.text_blocks(reg) == []
