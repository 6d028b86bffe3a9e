# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/ledger_page.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_LedgerPage(object):
    def setupUi(self, ledger_page):
        if not ledger_page.objectName():
            ledger_page.setObjectName(u"ledger_page")
        ledger_page.resize(900, 600)
        self.page_layout = QVBoxLayout(ledger_page)
        self.page_layout.setObjectName(u"page_layout")
        self.heading_layout = QHBoxLayout()
        self.heading_layout.setObjectName(u"heading_layout")
        self.title_label = QLabel(ledger_page)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.heading_layout.addWidget(self.title_label)

        self.heading_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heading_layout.addItem(self.heading_spacer)

        self.summary_label = QLabel(ledger_page)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setStyleSheet(u"font-weight: 600;")

        self.heading_layout.addWidget(self.summary_label)


        self.page_layout.addLayout(self.heading_layout)

        self.intro_label = QLabel(ledger_page)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.filter_label = QLabel(ledger_page)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_layout.addWidget(self.filter_label)

        self.filter_edit = QLineEdit(ledger_page)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.filter_edit)


        self.page_layout.addLayout(self.filter_layout)

        self.ledger_view = QTableView(ledger_page)
        self.ledger_view.setObjectName(u"ledger_view")
        self.ledger_view.setAcceptDrops(True)
        self.ledger_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledger_view.setDragDropOverwriteMode(True)
        self.ledger_view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.ledger_view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.ledger_view.setAlternatingRowColors(True)
        self.ledger_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ledger_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ledger_view.setSortingEnabled(True)
        self.ledger_view.setWordWrap(False)
        self.ledger_view.horizontalHeader().setStretchLastSection(True)
        self.ledger_view.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.ledger_view)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.receive_text_button = QPushButton(ledger_page)
        self.receive_text_button.setObjectName(u"receive_text_button")

        self.buttons_layout.addWidget(self.receive_text_button)

        self.receive_pdf_button = QPushButton(ledger_page)
        self.receive_pdf_button.setObjectName(u"receive_pdf_button")

        self.buttons_layout.addWidget(self.receive_pdf_button)

        self.withdraw_button = QPushButton(ledger_page)
        self.withdraw_button.setObjectName(u"withdraw_button")

        self.buttons_layout.addWidget(self.withdraw_button)

        self.reminder_button = QPushButton(ledger_page)
        self.reminder_button.setObjectName(u"reminder_button")

        self.buttons_layout.addWidget(self.reminder_button)

        self.reminder_mail_button = QPushButton(ledger_page)
        self.reminder_mail_button.setObjectName(u"reminder_mail_button")

        self.buttons_layout.addWidget(self.reminder_mail_button)

        self.buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.open_paragraph_button = QPushButton(ledger_page)
        self.open_paragraph_button.setObjectName(u"open_paragraph_button")

        self.buttons_layout.addWidget(self.open_paragraph_button)


        self.page_layout.addLayout(self.buttons_layout)

        self.hint_label = QLabel(ledger_page)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(u"color: #5f6b73;")

        self.page_layout.addWidget(self.hint_label)

        self.returning_group = QGroupBox(ledger_page)
        self.returning_group.setObjectName(u"returning_group")
        self.returning_layout = QVBoxLayout(self.returning_group)
        self.returning_layout.setObjectName(u"returning_layout")
        self.returning_intro_label = QLabel(self.returning_group)
        self.returning_intro_label.setObjectName(u"returning_intro_label")
        self.returning_intro_label.setWordWrap(True)

        self.returning_layout.addWidget(self.returning_intro_label)

        self.returning_view = QTableView(self.returning_group)
        self.returning_view.setObjectName(u"returning_view")
        self.returning_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.returning_view.setAlternatingRowColors(True)
        self.returning_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.returning_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.returning_view.setWordWrap(False)
        self.returning_view.horizontalHeader().setStretchLastSection(True)
        self.returning_view.verticalHeader().setVisible(False)

        self.returning_layout.addWidget(self.returning_view)

        self.returning_buttons_layout = QHBoxLayout()
        self.returning_buttons_layout.setObjectName(u"returning_buttons_layout")
        self.returning_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.returning_buttons_layout.addItem(self.returning_spacer)

        self.open_case_button = QPushButton(self.returning_group)
        self.open_case_button.setObjectName(u"open_case_button")

        self.returning_buttons_layout.addWidget(self.open_case_button)


        self.returning_layout.addLayout(self.returning_buttons_layout)


        self.page_layout.addWidget(self.returning_group)

