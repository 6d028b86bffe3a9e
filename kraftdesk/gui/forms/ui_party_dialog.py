# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/party_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_PartyDialog(object):
    def setupUi(self, party_dialog):
        if not party_dialog.objectName():
            party_dialog.setObjectName(u"party_dialog")
        party_dialog.resize(420, 160)
        self.party_dialog_layout = QVBoxLayout(party_dialog)
        self.party_dialog_layout.setObjectName(u"party_dialog_layout")
        self.party_form = QFormLayout()
        self.party_form.setObjectName(u"party_form")
        self.abbreviation_edit_label = QLabel(party_dialog)
        self.abbreviation_edit_label.setObjectName(u"abbreviation_edit_label")

        self.party_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.abbreviation_edit_label)

        self.abbreviation_edit = QLineEdit(party_dialog)
        self.abbreviation_edit.setObjectName(u"abbreviation_edit")

        self.party_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.abbreviation_edit)

        self.name_edit_label = QLabel(party_dialog)
        self.name_edit_label.setObjectName(u"name_edit_label")

        self.party_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_edit_label)

        self.name_edit = QLineEdit(party_dialog)
        self.name_edit.setObjectName(u"name_edit")

        self.party_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)


        self.party_dialog_layout.addLayout(self.party_form)

        self.party_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.party_dialog_layout.addItem(self.party_spacer)

        self.button_box = QDialogButtonBox(party_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.party_dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.abbreviation_edit_label.setBuddy(self.abbreviation_edit)
        self.name_edit_label.setBuddy(self.name_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(party_dialog)

        QMetaObject.connectSlotsByName(party_dialog)
    # setupUi

    def retranslateUi(self, party_dialog):
        party_dialog.setWindowTitle(QCoreApplication.translate("PartyDialog", u"Parti", None))
        self.abbreviation_edit_label.setText(QCoreApplication.translate("PartyDialog", u"&F\u00f6rkortning:", None))
        self.abbreviation_edit.setPlaceholderText(QCoreApplication.translate("PartyDialog", u"till exempel S, VF eller s", None))
        self.name_edit_label.setText(QCoreApplication.translate("PartyDialog", u"&Namn:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("PartyDialog", u"till exempel Socialdemokraterna", None))
    # retranslateUi
