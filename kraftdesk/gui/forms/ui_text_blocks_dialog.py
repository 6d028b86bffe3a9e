# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/text_blocks_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout)

class Ui_TextBlocksDialog(object):
    def setupUi(self, text_blocks_dialog):
        if not text_blocks_dialog.objectName():
            text_blocks_dialog.setObjectName(u"text_blocks_dialog")
        text_blocks_dialog.resize(760, 460)
        self.dialog_layout = QVBoxLayout(text_blocks_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(text_blocks_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.blocks_list = QListWidget(text_blocks_dialog)
        self.blocks_list.setObjectName(u"blocks_list")
        self.blocks_list.setAlternatingRowColors(True)

        self.body_layout.addWidget(self.blocks_list)

        self.edit_layout = QVBoxLayout()
        self.edit_layout.setObjectName(u"edit_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.name_label = QLabel(text_blocks_dialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(text_blocks_dialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)


        self.edit_layout.addLayout(self.form_layout)

        self.text_label = QLabel(text_blocks_dialog)
        self.text_label.setObjectName(u"text_label")

        self.edit_layout.addWidget(self.text_label)

        self.text_edit = QPlainTextEdit(text_blocks_dialog)
        self.text_edit.setObjectName(u"text_edit")

        self.edit_layout.addWidget(self.text_edit)


        self.body_layout.addLayout(self.edit_layout)

        self.body_layout.setStretch(0, 1)
        self.body_layout.setStretch(1, 2)

        self.dialog_layout.addLayout(self.body_layout)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.new_button = QPushButton(text_blocks_dialog)
        self.new_button.setObjectName(u"new_button")

        self.buttons_layout.addWidget(self.new_button)

        self.save_button = QPushButton(text_blocks_dialog)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)

        self.delete_button = QPushButton(text_blocks_dialog)
        self.delete_button.setObjectName(u"delete_button")

        self.buttons_layout.addWidget(self.delete_button)

        self.buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(text_blocks_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.text_label.setBuddy(self.text_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(text_blocks_dialog)

        QMetaObject.connectSlotsByName(text_blocks_dialog)
    # setupUi

    def retranslateUi(self, text_blocks_dialog):
        text_blocks_dialog.setWindowTitle(QCoreApplication.translate("TextBlocksDialog", u"Textblock", None))
        self.intro_label.setText(QCoreApplication.translate("TextBlocksDialog", u"Texter du \u00e5teranv\u00e4nder: en standardsammanfattning, en standardbeslutspunkt. Infoga dem i paragrafredigeraren med Infoga textblock.", None))
        self.name_label.setText(QCoreApplication.translate("TextBlocksDialog", u"&Namn:", None))
        self.text_label.setText(QCoreApplication.translate("TextBlocksDialog", u"&Text:", None))
        self.new_button.setText(QCoreApplication.translate("TextBlocksDialog", u"&Nytt", None))
        self.save_button.setText(QCoreApplication.translate("TextBlocksDialog", u"&Spara", None))
        self.delete_button.setText(QCoreApplication.translate("TextBlocksDialog", u"&Ta bort\u2026", None))
    # retranslateUi