#if QT_CONFIG(shortcut)
        self.filter_label.setBuddy(self.filter_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ledger_page)

        QMetaObject.connectSlotsByName(ledger_page)
    # setupUi

    def retranslateUi(self, ledger_page):
        self.title_label.setText(QCoreApplication.translate("LedgerPage", u"Bevakning", None))
        self.intro_label.setText(QCoreApplication.translate("LedgerPage", u"Utlovade reservationer, s\u00e4rskilda yttranden och protokollsanteckningar som inte har kommit in. Fristen \u00e4r justeringens tid.", None))
        self.filter_label.setText(QCoreApplication.translate("LedgerPage", u"&Filtrera:", None))
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("LedgerPage", u"namn, parti, organ eller diarienummer", None))
        self.receive_text_button.setText(QCoreApplication.translate("LedgerPage", u"Markera &inkommen\u2026", None))
#if QT_CONFIG(tooltip)
        self.receive_text_button.setToolTip(QCoreApplication.translate("LedgerPage", u"Klistra in den inkomna texten", None))
#endif // QT_CONFIG(tooltip)
        self.receive_pdf_button.setText(QCoreApplication.translate("LedgerPage", u"Inkommen som &PDF\u2026", None))
        self.withdraw_button.setText(QCoreApplication.translate("LedgerPage", u"\u00c5ter&kallad\u2026", None))
        self.reminder_button.setText(QCoreApplication.translate("LedgerPage", u"&Kopiera p\u00e5minnelse", None))
#if QT_CONFIG(tooltip)
        self.reminder_button.setToolTip(QCoreApplication.translate("LedgerPage", u"Kopiera en p\u00e5minnelse till f\u00f6rfattarna, att klistra in i ett e-postmeddelande", None))
#endif // QT_CONFIG(tooltip)
        self.reminder_mail_button.setText(QCoreApplication.translate("LedgerPage", u"E-&posta p\u00e5minnelse", None))
#if QT_CONFIG(tooltip)
        self.reminder_mail_button.setToolTip(QCoreApplication.translate("LedgerPage", u"Skriv en p\u00e5minnelse till f\u00f6rfattarna som e-postmeddelande och \u00f6ppna det i e-postprogrammet", None))
#endif // QT_CONFIG(tooltip)
        self.open_paragraph_button.setText(QCoreApplication.translate("LedgerPage", u"\u00d6ppna &sammantr\u00e4det", None))
        self.hint_label.setText(QCoreApplication.translate("LedgerPage", u"Tips: dra en PDF-fil fr\u00e5n utforskaren eller e-postprogrammet till en rad f\u00f6r att markera texten som inkommen.", None))
        self.returning_group.setTitle(QCoreApplication.translate("LedgerPage", u"\u00c4renden som ska tas upp igen", None))
        self.returning_intro_label.setText(QCoreApplication.translate("LedgerPage", u"Bordlagda och \u00e5terremitterade \u00e4renden. De st\u00e5r h\u00e4r tills de finns p\u00e5 f\u00f6redragningslistan till ett senare sammantr\u00e4de.", None))
        self.open_case_button.setText(QCoreApplication.translate("LedgerPage", u"\u00d6ppna &\u00e4rendet", None))
        pass
    # retranslateUi
