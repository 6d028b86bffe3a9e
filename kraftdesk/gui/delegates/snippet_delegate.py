# SPDX-License-Identifier: EUPL-1.2
"""Paints a search snippet with the matched words in bold."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kraftdesk.gui.models.search_table_model import SNIPPET_ROLE
from kraftdesk.services.search import snippet_parts

Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    return "".join(f"<b>{escape(piece)}</b>" if match else escape(piece)
                   for piece, match in snippet_parts(snippet))


class SnippetDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, snippet: str) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(snippet_html(snippet))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        snippet = index.data(SNIPPET_ROLE)
        if not snippet:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        document = self._document(option, snippet)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        offset = max(0, (option.rect.height() - int(document.size().height())) // 2)
        painter.translate(option.rect.left(), option.rect.top() + offset)
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 6))
