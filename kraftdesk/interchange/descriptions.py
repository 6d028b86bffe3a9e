# SPDX-License-Identifier: EUPL-1.2
"""English descriptions for the JSON Schema: every collection, and the columns that need one.

Types, formats, enumerated values and references are described automatically from the
models; this adds what a reader cannot guess. A new table needs an entry in COLLECTIONS
(tests/interchange/test_schema.py says so).
"""

from __future__ import annotations

COLLECTIONS = {
    "organisation": "The kommun or region that owns the register, with its local settings. "
                    "A register holds exactly one.",
    "term": "A mandatperiod (term of office), e.g. 2027-01-01 to 2030-12-31. Terms do not "
            "overlap.",
    "party": "A party, written as its abbreviation in parentheses after names: \"(M)\".",
    "body": "A decision-making body (organ): kommunfullmäktige, kommunstyrelsen, an "
            "arbetsutskott, a nämnd, a bolagsstyrelse.",
    "person": "A member, substitute, official or secretary.",
    "membership": "A person's seat in a body for a period.",
    "case": "An ärende, with its diarienummer. Its handlings are the paragraphs referring to it.",
    "stored_file": "A file kept in the register (a received PDF statement, a sealed PDF). "
                   "`sha256` is checked against `content` on import.",
    "meeting": "A sammanträde of one body and the state of its minutes. Times are local "
               "Swedish time, as written in the minutes.",
    "meeting_approver": "A justerare appointed at the meeting, besides the chair.",
    "attendance": "Who attended the meeting, and in which capacity.",
    "paragraph": "A paragraph (§) of the minutes, or an agenda item until it has a number.",
    "decision_point": "A numbered beslutspunkt of the paragraph's decision.",
    "basis_document": "A line of Beslutsunderlag: free text, or a reference to another "
                      "handling of the case (another paragraph in the register).",
    "distribution": "A recipient of an extract (Protokollsutdrag skickas till).",
    "paragraph_section": "A free section of the paragraph, with its heading.",
    "paragraph_attendance": "An exception to the meeting's attendance for one paragraph: "
                            "jäv, absence, a substitute serving.",
    "proposal": "A yrkande made at the meeting.",
    "proposal_author": "A member who made the proposal, in the order named.",
    "vote": "An open vote (omröstning) with its approved proposition.",
    "ballot": "One member's vote: yes (Ja), no (Nej) or abstain (Avstår).",
    "statement": "A reservation, särskilt yttrande or protokollsanteckning announced at the "
                 "meeting, and the ledger of its promised text.",
    "statement_author": "An author of the statement, in the order named (at least one).",
    "statement_concurrence": "A member joining the statement without being its author "
                             "(Med instämmande av).",
    "appendix": "A bilaga of the minutes, numbered per minutes. For a statement, `text` is "
                "null: the bilaga is composed from the statement. Registers justerade before "
                "December 2026 hold the placeholder of a promise not received as text here; "
                "it is kept as sealed.",
    "mark": "A mark for the public version: sekretess with its provision, or personal data, "
            "over a whole paragraph, a section, a bilaga or a passage of one stored text; or "
            "the confirmation that a detected number is not a personnummer. Marks belong to "
            "the justerat record (sealed, locked). Optional in the file: files written before "
            "marks existed have no `marks`.",
    "approval": "Who actually justerade what: the chair or a justerare (`role`), for the "
                "paragraphs from_number..to_number (null: all) of the minutes, or, with "
                "`paragraph_id`, the omedelbar justering of that paragraph. The appointed "
                "justerare are the meeting's `approvers`.",
    "paragraph_case": "A further diarienummer of the paragraph (the first is its `case_id`).",
    "check_confirmation": "The protocol checker's warnings, confirmed by the secretary before "
                          "a justering (with `paragraph_id`: before the omedelbar justering of "
                          "that paragraph).",
    "minutes_seal": "The SHA-256 seal taken at justering over the canonical minutes and the "
                    "final PDF. Only justerade minutes have one.",
    "agenda_template_item": "A standard item every new meeting of the body starts or ends "
                            "its agenda with (upprop, val av justerare, …). Added in "
                            "version 4: an older file without the list has none.",
    "reported_item": "A line of the paragraph's list of anmälningsärenden (kind "
                     "\"document\") or delegationsbeslut (\"delegated_decision\"). Added "
                     "in version 4: an older file without the list has none.",
    "dispatch": "Expediering: an extract of the paragraph sent to a recipient of its "
                "distribution list. Added in version 4: an older file without the "
                "list has none.",
    "notice": "A kallelse (or tilläggskallelse) as sent, with the PDF that went out. Added "
              "in version 4: an older file without the list has none.",
    "notice_item": "A paragraph (agenda item) the notice called to.",
    "recipient": "A usual recipient of extracts and its e-mail address. Added in version 4: "
                 "an older file without the list has none.",
    "text_block": "A reusable text of the secretary (a standard sammanfattning, a standard "
                  "decision point). Added in version 4: an older file without the list "
                  "has none.",
    "trust_anchor": "A CA certificate the organisation trusts for electronic signatures "
                    "(DER, base64). Optional list: older files have none.",
    "revocation_list": "A certificate revocation list (CRL, DER, base64) kept for signing "
                       "with long-term validation data offline. Optional list.",
    "minutes_signature": "An electronic (PAdES) signature of the minutes, or a refusal to "
                         "sign, in the order given; `file_id` is the PDF as it stood after "
                         "the signature. Optional list: older files have none.",
    "posting_seal": "The seal of the anslag day, taken when it was recorded (canonical "
                    "version 2). Optional list.",
}

