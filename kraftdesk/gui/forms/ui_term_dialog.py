# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/term_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout)

class Ui_TermDialog(object):
    def setupUi(self, term_dialog):
        if not term_dialog.objectName():
            term_dialog.setObjectName(u"term_dialog")
        term_dialog.resize(760, 600)
        self.term_dialog_layout = QVBoxLayout(term_dialog)
        self.term_dialog_layout.setObjectName(u"term_dialog_layout")
        self.intro_label = QLabel(term_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.term_dialog_layout.addWidget(self.intro_label)

        self.term_form = QFormLayout()
        self.term_form.setObjectName(u"term_form")
        self.from_edit_label = QLabel(term_dialog)
        self.from_edit_label.setObjectName(u"from_edit_label")

        self.term_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.from_edit_label)

        self.from_edit = QDateEdit(term_dialog)
        self.from_edit.setObjectName(u"from_edit")
        self.from_edit.setCalendarPopup(True)

        self.term_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.from_edit)

        self.to_edit_label = QLabel(term_dialog)
        self.to_edit_label.setObjectName(u"to_edit_label")

        self.term_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.to_edit_label)

        self.to_edit = QDateEdit(term_dialog)
        self.to_edit.setObjectName(u"to_edit")
        self.to_edit.setCalendarPopup(True)

        self.term_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.to_edit)

        self.file_edit_label = QLabel(term_dialog)
        self.file_edit_label.setObjectName(u"file_edit_label")

        self.term_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.file_edit_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(term_dialog)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(term_dialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)


        self.term_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.file_layout)


        self.term_dialog_layout.addLayout(self.term_form)

        self.retire_label = QLabel(term_dialog)
        self.retire_label.setObjectName(u"retire_label")
        self.retire_label.setWordWrap(True)

        self.term_dialog_layout.addWidget(self.retire_label)

        self.retire_list = QListWidget(term_dialog)
        self.retire_list.setObjectName(u"retire_list")

        self.term_dialog_layout.addWidget(self.retire_list)

        self.summary_label = QLabel(term_dialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.term_dialog_layout.addWidget(self.summary_label)

        self.preview_table = QTableWidget(term_dialog)
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

        self.term_dialog_layout.addWidget(self.preview_table)

        self.button_box = QDialogButtonBox(term_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.term_dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.from_edit_label.setBuddy(self.from_edit)
        self.to_edit_label.setBuddy(self.to_edit)
        self.file_edit_label.setBuddy(self.file_edit)
        self.retire_label.setBuddy(self.retire_list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(term_dialog)

        QMetaObject.connectSlotsByName(term_dialog)
    # setupUi

    def retranslateUi(self, term_dialog):
        term_dialog.setWindowTitle(QCoreApplication.translate("TermDialog", u"Ny mandatperiod", None))
        self.intro_label.setText(QCoreApplication.translate("TermDialog", u"Organen forts\u00e4tter in i den nya mandatperioden. Uppdrag som p\u00e5g\u00e5r dagen f\u00f6re slutar d\u00e5; de nya l\u00e4ses in fr\u00e5n en ledamotslista. Gamla protokoll och uppdrag finns kvar.", None))
        self.from_edit_label.setText(QCoreApplication.translate("TermDialog", u"&Fr\u00e5n och med:", None))
        self.from_edit.setDisplayFormat(QCoreApplication.translate("TermDialog", u"yyyy-MM-dd", None))
        self.to_edit_label.setText(QCoreApplication.translate("TermDialog", u"&Till och med:", None))
        self.to_edit.setDisplayFormat(QCoreApplication.translate("TermDialog", u"yyyy-MM-dd", None))
        self.file_edit_label.setText(QCoreApplication.translate("TermDialog", u"&Ledamotslista:", None))
        self.browse_button.setText(QCoreApplication.translate("TermDialog", u"&V\u00e4lj fil\u2026", None))
        self.retire_label.setText(QCoreApplication.translate("TermDialog", u"Organ som &inte forts\u00e4tter (avvecklas dagen f\u00f6re):", None))
        self.summary_label.setText("")
        ___qtablewidgetitem = self.preview_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TermDialog", u"Rad", None))
        ___qtablewidgetitem1 = self.preview_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TermDialog", u"Organ", None))
        ___qtablewidgetitem2 = self.preview_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("TermDialog", u"Uppdrag", None))
        ___qtablewidgetitem3 = self.preview_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("TermDialog", u"Period", None))
        ___qtablewidgetitem4 = self.preview_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("TermDialog", u"Person", None))
    # retranslateUi
