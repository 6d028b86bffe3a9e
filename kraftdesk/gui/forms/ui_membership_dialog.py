# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/membership_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

class Ui_MembershipDialog(object):
    def setupUi(self, membership_dialog):
        if not membership_dialog.objectName():
            membership_dialog.setObjectName(u"membership_dialog")
        membership_dialog.resize(480, 300)
        self.membership_dialog_layout = QVBoxLayout(membership_dialog)
        self.membership_dialog_layout.setObjectName(u"membership_dialog_layout")
        self.membership_form = QFormLayout()
        self.membership_form.setObjectName(u"membership_form")
        self.person_combo_label = QLabel(membership_dialog)
        self.person_combo_label.setObjectName(u"person_combo_label")

        self.membership_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.person_combo_label)

        self.person_combo = QComboBox(membership_dialog)
        self.person_combo.setObjectName(u"person_combo")

        self.membership_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person_combo)

        self.body_combo_label = QLabel(membership_dialog)
        self.body_combo_label.setObjectName(u"body_combo_label")

        self.membership_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.body_combo_label)

        self.body_combo = QComboBox(membership_dialog)
        self.body_combo.setObjectName(u"body_combo")

        self.membership_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.body_combo)

        self.role_combo_label = QLabel(membership_dialog)
        self.role_combo_label.setObjectName(u"role_combo_label")

        self.membership_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_combo_label)

        self.role_combo = QComboBox(membership_dialog)
        self.role_combo.setObjectName(u"role_combo")

        self.membership_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.from_edit_label = QLabel(membership_dialog)
        self.from_edit_label.setObjectName(u"from_edit_label")

        self.membership_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.from_edit_label)

        self.from_edit = QDateEdit(membership_dialog)
        self.from_edit.setObjectName(u"from_edit")
        self.from_edit.setCalendarPopup(True)

        self.membership_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.from_edit)

        self.to_edit_label = QLabel(membership_dialog)
        self.to_edit_label.setObjectName(u"to_edit_label")

        self.membership_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.to_edit_label)

        self.to_layout = QHBoxLayout()
        self.to_layout.setObjectName(u"to_layout")
        self.to_check = QCheckBox(membership_dialog)
        self.to_check.setObjectName(u"to_check")

        self.to_layout.addWidget(self.to_check)

        self.to_edit = QDateEdit(membership_dialog)
        self.to_edit.setObjectName(u"to_edit")
        self.to_edit.setCalendarPopup(True)

        self.to_layout.addWidget(self.to_edit)


        self.membership_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.to_layout)

        self.position_spin_label = QLabel(membership_dialog)
        self.position_spin_label.setObjectName(u"position_spin_label")

        self.membership_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.position_spin_label)

        self.position_spin = QSpinBox(membership_dialog)
        self.position_spin.setObjectName(u"position_spin")
        self.position_spin.setMaximum(99)

        self.membership_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.position_spin)


        self.membership_dialog_layout.addLayout(self.membership_form)

        self.membership_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.membership_dialog_layout.addItem(self.membership_spacer)

        self.button_box = QDialogButtonBox(membership_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.membership_dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.person_combo_label.setBuddy(self.person_combo)
        self.body_combo_label.setBuddy(self.body_combo)
        self.role_combo_label.setBuddy(self.role_combo)
        self.from_edit_label.setBuddy(self.from_edit)
        self.to_edit_label.setBuddy(self.to_edit)
        self.position_spin_label.setBuddy(self.position_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(membership_dialog)

        QMetaObject.connectSlotsByName(membership_dialog)
    # setupUi

    def retranslateUi(self, membership_dialog):
        membership_dialog.setWindowTitle(QCoreApplication.translate("MembershipDialog", u"Nytt uppdrag", None))
        self.person_combo_label.setText(QCoreApplication.translate("MembershipDialog", u"&Person:", None))
        self.body_combo_label.setText(QCoreApplication.translate("MembershipDialog", u"&Organ:", None))
        self.role_combo_label.setText(QCoreApplication.translate("MembershipDialog", u"&Uppdrag:", None))
        self.from_edit_label.setText(QCoreApplication.translate("MembershipDialog", u"&Fr\u00e5n och med:", None))
        self.from_edit.setDisplayFormat(QCoreApplication.translate("MembershipDialog", u"yyyy-MM-dd", None))
        self.to_edit_label.setText(QCoreApplication.translate("MembershipDialog", u"&Till och med:", None))
        self.to_check.setText(QCoreApplication.translate("MembershipDialog", u"slutar", None))
        self.to_edit.setDisplayFormat(QCoreApplication.translate("MembershipDialog", u"yyyy-MM-dd", None))
        self.position_spin_label.setText(QCoreApplication.translate("MembershipDialog", u"&Ordning (ers\u00e4ttare):", None))
        self.position_spin.setSpecialValueText(QCoreApplication.translate("MembershipDialog", u"sist", None))
    # retranslateUi
