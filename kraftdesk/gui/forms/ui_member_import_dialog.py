# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/member_import_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_MemberImportDialog(object):
    def setupUi(self, member_import_dialog):
        if not member_import_dialog.objectName():
            member_import_dialog.setObjectName(u"member_import_dialog")
        member_import_dialog.resize(760, 520)
        self.member_import_dialog_layout = QVBoxLayout(member_import_dialog)
        self.member_import_dialog_layout.setObjectName(u"member_import_dialog_layout")
        self.intro_label = QLabel(member_import_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.member_import_dialog_layout.addWidget(self.intro_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(member_import_dialog)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(member_import_dialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)


        self.member_import_dialog_layout.addLayout(self.file_layout)

        self.summary_label = QLabel(member_import_dialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.member_import_dialog_layout.addWidget(self.summary_label)

        self.preview_table = QTableWidget(member_import_dialog)
        if (self.preview_table.columnCount() < 5):
            self.preview_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.preview_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.preview_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.preview_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.preview_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.preview_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.preview_table.verticalHeader().setVisible(False)

        self.member_import_dialog_layout.addWidget(self.preview_table)

        self.button_box = QDialogButtonBox(member_import_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.member_import_dialog_layout.addWidget(self.button_box)


        self.retranslateUi(member_import_dialog)

        QMetaObject.connectSlotsByName(member_import_dialog)
    # setupUi

    def retranslateUi(self, member_import_dialog):
        member_import_dialog.setWindowTitle(QCoreApplication.translate("MemberImportDialog", u"L\u00e4s in ledamotslista", None))
        self.intro_label.setText(QCoreApplication.translate("MemberImportDialog", u"En CSV-fil fr\u00e5n Excel med kolumnerna organ;namn;parti;uppdrag;fr\u00e5n;till (och om du vill anteckning;e-post;telefon). Inget sparas f\u00f6rr\u00e4n du klickar L\u00e4s in.", None))
        self.browse_button.setText(QCoreApplication.translate("MemberImportDialog", u"&V\u00e4lj fil\u2026", None))
        self.summary_label.setText("")
        ___qtablewidgetitem = self.preview_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MemberImportDialog", u"Rad", None))
        ___qtablewidgetitem1 = self.preview_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MemberImportDialog", u"Organ", None))
        ___qtablewidgetitem2 = self.preview_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MemberImportDialog", u"Uppdrag", None))
        ___qtablewidgetitem3 = self.preview_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MemberImportDialog", u"Period", None))
        ___qtablewidgetitem4 = self.preview_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MemberImportDialog", u"Person", None))
    # retranslateUi
