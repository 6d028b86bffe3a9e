# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/list_page.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_ListPage(object):
    def setupUi(self, list_page):
        if not list_page.objectName():
            list_page.setObjectName(u"list_page")
        list_page.resize(800, 600)
        self.page_layout = QVBoxLayout(list_page)
        self.page_layout.setObjectName(u"page_layout")
        self.heading_layout = QHBoxLayout()
        self.heading_layout.setObjectName(u"heading_layout")
        self.title_label = QLabel(list_page)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.heading_layout.addWidget(self.title_label)

        self.heading_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heading_layout.addItem(self.heading_spacer)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")

        self.heading_layout.addLayout(self.actions_layout)


        self.page_layout.addLayout(self.heading_layout)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.filter_label = QLabel(list_page)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_layout.addWidget(self.filter_label)

        self.filter_edit = QLineEdit(list_page)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.filter_edit)

        self.count_label = QLabel(list_page)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setMinimumSize(QSize(140, 0))

        self.filter_layout.addWidget(self.count_label)


        self.page_layout.addLayout(self.filter_layout)

        self.table_view = QTableView(list_page)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSortingEnabled(True)
        self.table_view.setWordWrap(False)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.table_view)

        self.hint_label = QLabel(list_page)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(u"color: #5f6b73;")

        self.page_layout.addWidget(self.hint_label)

#if QT_CONFIG(shortcut)
        self.filter_label.setBuddy(self.filter_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(list_page)

        QMetaObject.connectSlotsByName(list_page)
    # setupUi

    def retranslateUi(self, list_page):
        self.title_label.setText(QCoreApplication.translate("ListPage", u"Lista", None))
        self.filter_label.setText(QCoreApplication.translate("ListPage", u"&Filtrera:", None))
        pass
    # retranslateUi
