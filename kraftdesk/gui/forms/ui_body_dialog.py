# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/body_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

class Ui_BodyDialog(object):
    def setupUi(self, body_dialog):
        if not body_dialog.objectName():
            body_dialog.setObjectName(u"body_dialog")
        body_dialog.resize(560, 600)
        self.body_dialog_layout = QVBoxLayout(body_dialog)
        self.body_dialog_layout.setObjectName(u"body_dialog_layout")
        self.body_form = QFormLayout()
        self.body_form.setObjectName(u"body_form")
        self.short_name_edit_label = QLabel(body_dialog)
        self.short_name_edit_label.setObjectName(u"short_name_edit_label")

        self.body_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.short_name_edit_label)

        self.short_name_edit = QLineEdit(body_dialog)
        self.short_name_edit.setObjectName(u"short_name_edit")

        self.body_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.short_name_edit)

        self.name_edit_label = QLabel(body_dialog)
        self.name_edit_label.setObjectName(u"name_edit_label")

        self.body_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_edit_label)

        self.name_edit = QLineEdit(body_dialog)
        self.name_edit.setObjectName(u"name_edit")

        self.body_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.kind_combo_label = QLabel(body_dialog)
        self.kind_combo_label.setObjectName(u"kind_combo_label")

        self.body_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_combo_label)

        self.kind_combo = QComboBox(body_dialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.body_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.parent_combo_label = QLabel(body_dialog)
        self.parent_combo_label.setObjectName(u"parent_combo_label")

        self.body_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.parent_combo_label)

        self.parent_combo = QComboBox(body_dialog)
        self.parent_combo.setObjectName(u"parent_combo")

        self.body_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.parent_combo)

        self.proposes_to_combo_label = QLabel(body_dialog)
        self.proposes_to_combo_label.setObjectName(u"proposes_to_combo_label")

        self.body_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.proposes_to_combo_label)

        self.proposes_to_combo = QComboBox(body_dialog)
        self.proposes_to_combo.setObjectName(u"proposes_to_combo")

        self.body_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.proposes_to_combo)

        self.running_name_edit_label = QLabel(body_dialog)
        self.running_name_edit_label.setObjectName(u"running_name_edit_label")

        self.body_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.running_name_edit_label)

        self.running_name_edit = QLineEdit(body_dialog)
        self.running_name_edit.setObjectName(u"running_name_edit")

        self.body_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.running_name_edit)

        self.genitive_name_edit_label = QLabel(body_dialog)
        self.genitive_name_edit_label.setObjectName(u"genitive_name_edit_label")

        self.body_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.genitive_name_edit_label)

        self.genitive_name_edit = QLineEdit(body_dialog)
        self.genitive_name_edit.setObjectName(u"genitive_name_edit")

        self.body_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.genitive_name_edit)

        self.formula_label_label = QLabel(body_dialog)
        self.formula_label_label.setObjectName(u"formula_label_label")

        self.body_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.formula_label_label)

        self.formula_label = QLabel(body_dialog)
        self.formula_label.setObjectName(u"formula_label")
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.body_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.formula_label)

        self.numbering_combo_label = QLabel(body_dialog)
        self.numbering_combo_label.setObjectName(u"numbering_combo_label")

        self.body_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.numbering_combo_label)

        self.numbering_combo = QComboBox(body_dialog)
        self.numbering_combo.setObjectName(u"numbering_combo")

        self.body_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.numbering_combo)

        self.place_edit_label = QLabel(body_dialog)
        self.place_edit_label.setObjectName(u"place_edit_label")

        self.body_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.place_edit_label)

        self.place_edit = QLineEdit(body_dialog)
        self.place_edit.setObjectName(u"place_edit")

        self.body_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.place_edit)

        self.time_edit_label = QLabel(body_dialog)
        self.time_edit_label.setObjectName(u"time_edit_label")

        self.body_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.time_edit_label)

        self.time_edit = QLineEdit(body_dialog)
        self.time_edit.setObjectName(u"time_edit")

        self.body_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.time_edit)

        self.justering_days_spin_label = QLabel(body_dialog)
        self.justering_days_spin_label.setObjectName(u"justering_days_spin_label")

        self.body_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.justering_days_spin_label)

        self.justering_days_spin = QSpinBox(body_dialog)
        self.justering_days_spin.setObjectName(u"justering_days_spin")
        self.justering_days_spin.setMaximum(14)
        self.justering_days_spin.setMinimum(-1)

        self.body_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.justering_days_spin)

        self.justering_time_edit_label = QLabel(body_dialog)
        self.justering_time_edit_label.setObjectName(u"justering_time_edit_label")

        self.body_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.justering_time_edit_label)

        self.justering_time_edit = QLineEdit(body_dialog)
        self.justering_time_edit.setObjectName(u"justering_time_edit")

        self.body_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.justering_time_edit)

        self.secretary_combo_label = QLabel(body_dialog)
        self.secretary_combo_label.setObjectName(u"secretary_combo_label")

        self.body_form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.secretary_combo_label)

        self.secretary_combo = QComboBox(body_dialog)
        self.secretary_combo.setObjectName(u"secretary_combo")

        self.body_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.secretary_combo)

        self.approvers_spin_label = QLabel(body_dialog)
        self.approvers_spin_label.setObjectName(u"approvers_spin_label")

        self.body_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.approvers_spin_label)

        self.approvers_spin = QSpinBox(body_dialog)
        self.approvers_spin.setObjectName(u"approvers_spin")
        self.approvers_spin.setMaximum(5)
        self.approvers_spin.setValue(1)

        self.body_form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.approvers_spin)


        self.body_dialog_layout.addLayout(self.body_form)

        self.body_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.body_dialog_layout.addItem(self.body_spacer)

        self.button_box = QDialogButtonBox(body_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.body_dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.short_name_edit_label.setBuddy(self.short_name_edit)
        self.name_edit_label.setBuddy(self.name_edit)
        self.kind_combo_label.setBuddy(self.kind_combo)
        self.parent_combo_label.setBuddy(self.parent_combo)
        self.proposes_to_combo_label.setBuddy(self.proposes_to_combo)
        self.running_name_edit_label.setBuddy(self.running_name_edit)
        self.genitive_name_edit_label.setBuddy(self.genitive_name_edit)
        self.formula_label_label.setBuddy(self.formula_label)
        self.numbering_combo_label.setBuddy(self.numbering_combo)
        self.place_edit_label.setBuddy(self.place_edit)
        self.time_edit_label.setBuddy(self.time_edit)
        self.justering_days_spin_label.setBuddy(self.justering_days_spin)
        self.justering_time_edit_label.setBuddy(self.justering_time_edit)
        self.secretary_combo_label.setBuddy(self.secretary_combo)
        self.approvers_spin_label.setBuddy(self.approvers_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(body_dialog)

        QMetaObject.connectSlotsByName(body_dialog)
    # setupUi

    def retranslateUi(self, body_dialog):
        body_dialog.setWindowTitle(QCoreApplication.translate("BodyDialog", u"Organ", None))
        self.short_name_edit_label.setText(QCoreApplication.translate("BodyDialog", u"&Kortnamn:", None))
        self.short_name_edit.setPlaceholderText(QCoreApplication.translate("BodyDialog", u"till exempel KS", None))
        self.name_edit_label.setText(QCoreApplication.translate("BodyDialog", u"&Namn:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("BodyDialog", u"best\u00e4md form, till exempel Kommunstyrelsen", None))
        self.kind_combo_label.setText(QCoreApplication.translate("BodyDialog", u"&Typ:", None))
        self.parent_combo_label.setText(QCoreApplication.translate("BodyDialog", u"\u00d6&verordnat organ:", None))
        self.proposes_to_combo_label.setText(QCoreApplication.translate("BodyDialog", u"&F\u00f6resl\u00e5r:", None))
#if QT_CONFIG(tooltip)
        self.proposes_to_combo.setToolTip(QCoreApplication.translate("BodyDialog", u"Organet som beslutar i de \u00e4renden det h\u00e4r organet bereder", None))
#endif // QT_CONFIG(tooltip)
        self.running_name_edit_label.setText(QCoreApplication.translate("BodyDialog", u"I &l\u00f6ptext:", None))
#if QT_CONFIG(tooltip)
        self.running_name_edit.setToolTip(QCoreApplication.translate("BodyDialog", u"Best\u00e4md form mitt i en mening, om den inte blir r\u00e4tt av sig sj\u00e4lv", None))
#endif // QT_CONFIG(tooltip)
        self.genitive_name_edit_label.setText(QCoreApplication.translate("BodyDialog", u"&Genitiv:", None))
#if QT_CONFIG(tooltip)
        self.genitive_name_edit.setToolTip(QCoreApplication.translate("BodyDialog", u"Genitiv mitt i en mening: \u00bbVid kommunstyrelsens sammantr\u00e4de \u2026\u00ab", None))
#endif // QT_CONFIG(tooltip)
        self.formula_label_label.setText(QCoreApplication.translate("BodyDialog", u"Beslutsformel:", None))
        self.numbering_combo_label.setText(QCoreApplication.translate("BodyDialog", u"N&umrering:", None))
        self.place_edit_label.setText(QCoreApplication.translate("BodyDialog", u"&Plats:", None))
        self.place_edit.setPlaceholderText(QCoreApplication.translate("BodyDialog", u"vanlig plats f\u00f6r sammantr\u00e4dena", None))
        self.time_edit_label.setText(QCoreApplication.translate("BodyDialog", u"&Tid:", None))
        self.time_edit.setPlaceholderText(QCoreApplication.translate("BodyDialog", u"13:00", None))
        self.justering_days_spin_label.setText(QCoreApplication.translate("BodyDialog", u"&Justering, dagar efter:", None))
        self.justering_days_spin.setSpecialValueText(QCoreApplication.translate("BodyDialog", u"ingen standard", None))
        self.justering_time_edit_label.setText(QCoreApplication.translate("BodyDialog", u"Justeringens t&id:", None))
        self.justering_time_edit.setPlaceholderText(QCoreApplication.translate("BodyDialog", u"10:00", None))
        self.secretary_combo_label.setText(QCoreApplication.translate("BodyDialog", u"&Sekreterare:", None))
        self.approvers_spin_label.setText(QCoreApplication.translate("BodyDialog", u"Antal j&usterare:", None))
    # retranslateUi
