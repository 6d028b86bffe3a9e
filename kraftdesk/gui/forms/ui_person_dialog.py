# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/person_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_PersonDialog(object):
    def setupUi(self, person_dialog):
        if not person_dialog.objectName():
            person_dialog.setObjectName(u"person_dialog")
        person_dialog.resize(480, 360)
        self.person_dialog_layout = QVBoxLayout(person_dialog)
        self.person_dialog_layout.setObjectName(u"person_dialog_layout")
        self.person_form = QFormLayout()
        self.person_form.setObjectName(u"person_form")
        self.name_edit_label = QLabel(person_dialog)
        self.name_edit_label.setObjectName(u"name_edit_label")

        self.person_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_edit_label)

        self.name_edit = QLineEdit(person_dialog)
        self.name_edit.setObjectName(u"name_edit")

        self.person_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.party_combo_label = QLabel(person_dialog)
        self.party_combo_label.setObjectName(u"party_combo_label")

        self.person_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.party_combo_label)

        self.party_combo = QComboBox(person_dialog)
        self.party_combo.setObjectName(u"party_combo")

        self.person_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.party_combo)

        self.note_edit_label = QLabel(person_dialog)
        self.note_edit_label.setObjectName(u"note_edit_label")

        self.person_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_edit_label)

        self.note_edit = QLineEdit(person_dialog)
        self.note_edit.setObjectName(u"note_edit")

        self.person_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.title_edit_label = QLabel(person_dialog)
        self.title_edit_label.setObjectName(u"title_edit_label")

        self.person_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.title_edit_label)

        self.title_edit = QLineEdit(person_dialog)
        self.title_edit.setObjectName(u"title_edit")

        self.person_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.email_edit_label = QLabel(person_dialog)
        self.email_edit_label.setObjectName(u"email_edit_label")

        self.person_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.email_edit_label)

        self.email_edit = QLineEdit(person_dialog)
        self.email_edit.setObjectName(u"email_edit")

        self.person_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.phone_edit_label = QLabel(person_dialog)
        self.phone_edit_label.setObjectName(u"phone_edit_label")

        self.person_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phone_edit_label)

        self.phone_edit = QLineEdit(person_dialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.person_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.pronoun_combo_label = QLabel(person_dialog)
        self.pronoun_combo_label.setObjectName(u"pronoun_combo_label")

        self.person_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.pronoun_combo_label)

        self.pronoun_combo = QComboBox(person_dialog)
        self.pronoun_combo.setObjectName(u"pronoun_combo")

        self.person_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.pronoun_combo)


        self.person_dialog_layout.addLayout(self.person_form)

        self.person_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.person_dialog_layout.addItem(self.person_spacer)

        self.button_box = QDialogButtonBox(person_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.person_dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_edit_label.setBuddy(self.name_edit)
        self.party_combo_label.setBuddy(self.party_combo)
        self.note_edit_label.setBuddy(self.note_edit)
        self.title_edit_label.setBuddy(self.title_edit)
        self.email_edit_label.setBuddy(self.email_edit)
        self.phone_edit_label.setBuddy(self.phone_edit)
        self.pronoun_combo_label.setBuddy(self.pronoun_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(person_dialog)

        QMetaObject.connectSlotsByName(person_dialog)
    # setupUi

    def retranslateUi(self, person_dialog):
        person_dialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.name_edit_label.setText(QCoreApplication.translate("PersonDialog", u"&Namn:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"f\u00f6rnamn och efternamn", None))
        self.party_combo_label.setText(QCoreApplication.translate("PersonDialog", u"&Parti:", None))
        self.note_edit_label.setText(QCoreApplication.translate("PersonDialog", u"&Anteckning:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"skiljer tv\u00e5 med samma namn \u00e5t, t.ex. ort", None))
        self.title_edit_label.setText(QCoreApplication.translate("PersonDialog", u"&Titel:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"f\u00f6r sekreterare och tj\u00e4nstepersoner", None))
        self.email_edit_label.setText(QCoreApplication.translate("PersonDialog", u"&E-post:", None))
        self.phone_edit_label.setText(QCoreApplication.translate("PersonDialog", u"Tele&fon:", None))
        self.pronoun_combo_label.setText(QCoreApplication.translate("PersonDialog", u"P&ronomen:", None))
    # retranslateUi
