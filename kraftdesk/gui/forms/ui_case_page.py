# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/case_page.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTextBrowser,
    QToolButton, QVBoxLayout)

class Ui_CasePage(object):
    def setupUi(self, case_page):
        if not case_page.objectName():
            case_page.setObjectName(u"case_page")
        case_page.resize(1000, 640)
        self.page_layout = QVBoxLayout(case_page)
        self.page_layout.setObjectName(u"page_layout")
        self.heading_layout = QHBoxLayout()
        self.heading_layout.setObjectName(u"heading_layout")
        self.back_button = QToolButton(case_page)
        self.back_button.setObjectName(u"back_button")
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.setAutoRaise(True)

        self.heading_layout.addWidget(self.back_button)

        self.number_label = QLabel(case_page)
        self.number_label.setObjectName(u"number_label")
        self.number_label.setStyleSheet(u"font-size: 16pt; font-weight: 600;")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.heading_layout.addWidget(self.number_label)

        self.heading_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heading_layout.addItem(self.heading_spacer)

        self.status_label = QLabel(case_page)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setStyleSheet(u"padding: 3px 10px; border-radius: 9px; background: #e3ebf0; color: #1f3b4d; font-weight: 600;")

        self.heading_layout.addWidget(self.status_label)


        self.page_layout.addLayout(self.heading_layout)

        self.title_label = QLabel(case_page)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 12pt;")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.title_label)

        self.details_label = QLabel(case_page)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setStyleSheet(u"color: #4a5a66;")
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.details_label)

        self.follow_up_label = QLabel(case_page)
        self.follow_up_label.setObjectName(u"follow_up_label")
        self.follow_up_label.setStyleSheet(u"background: #fff4d6; border: 1px solid #e0c26a; padding: 6px; color: #5a4300;")
        self.follow_up_label.setWordWrap(True)

        self.page_layout.addWidget(self.follow_up_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.agenda_button = QPushButton(case_page)
        self.agenda_button.setObjectName(u"agenda_button")

        self.buttons_layout.addWidget(self.agenda_button)

        self.open_paragraph_button = QPushButton(case_page)
        self.open_paragraph_button.setObjectName(u"open_paragraph_button")

        self.buttons_layout.addWidget(self.open_paragraph_button)

        self.extracts_button = QPushButton(case_page)
        self.extracts_button.setObjectName(u"extracts_button")

        self.buttons_layout.addWidget(self.extracts_button)

        self.buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.rename_button = QPushButton(case_page)
        self.rename_button.setObjectName(u"rename_button")

        self.buttons_layout.addWidget(self.rename_button)

        self.close_button = QPushButton(case_page)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.page_layout.addLayout(self.buttons_layout)

        self.splitter = QSplitter(case_page)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.history_group = QGroupBox(self.splitter)
        self.history_group.setObjectName(u"history_group")
        self.history_layout = QVBoxLayout(self.history_group)
        self.history_layout.setObjectName(u"history_layout")
        self.handlings_view = QTableView(self.history_group)
        self.handlings_view.setObjectName(u"handlings_view")
        self.handlings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.handlings_view.setAlternatingRowColors(True)
        self.handlings_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.handlings_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.handlings_view.setWordWrap(False)
        self.handlings_view.horizontalHeader().setStretchLastSection(True)
        self.handlings_view.verticalHeader().setVisible(False)

        self.history_layout.addWidget(self.handlings_view)

        self.empty_label = QLabel(self.history_group)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setStyleSheet(u"color: #5f6b73;")

        self.history_layout.addWidget(self.empty_label)

        self.splitter.addWidget(self.history_group)
        self.detail_group = QGroupBox(self.splitter)
        self.detail_group.setObjectName(u"detail_group")
        self.detail_layout = QVBoxLayout(self.detail_group)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_browser = QTextBrowser(self.detail_group)
        self.detail_browser.setObjectName(u"detail_browser")
        self.detail_browser.setOpenLinks(False)

        self.detail_layout.addWidget(self.detail_browser)

        self.splitter.addWidget(self.detail_group)

        self.page_layout.addWidget(self.splitter)

        self.page_layout.setStretch(5, 1)

        self.retranslateUi(case_page)

        QMetaObject.connectSlotsByName(case_page)
    # setupUi

    def retranslateUi(self, case_page):
        self.back_button.setText(QCoreApplication.translate("CasePage", u"\u00c4renden", None))
#if QT_CONFIG(tooltip)
        self.back_button.setToolTip(QCoreApplication.translate("CasePage", u"Tillbaka till alla \u00e4renden (Alt+V\u00e4nsterpil)", None))
#endif // QT_CONFIG(tooltip)
        self.agenda_button.setText(QCoreApplication.translate("CasePage", u"S\u00e4tt upp p\u00e5 &f\u00f6redragningslista\u2026", None))
#if QT_CONFIG(tooltip)
        self.agenda_button.setToolTip(QCoreApplication.translate("CasePage", u"Ta upp \u00e4rendet p\u00e5 ett kommande sammantr\u00e4de", None))
#endif // QT_CONFIG(tooltip)
        self.open_paragraph_button.setText(QCoreApplication.translate("CasePage", u"&\u00d6ppna paragrafen", None))
        self.extracts_button.setText(QCoreApplication.translate("CasePage", u"Exportera &utdrag\u2026", None))
#if QT_CONFIG(tooltip)
        self.extracts_button.setToolTip(QCoreApplication.translate("CasePage", u"Ett protokollsutdrag per paragraf i \u00e4rendet, till en mapp", None))
#endif // QT_CONFIG(tooltip)
        self.rename_button.setText(QCoreApplication.translate("CasePage", u"&Byt \u00e4rendemening\u2026", None))
        self.close_button.setText(QCoreApplication.translate("CasePage", u"&Avsluta \u00e4rendet\u2026", None))
        self.history_group.setTitle(QCoreApplication.translate("CasePage", u"Behandling", None))
        self.empty_label.setText(QCoreApplication.translate("CasePage", u"\u00c4rendet har inte behandlats p\u00e5 n\u00e5got sammantr\u00e4de \u00e4nnu.", None))
        self.detail_group.setTitle(QCoreApplication.translate("CasePage", u"Beslut och yttranden", None))
        pass
    # retranslateUi
