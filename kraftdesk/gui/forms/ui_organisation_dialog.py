# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/organisation_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout)

class Ui_OrganisationDialog(object):
    def setupUi(self, organisation_dialog):
        if not organisation_dialog.objectName():
            organisation_dialog.setObjectName(u"organisation_dialog")
        organisation_dialog.resize(620, 640)
        self.organisation_dialog_layout = QVBoxLayout(organisation_dialog)
        self.organisation_dialog_layout.setObjectName(u"organisation_dialog_layout")
        self.organisation_form = QFormLayout()
        self.organisation_form.setObjectName(u"organisation_form")
        self.name_edit_label = QLabel(organisation_dialog)
        self.name_edit_label.setObjectName(u"name_edit_label")

        self.organisation_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_edit_label)

        self.name_edit = QLineEdit(organisation_dialog)
        self.name_edit.setObjectName(u"name_edit")

        self.organisation_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.example_edit_label = QLabel(organisation_dialog)
        self.example_edit_label.setObjectName(u"example_edit_label")

        self.organisation_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.example_edit_label)

        self.example_edit = QLineEdit(organisation_dialog)
        self.example_edit.setObjectName(u"example_edit")

        self.organisation_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.example_edit)

        self.format_label_label = QLabel(organisation_dialog)
        self.format_label_label.setObjectName(u"format_label_label")

        self.organisation_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.format_label_label)

        self.format_label = QLabel(organisation_dialog)
        self.format_label.setObjectName(u"format_label")
        self.format_label.setWordWrap(True)

        self.organisation_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.format_label)

        self.address_edit_label = QLabel(organisation_dialog)
        self.address_edit_label.setObjectName(u"address_edit_label")

        self.organisation_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_edit_label)

        self.address_edit = QLineEdit(organisation_dialog)
        self.address_edit.setObjectName(u"address_edit")

        self.organisation_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.logo_view_label = QLabel(organisation_dialog)
        self.logo_view_label.setObjectName(u"logo_view_label")

        self.organisation_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.logo_view_label)

        self.logo_layout = QHBoxLayout()
        self.logo_layout.setObjectName(u"logo_layout")
        self.logo_view = QLabel(organisation_dialog)
        self.logo_view.setObjectName(u"logo_view")

        self.logo_layout.addWidget(self.logo_view)

        self.choose_logo_button = QPushButton(organisation_dialog)
        self.choose_logo_button.setObjectName(u"choose_logo_button")

        self.logo_layout.addWidget(self.choose_logo_button)

        self.remove_logo_button = QPushButton(organisation_dialog)
        self.remove_logo_button.setObjectName(u"remove_logo_button")

        self.logo_layout.addWidget(self.remove_logo_button)


        self.organisation_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.logo_layout)

        self.kept_at_edit_label = QLabel(organisation_dialog)
        self.kept_at_edit_label.setObjectName(u"kept_at_edit_label")

        self.organisation_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.kept_at_edit_label)

        self.kept_at_edit = QLineEdit(organisation_dialog)
        self.kept_at_edit.setObjectName(u"kept_at_edit")

        self.organisation_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kept_at_edit)

        self.numbering_combo_label = QLabel(organisation_dialog)
        self.numbering_combo_label.setObjectName(u"numbering_combo_label")

        self.organisation_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.numbering_combo_label)

        self.numbering_combo = QComboBox(organisation_dialog)
        self.numbering_combo.setObjectName(u"numbering_combo")

        self.organisation_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.numbering_combo)

        self.take_down_combo_label = QLabel(organisation_dialog)
        self.take_down_combo_label.setObjectName(u"take_down_combo_label")

        self.organisation_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.take_down_combo_label)

        self.take_down_combo = QComboBox(organisation_dialog)
        self.take_down_combo.setObjectName(u"take_down_combo")

        self.organisation_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.take_down_combo)

        self.distribution_edit_label = QLabel(organisation_dialog)
        self.distribution_edit_label.setObjectName(u"distribution_edit_label")

        self.organisation_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.distribution_edit_label)

        self.distribution_edit = QLineEdit(organisation_dialog)
        self.distribution_edit.setObjectName(u"distribution_edit")

        self.organisation_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.distribution_edit)

        self.special_text_edit_label = QLabel(organisation_dialog)
        self.special_text_edit_label.setObjectName(u"special_text_edit_label")

        self.organisation_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.special_text_edit_label)

        self.special_text_edit = QPlainTextEdit(organisation_dialog)
        self.special_text_edit.setObjectName(u"special_text_edit")
        self.special_text_edit.setTabChangesFocus(True)

        self.organisation_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.special_text_edit)

        self.reservation_text_edit_label = QLabel(organisation_dialog)
        self.reservation_text_edit_label.setObjectName(u"reservation_text_edit_label")

        self.organisation_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.reservation_text_edit_label)

        self.reservation_text_edit = QPlainTextEdit(organisation_dialog)
        self.reservation_text_edit.setObjectName(u"reservation_text_edit")
        self.reservation_text_edit.setTabChangesFocus(True)

        self.organisation_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.reservation_text_edit)

        self.reservation_received_edit_label = QLabel(organisation_dialog)
        self.reservation_received_edit_label.setObjectName(u"reservation_received_edit_label")

        self.organisation_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.reservation_received_edit_label)

        self.reservation_received_edit = QLineEdit(organisation_dialog)
        self.reservation_received_edit.setObjectName(u"reservation_received_edit")

        self.organisation_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.reservation_received_edit)

        self.pdf_limit_spin_label = QLabel(organisation_dialog)
        self.pdf_limit_spin_label.setObjectName(u"pdf_limit_spin_label")

        self.organisation_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.pdf_limit_spin_label)

        self.pdf_limit_spin = QSpinBox(organisation_dialog)
        self.pdf_limit_spin.setObjectName(u"pdf_limit_spin")

        self.organisation_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.pdf_limit_spin)


        self.organisation_dialog_layout.addLayout(self.organisation_form)

        self.button_box = QDialogButtonBox(organisation_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.organisation_dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_edit_label.setBuddy(self.name_edit)
        self.example_edit_label.setBuddy(self.example_edit)
        self.format_label_label.setBuddy(self.format_label)
        self.address_edit_label.setBuddy(self.address_edit)
        self.logo_view_label.setBuddy(self.logo_view)
        self.kept_at_edit_label.setBuddy(self.kept_at_edit)
        self.numbering_combo_label.setBuddy(self.numbering_combo)
        self.take_down_combo_label.setBuddy(self.take_down_combo)
        self.distribution_edit_label.setBuddy(self.distribution_edit)
        self.special_text_edit_label.setBuddy(self.special_text_edit)
        self.reservation_text_edit_label.setBuddy(self.reservation_text_edit)
        self.reservation_received_edit_label.setBuddy(self.reservation_received_edit)
        self.pdf_limit_spin_label.setBuddy(self.pdf_limit_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(organisation_dialog)

        QMetaObject.connectSlotsByName(organisation_dialog)
    # setupUi

    def retranslateUi(self, organisation_dialog):
        organisation_dialog.setWindowTitle(QCoreApplication.translate("OrganisationDialog", u"Organisationens inst\u00e4llningar", None))
        self.name_edit_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Namn:", None))
        self.example_edit_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Diarienummer, exempel:", None))
        self.example_edit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"till exempel KS 2027/12", None))
        self.format_label_label.setText(QCoreApplication.translate("OrganisationDialog", u"Format:", None))
        self.address_edit_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Adressrad:", None))
        self.address_edit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"skrivs under namnet i varje PDF", None))
        self.logo_view_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Logotyp:", None))
        self.logo_view.setText(QCoreApplication.translate("OrganisationDialog", u"(ingen)", None))
        self.choose_logo_button.setText(QCoreApplication.translate("OrganisationDialog", u"V\u00e4lj &bild\u2026", None))
        self.remove_logo_button.setText(QCoreApplication.translate("OrganisationDialog", u"Ta &bort", None))
        self.kept_at_edit_label.setText(QCoreApplication.translate("OrganisationDialog", u"&F\u00f6rvaringsplats:", None))
        self.kept_at_edit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"f\u00f6rvaringsplats f\u00f6r protokollen", None))
        self.numbering_combo_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Numrering:", None))
        self.take_down_combo_label.setText(QCoreApplication.translate("OrganisationDialog", u"Anslaget &tas ned:", None))
        self.distribution_edit_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Expediering, rubrik:", None))
        self.special_text_edit_label.setText(QCoreApplication.translate("OrganisationDialog", u"Ej inkommet &yttrande:", None))
        self.reservation_text_edit_label.setText(QCoreApplication.translate("OrganisationDialog", u"Ej inkommen &reservation:", None))
        self.reservation_received_edit_label.setText(QCoreApplication.translate("OrganisationDialog", u"Inko&mmen reservation:", None))
        self.reservation_received_edit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"l\u00e4mnar skriftlig reservation", None))
#if QT_CONFIG(tooltip)
        self.reservation_received_edit.setToolTip(QCoreApplication.translate("OrganisationDialog", u"Hur det s\u00e4gs n\u00e4r den skriftliga reservationen har kommit in: \u00abAnna Ek (S) reserverar sig mot beslutet och l\u00e4mnar skriftlig reservation, bilaga 1.\u00bb", None))
#endif // QT_CONFIG(tooltip)
        self.pdf_limit_spin_label.setText(QCoreApplication.translate("OrganisationDialog", u"Inkomna PDF-filer, &h\u00f6gst:", None))
        self.pdf_limit_spin.setSuffix(QCoreApplication.translate("OrganisationDialog", u" MB", None))
#if QT_CONFIG(tooltip)
        self.pdf_limit_spin.setToolTip(QCoreApplication.translate("OrganisationDialog", u"Den st\u00f6rsta PDF-fil som tas emot som s\u00e4rskilt yttrande eller reservation.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
