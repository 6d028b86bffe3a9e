# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/appendix_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_AppendixDialog(object):
    def setupUi(self, appendix_dialog):
        if not appendix_dialog.objectName():
            appendix_dialog.setObjectName(u"appendix_dialog")
        appendix_dialog.resize(560, 220)
        self.dialog_layout = QVBoxLayout(appendix_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.file_label = QLabel(appendix_dialog)
        self.file_label.setObjectName(u"file_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(appendix_dialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.choose_button = QPushButton(appendix_dialog)
        self.choose_button.setObjectName(u"choose_button")

        self.file_layout.addWidget(self.choose_button)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_layout)

        self.title_label = QLabel(appendix_dialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(appendix_dialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.target_label = QLabel(appendix_dialog)
        self.target_label.setObjectName(u"target_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.target_label)

        self.target_combo = QComboBox(appendix_dialog)
        self.target_combo.setObjectName(u"target_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.target_combo)


        self.dialog_layout.addLayout(self.form_layout)

        self.spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(appendix_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_edit)
        self.title_label.setBuddy(self.title_edit)
        self.target_label.setBuddy(self.target_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(appendix_dialog)

        QMetaObject.connectSlotsByName(appendix_dialog)
    # setupUi

    def retranslateUi(self, appendix_dialog):
        appendix_dialog.setWindowTitle(QCoreApplication.translate("AppendixDialog", u"Dokument som bilaga", None))
        self.file_label.setText(QCoreApplication.translate("AppendixDialog", u"&Fil:", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("AppendixDialog", u"en PDF-fil", None))
        self.choose_button.setText(QCoreApplication.translate("AppendixDialog", u"&V\u00e4lj\u2026", None))
        self.title_label.setText(QCoreApplication.translate("AppendixDialog", u"&Rubrik:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("AppendixDialog", u"till exempel Ekonomisk redovisning 2026", None))
        self.target_label.setText(QCoreApplication.translate("AppendixDialog", u"Bilaga &till:", None))
    # retranslateUi