COLUMNS = {
    "mark.provision": "For sekretess: the provision, as printed (\"26 kap. 1 § OSL\").",
    "mark.section": "For a section: summary, free (row_id names the paragraph_section), "
                    "proposals, procedure, votes, recusal, serving, decision, statements, notes, "
                    "basis, approval or distribution.",
    "mark.field": "For a passage: the stored text, as table.column (\"paragraph.summary\", "
                  "\"decision_point.text\", …).",
    "mark.row_id": "The row of `field` (a passage), of paragraph_section (a free section) or "
                   "of appendix (a bilaga).",
    "mark.passage_start": "The first character of the passage in the stored text (0-based).",
    "mark.passage_end": "The character after the passage.",
    "mark.passage_text": "The passage as it was when marked (found again if the text moved).",
    "organisation.justering_method": "How minutes are justerade: electronic signatures, ink "
                                     "on paper, or either. Added after version 1: a file "
                                     "without it means either.",
    "organisation.required_signers": "Whose signatures are required, comma-separated: "
                                     "secretary, chair, approver. Added after version 1.",
    "organisation.timestamp_url": "The time-stamping authority (RFC 3161) signatures use; "
                                  "null: signing offline. Added after version 1.",
    "organisation.fetch_revocation": "Whether revocation data may be fetched from the network "
                                     "when signing. Added after version 1.",
    "organisation.pdfa_part": "PDF/A part of archival PDFs: 1 or 2. Added after version 1.",
    "minutes_seal.audit_head_id": "The audit trail's head (entry id) anchored in the final "
                                  "PDF's metadata (canonical version 2). Added after version 1.",
    "minutes_seal.audit_head_hash": "That entry's hash. Added after version 1.",
    "minutes_signature.round": "Signing round: a refusal or a change of the minutes ends one.",
    "minutes_signature.document_sha256": "SHA-256 of the composed minutes the signer signed.",
    "minutes_signature.level": "PAdES baseline level: B-B, B-T or B-LT.",
    "organisation.case_number_pattern": "A regular expression every diarienummer must match "
                                        "in full; null accepts any. Made from "
                                        "`case_number_example` when that is set (it must "
                                        "then be the pattern the example gives).",
    "organisation.case_number_example": "The diarienummer given as an example of the format: "
                                        "\"KS 2027/12\", \"STK-2027-12\", \"2027/0012\".",
    "organisation.address": "The address line printed under the name in every PDF header.",
    "organisation.logo": "The logo printed in every PDF header: PNG or SVG, base64.",
    "organisation.logo_media_type": "\"image/png\" or \"image/svg+xml\"; set exactly when "
                                    "`logo` is.",
    "organisation.numbering_scheme": "How paragraph numbers run: per body and calendar year, "
                                     "or from 1 in every minutes.",
    "organisation.take_down_rule": "When the posting (anslag) may come down.",
    "organisation.minutes_kept_at": "Förvaringsplats för protokollet.",
    "organisation.notice_absence_text": "The kallelse's standard text on anmälan av förhinder. "
                                        "Added in version 4: missing in an older file, it takes "
                                        "the default.",
    "organisation.reported_items_decision_text": "The standard decision on anmälningsärenden, "
                                                 "after the body's name (\"lägger "
                                                 "anmälningarna till handlingarna\"). Added "
                                                 "in version 4: missing, it takes the default.",
    "organisation.delegated_decisions_decision_text": "The standard decision on "
                                                      "delegationsbeslut, after the body's "
                                                      "name. Added in version 4: missing, it "
                                                      "takes the default.",
    "body.notice_days": "How many days before a meeting the kallelse must be sent at the "
                        "latest; null: no rule. Added in version 4: missing means null.",
    "paragraph.presenter": "Föredragande, as printed in the kallelse. Added in version 4: "
                           "missing means null.",
    "paragraph.deferral": "Bordlagt (\"tabled\") or återremitterat (\"referred_back\"): the "
                         "case must come back on a later agenda; null: settled. Added in "
                         "version 4: missing means null.",
    "dispatch.recipient": "As on the paragraph's distribution list.",
    "dispatch.final": "A justerat extract; false: a preliminary one, sent before justering.",
    "dispatch.address": "The e-mail address the extract was sent to, if by e-mail.",
    "notice.supplementary": "A tilläggskallelse: only the agenda items added after the "
                            "earlier notices.",
    "notice.file_id": "The PDF as sent.",
    "agenda_template_item.placement": "At the start or at the end of the agenda.",
    "agenda_template_item.decision_text": "The standard decision point the item starts with; "
                                          "null: none.",
    "reported_item.decided_on": "The date of the decision or document.",
    "reported_item.decided_by": "Who decided (delegationsbeslut) or sent it "
                                "(anmälningsärende).",
    "reported_item.case_number": "Its diarienummer.",
    "body.name": "Definite form, as a heading: \"Kommunstyrelsen\".",
    "body.short_name": "Used in references and on the command line: \"KS\".",
    "body.approver_count": "How many justerare besides the chair the body usually appoints.",
    "body.running_name": "The name in running text, definite form (\"kommunstyrelsen\"); "
                         "null: the name with its first letter in lower case.",
    "body.genitive_name": "The genitive in running text (\"kommunstyrelsens\"); null: "
                          "the running name with -s (none after s, x, z).",
    "body.proposes_to_id": "The body whose matters this body prepares (\"föreslår "
                           "kommunfullmäktige besluta\"): the default of its paragraphs.",
    "body.numbering_scheme": "How the body's paragraphs are numbered; null: the "
                             "organisation's scheme.",
    "body.default_place": "The place of a new meeting.",
    "body.default_start_time": "The starting time of a new meeting, HH:MM.",
    "body.justering_days": "Justering so many days after the meeting (0–14).",
    "body.justering_time": "The time of justering, HH:MM.",
    "body.default_secretary_id": "The secretary of a new meeting.",
    "body.retired_on": "The last day the body existed; its history stays.",
    "person.email": "For reminders of promised texts.",
    "person.note": "Tells apart two people of the same name in one party; shown in pickers.",
    "membership.position": "The order of an ersättare in the body (1, 2, …); null for the "
                           "others.",
    "person.pronoun": "For sentences such as \"anmäler att hon avser inkomma …\".",
    "person.title": "For officials and the secretary: \"Nämndsekreterare\".",
    "case.number": "The diarienummer, unique in the register: \"STK-2024-1374\".",
    "case.body_id": "The body whose diarium the case is registered in; null: not said.",
    "stored_file.content": "The file's bytes, base64 (RFC 4648, no line breaks).",
    "stored_file.size": "The number of bytes; checked against `content`.",
    "meeting.is_example": "Example data (the demo register), shown as such.",
    "meeting.approval_due_at": "Justeringens tid, set at the meeting: the deadline of every "
                               "promised text.",
    "meeting.approval_place": "Justeringens plats.",
    "meeting.posted_on": "The day the notice of justering went up on the anslagstavla.",
    "paragraph.series": "The numbering series: the year (\"2026\") per calendar year, the "
                        "meeting date (\"2026-01-07\") per minutes. `number` is unique per "
                        "body and series.",
    "paragraph.position": "Agenda order within the meeting.",
    "paragraph.proposes_to_body_id": "null: the meeting's body decides itself; otherwise it "
                                     "proposes to this body (\"… föreslår kommunfullmäktige "
                                     "besluta\").",
    "paragraph.formula_override": "A decision formula written by hand instead of the "
                                  "composed one.",
    "paragraph.procedure_text": "Beslutsgång written by hand; null: composed from proposals "
                                "and votes.",
    "paragraph.immediately_approved_on": "The day the paragraph was justerad omedelbart.",
    "basis_document.ref_kind": "How the line refers to the other handling; set exactly when "
                               "`ref_paragraph_id` is.",
    "basis_document.text": "The whole line, or what follows the reference.",
    "paragraph_attendance.replaces_person_id": "For kind \"serving\" (and only then): whom "
                                               "the substitute serves for.",
    "attendance.replaces_person_id": "For a serving substitute: the member served for.",
    "attendance.note": "Printed with the name, e.g. \"deltar digitalt\".",
    "attendance.from_number": "The first paragraph (§ number) the row covers; null: from the "
                              "first. A person may have several rows whose paragraphs do not "
                              "overlap.",
    "attendance.to_number": "The last paragraph (§ number) the row covers, included; null: to "
                            "the last.",
    "attendance.arrived_at": "When the person came during the meeting (printed \"kl. 17:20\").",
    "attendance.left_at": "When the person left during the meeting.",
    "paragraph.outcome": "null: an ordinary decision. \"none\": nothing decided, no Beslut "
                         "section; \"report\", \"information\", \"delegation\": the "
                         "standard sentence (\"… lägger informationen till handlingarna\"; "
                         "for reports and delegation decisions the organisation's "
                         "reported_items_decision_text and delegated_decisions_decision_text).",
    "paragraph.acting_chair_id": "The tjänstgörande ordförande of this paragraph (the chair "
                                 "being jävig or absent).",
    "paragraph.immediately_approved_at": "The time of the omedelbar justering (its day is "
                                         "`immediately_approved_on`).",
    "paragraph.immediately_posted_on": "The day the anslag of the omedelbar justering went "
                                       "up; the paragraph's appeal period runs from it.",
    "vote.election": "A val: a tie is settled by lot, not by the chair.",
    "vote.secret": "A closed ballot (slutna sedlar, only at a val): counts, never names.",
    "vote.yes_count": "A closed ballot's Ja votes.",
    "vote.no_count": "A closed ballot's Nej votes.",
    "vote.abstain_count": "A closed ballot's blank votes (avstår).",
    "vote.lot_winner": "At a tied val: the side the lot fell on.",
    "organisation.reservation_received_text": "How a reservation whose written text has "
                                              "arrived is said: \"lämnar skriftlig "
                                              "reservation\".",
    "approval.replaces_person_id": "The appointed justerare (or the chair) this person "
                                   "justerade in place of.",
    "check_confirmation.confirmed_at": "When the warnings were confirmed: ISO 8601, UTC.",
    "check_confirmation.findings": "The warnings as shown, one per line.",
    "proposal.subject": "What the proposal refers to: \"stadskontorets förslag\".",
    "proposal.text": "Own wording of an amendment, addition or own proposal.",
    "vote.yes_meaning": "\"bifall till kommunstyrelsens förslag\".",
    "vote.no_meaning": "\"bifall till Rickard Erikssons yrkande\".",
    "statement.deadline": "When the promised text is due: the justering time.",
    "statement.text": "The received (or dictated) text.",
    "statement.in_favour_of_proposal_id": "A reservation \"till förmån för\" this proposal.",
    "appendix.number": "Bilaga number, per minutes.",
    "minutes_seal.sealed_at": "When the seal was taken: ISO 8601, UTC.",
    "minutes_seal.canonical_version": "Version of the canonical form the content hash is "
                                      "taken over.",
}
