# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/case_import_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_CaseImportDialog(object):
    def setupUi(self, case_import_dialog):
        if not case_import_dialog.objectName():
            case_import_dialog.setObjectName(u"case_import_dialog")
        case_import_dialog.resize(760, 520)
        self.case_import_dialog_layout = QVBoxLayout(case_import_dialog)
        self.case_import_dialog_layout.setObjectName(u"case_import_dialog_layout")
        self.intro_label = QLabel(case_import_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.case_import_dialog_layout.addWidget(self.intro_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(case_import_dialog)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(case_import_dialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)


        self.case_import_dialog_layout.addLayout(self.file_layout)

        self.summary_label = QLabel(case_import_dialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.case_import_dialog_layout.addWidget(self.summary_label)

        self.preview_table = QTableWidget(case_import_dialog)
        if (self.preview_table.columnCount() < 6):
            self.preview_table.setColumnCount(6)
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
        __qtablewidgetitem5 = QTableWidgetItem()
        self.preview_table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.preview_table.verticalHeader().setVisible(False)

        self.case_import_dialog_layout.addWidget(self.preview_table)

        self.button_box = QDialogButtonBox(case_import_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.case_import_dialog_layout.addWidget(self.button_box)


        self.retranslateUi(case_import_dialog)

        QMetaObject.connectSlotsByName(case_import_dialog)
    # setupUi

    def retranslateUi(self, case_import_dialog):
        case_import_dialog.setWindowTitle(QCoreApplication.translate("CaseImportDialog", u"L\u00e4s in \u00e4renden fr\u00e5n diariet", None))
        self.intro_label.setText(QCoreApplication.translate("CaseImportDialog", u"En CSV-fil ur diariet (\u00e4rendehanteringssystemet) med kolumnerna diarienummer;rubrik och, om exporten har dem, handl\u00e4ggare;datum. Ett \u00e4rende som redan finns i registret uppdateras; det l\u00e4ggs aldrig in tv\u00e5 g\u00e5nger. Inget sparas f\u00f6rr\u00e4n du klickar L\u00e4s in.", None))
        self.browse_button.setText(QCoreApplication.translate("CaseImportDialog", u"&V\u00e4lj fil\u2026", None))
        self.summary_label.setText("")
        ___qtablewidgetitem = self.preview_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CaseImportDialog", u"Rad", None))
        ___qtablewidgetitem1 = self.preview_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CaseImportDialog", u"Diarienummer", None))
        ___qtablewidgetitem2 = self.preview_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CaseImportDialog", u"Rubrik", None))
        ___qtablewidgetitem3 = self.preview_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CaseImportDialog", u"Handl\u00e4ggare", None))
        ___qtablewidgetitem4 = self.preview_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CaseImportDialog", u"Datum", None))
        ___qtablewidgetitem5 = self.preview_table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CaseImportDialog", u"\u00c5tg\u00e4rd", None))
    # retranslateUi
