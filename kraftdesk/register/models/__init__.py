# SPDX-License-Identifier: EUPL-1.2
"""The register's tables, one module per aggregate. Importing this package registers them all."""

from kraftdesk.register.models.audit import AuditEntry, MinutesSeal
from kraftdesk.register.models.case import Case
from kraftdesk.register.models.dispatch import Dispatch, Recipient
from kraftdesk.register.models.files import StoredFile
from kraftdesk.register.models.mark import Mark
from kraftdesk.register.models.meeting import (
    Approval,
    Attendance,
    CheckConfirmation,
    Meeting,
    MeetingApprover,
    Notice,
    NoticeItem,
)
from kraftdesk.register.models.organisation import (
    Body,
    Membership,
    Organisation,
    Party,
    Person,
    Term,
)
from kraftdesk.register.models.paragraph import (
    BasisDocument,
    DecisionPoint,
    Distribution,
    Paragraph,
    ParagraphAttendance,
    ParagraphCase,
    ParagraphSection,
    ReportedItem,
)
from kraftdesk.register.models.proceedings import Ballot, Proposal, ProposalAuthor, Vote
from kraftdesk.register.models.signing import (
    MinutesSignature,
    PostingSeal,
    RevocationList,
    TrustAnchor,
)
from kraftdesk.register.models.statement import (
    Appendix,
    Statement,
    StatementAuthor,
    StatementConcurrence,
)
from kraftdesk.register.models.templates import AgendaTemplateItem, TextBlock

__all__ = [
    "AgendaTemplateItem", "Appendix", "Approval", "Attendance", "AuditEntry", "Ballot",
    "BasisDocument", "Body", "Case", "CheckConfirmation", "DecisionPoint", "Dispatch",
    "Distribution", "Mark", "Meeting", "MeetingApprover", "Membership", "MinutesSeal",
    "MinutesSignature", "Notice", "NoticeItem", "Organisation", "Paragraph",
    "ParagraphAttendance", "ParagraphCase", "ParagraphSection", "Party", "Person", "PostingSeal",
    "Proposal", "ProposalAuthor", "Recipient", "ReportedItem", "RevocationList", "Statement",
    "StatementAuthor", "StatementConcurrence", "StoredFile", "Term", "TextBlock", "TrustAnchor",
    "Vote",
]
