# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/meeting_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QListWidget, QVBoxLayout)

from kraftdesk.gui.widgets.date_fields import (DateTimeField, TimeField)

class Ui_MeetingDialog(object):
    def setupUi(self, meeting_dialog):
        if not meeting_dialog.objectName():
            meeting_dialog.setObjectName(u"meeting_dialog")
        meeting_dialog.resize(520, 560)
        self.dialog_layout = QVBoxLayout(meeting_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.body_label = QLabel(meeting_dialog)
        self.body_label.setObjectName(u"body_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.body_label)

        self.body_combo = QComboBox(meeting_dialog)
        self.body_combo.setObjectName(u"body_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.body_combo)

        self.starts_label = QLabel(meeting_dialog)
        self.starts_label.setObjectName(u"starts_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.starts_label)

        self.starts_edit = DateTimeField(meeting_dialog)
        self.starts_edit.setObjectName(u"starts_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.starts_edit)

        self.ends_check = QCheckBox(meeting_dialog)
        self.ends_check.setObjectName(u"ends_check")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ends_check)

        self.ends_edit = TimeField(meeting_dialog)
        self.ends_edit.setObjectName(u"ends_edit")
        self.ends_edit.setEnabled(False)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ends_edit)

        self.place_label = QLabel(meeting_dialog)
        self.place_label.setObjectName(u"place_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_edit = QLineEdit(meeting_dialog)
        self.place_edit.setObjectName(u"place_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place_edit)

        self.approval_label = QLabel(meeting_dialog)
        self.approval_label.setObjectName(u"approval_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.approval_label)

        self.approval_edit = DateTimeField(meeting_dialog)
        self.approval_edit.setObjectName(u"approval_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.approval_edit)

        self.approval_place_label = QLabel(meeting_dialog)
        self.approval_place_label.setObjectName(u"approval_place_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.approval_place_label)

        self.approval_place_edit = QLineEdit(meeting_dialog)
        self.approval_place_edit.setObjectName(u"approval_place_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.approval_place_edit)

        self.chair_label = QLabel(meeting_dialog)
        self.chair_label.setObjectName(u"chair_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.chair_label)

        self.chair_combo = QComboBox(meeting_dialog)
        self.chair_combo.setObjectName(u"chair_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.chair_combo)

        self.secretary_label = QLabel(meeting_dialog)
        self.secretary_label.setObjectName(u"secretary_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.secretary_label)

        self.secretary_combo = QComboBox(meeting_dialog)
        self.secretary_combo.setObjectName(u"secretary_combo")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.secretary_combo)

        self.approvers_label = QLabel(meeting_dialog)
        self.approvers_label.setObjectName(u"approvers_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.approvers_label)

        self.approvers_list = QListWidget(meeting_dialog)
        self.approvers_list.setObjectName(u"approvers_list")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.approvers_list)


        self.dialog_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(meeting_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.body_label.setBuddy(self.body_combo)
        self.starts_label.setBuddy(self.starts_edit)
        self.place_label.setBuddy(self.place_edit)
        self.approval_label.setBuddy(self.approval_edit)
        self.approval_place_label.setBuddy(self.approval_place_edit)
        self.chair_label.setBuddy(self.chair_combo)
        self.secretary_label.setBuddy(self.secretary_combo)
        self.approvers_label.setBuddy(self.approvers_list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(meeting_dialog)

        QMetaObject.connectSlotsByName(meeting_dialog)
    # setupUi

    def retranslateUi(self, meeting_dialog):
        meeting_dialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Nytt sammantr\u00e4de", None))
        self.body_label.setText(QCoreApplication.translate("MeetingDialog", u"&Organ:", None))
        self.starts_label.setText(QCoreApplication.translate("MeetingDialog", u"&Datum och tid:", None))
        self.ends_check.setText(QCoreApplication.translate("MeetingDialog", u"S&lutar kl.:", None))
        self.place_label.setText(QCoreApplication.translate("MeetingDialog", u"&Plats:", None))
        self.place_edit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"till exempel R\u00e5dhuset, sammantr\u00e4desrum Gustav", None))
        self.approval_label.setText(QCoreApplication.translate("MeetingDialog", u"&Justering:", None))
#if QT_CONFIG(tooltip)
        self.approval_edit.setToolTip(QCoreApplication.translate("MeetingDialog", u"Justeringens tid. Utlovade reservationer och yttranden ska ha kommit in senast d\u00e5.", None))
#endif // QT_CONFIG(tooltip)
        self.approval_place_label.setText(QCoreApplication.translate("MeetingDialog", u"Justeringens pl&ats:", None))
        self.chair_label.setText(QCoreApplication.translate("MeetingDialog", u"&Ordf\u00f6rande:", None))
        self.secretary_label.setText(QCoreApplication.translate("MeetingDialog", u"&Sekreterare:", None))
#if QT_CONFIG(tooltip)
        self.secretary_combo.setToolTip(QCoreApplication.translate("MeetingDialog", u"Den som f\u00f6r protokollet; skrivs p\u00e5 framsidan och under \u00bbR\u00e4tt utdraget intygar\u00ab.", None))
#endif // QT_CONFIG(tooltip)
        self.approvers_label.setText(QCoreApplication.translate("MeetingDialog", u"J&usterare:", None))
#if QT_CONFIG(tooltip)
        self.approvers_list.setToolTip(QCoreApplication.translate("MeetingDialog", u"Kryssa f\u00f6r den eller de som uts\u00e5gs att justera protokollet.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
