# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/new_paragraph_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_NewParagraphDialog(object):
    def setupUi(self, new_paragraph_dialog):
        if not new_paragraph_dialog.objectName():
            new_paragraph_dialog.setObjectName(u"new_paragraph_dialog")
        new_paragraph_dialog.resize(520, 240)
        self.dialog_layout = QVBoxLayout(new_paragraph_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.case_number_label = QLabel(new_paragraph_dialog)
        self.case_number_label.setObjectName(u"case_number_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.case_number_label)

        self.case_number_edit = QLineEdit(new_paragraph_dialog)
        self.case_number_edit.setObjectName(u"case_number_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.case_number_edit)

        self.title_label = QLabel(new_paragraph_dialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(new_paragraph_dialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.case_label = QLabel(new_paragraph_dialog)
        self.case_label.setObjectName(u"case_label")
        self.case_label.setWordWrap(True)
        self.case_label.setStyleSheet(u"color: #5f6b73;")

        self.dialog_layout.addWidget(self.case_label)

        self.spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(new_paragraph_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.case_number_label.setBuddy(self.case_number_edit)
        self.title_label.setBuddy(self.title_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(new_paragraph_dialog)

        QMetaObject.connectSlotsByName(new_paragraph_dialog)
    # setupUi

    def retranslateUi(self, new_paragraph_dialog):
        new_paragraph_dialog.setWindowTitle(QCoreApplication.translate("NewParagraphDialog", u"Ny paragraf", None))
        self.case_number_label.setText(QCoreApplication.translate("NewParagraphDialog", u"&Diarienummer:", None))
        self.case_number_edit.setPlaceholderText(QCoreApplication.translate("NewParagraphDialog", u"l\u00e4mna tomt f\u00f6r en punkt utan \u00e4rende", None))
        self.title_label.setText(QCoreApplication.translate("NewParagraphDialog", u"&Rubrik:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("NewParagraphDialog", u"\u00e4rendets mening om tomt", None))
    # retranslateUi
