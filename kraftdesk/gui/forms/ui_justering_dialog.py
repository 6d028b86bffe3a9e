# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/justering_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

from kraftdesk.gui.widgets.date_fields import (DateField)

class Ui_JusteringDialog(object):
    def setupUi(self, justering_dialog):
        if not justering_dialog.objectName():
            justering_dialog.setObjectName(u"justering_dialog")
        justering_dialog.resize(640, 680)
        self.dialog_layout = QVBoxLayout(justering_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(justering_dialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-size: 13pt; font-weight: 600;")
        self.heading_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading_label)

        self.page_stack = QStackedWidget(justering_dialog)
        self.page_stack.setObjectName(u"page_stack")
        self.confirm_page = QWidget()
        self.confirm_page.setObjectName(u"confirm_page")
        self.confirm_layout = QVBoxLayout(self.confirm_page)
        self.confirm_layout.setObjectName(u"confirm_layout")
        self.blockers_label = QLabel(self.confirm_page)
        self.blockers_label.setObjectName(u"blockers_label")

        self.confirm_layout.addWidget(self.blockers_label)

        self.blockers_list = QListWidget(self.confirm_page)
        self.blockers_list.setObjectName(u"blockers_list")

        self.confirm_layout.addWidget(self.blockers_list)

        self.confirm_check = QCheckBox(self.confirm_page)
        self.confirm_check.setObjectName(u"confirm_check")

        self.confirm_layout.addWidget(self.confirm_check)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.date_label = QLabel(self.confirm_page)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = DateField(self.confirm_page)
        self.date_edit.setObjectName(u"date_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.chair_caption = QLabel(self.confirm_page)
        self.chair_caption.setObjectName(u"chair_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.chair_caption)

        self.chair_value = QLabel(self.confirm_page)
        self.chair_value.setObjectName(u"chair_value")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.chair_value)

        self.approvers_caption = QLabel(self.confirm_page)
        self.approvers_caption.setObjectName(u"approvers_caption")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.approvers_caption)

        self.approvers_value = QLabel(self.confirm_page)
        self.approvers_value.setObjectName(u"approvers_value")
        self.approvers_value.setWordWrap(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.approvers_value)


        self.confirm_layout.addLayout(self.form_layout)

        self.signing_group = QGroupBox(self.confirm_page)
        self.signing_group.setObjectName(u"signing_group")
        self.signing_layout = QVBoxLayout(self.signing_group)
        self.signing_layout.setObjectName(u"signing_layout")
        self.signing_label = QLabel(self.signing_group)
        self.signing_label.setObjectName(u"signing_label")
        self.signing_label.setWordWrap(True)

        self.signing_layout.addWidget(self.signing_label)

        self.signers_list = QListWidget(self.signing_group)
        self.signers_list.setObjectName(u"signers_list")

        self.signing_layout.addWidget(self.signers_list)

        self.signing_buttons = QHBoxLayout()
        self.signing_buttons.setObjectName(u"signing_buttons")
        self.sign_button = QPushButton(self.signing_group)
        self.sign_button.setObjectName(u"sign_button")

        self.signing_buttons.addWidget(self.sign_button)

        self.refuse_button = QPushButton(self.signing_group)
        self.refuse_button.setObjectName(u"refuse_button")

        self.signing_buttons.addWidget(self.refuse_button)

        self.signing_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signing_buttons.addItem(self.signing_spacer)


        self.signing_layout.addLayout(self.signing_buttons)


        self.confirm_layout.addWidget(self.signing_group)

        self.warning_label = QLabel(self.confirm_page)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(u"color: #5a4300;")

        self.confirm_layout.addWidget(self.warning_label)

        self.page_stack.addWidget(self.confirm_page)
        self.result_page = QWidget()
        self.result_page.setObjectName(u"result_page")
        self.result_layout = QVBoxLayout(self.result_page)
        self.result_layout.setObjectName(u"result_layout")
        self.result_label = QLabel(self.result_page)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet(u"color: #1b5e20; font-weight: 600;")

        self.result_layout.addWidget(self.result_label)

        self.result_form = QFormLayout()
        self.result_form.setObjectName(u"result_form")
        self.posting_caption = QLabel(self.result_page)
        self.posting_caption.setObjectName(u"posting_caption")

        self.result_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.posting_caption)

        self.posting_value = QLabel(self.result_page)
        self.posting_value.setObjectName(u"posting_value")

        self.result_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.posting_value)

        self.appeal_caption = QLabel(self.result_page)
        self.appeal_caption.setObjectName(u"appeal_caption")

        self.result_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.appeal_caption)

        self.appeal_value = QLabel(self.result_page)
        self.appeal_value.setObjectName(u"appeal_value")

        self.result_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.appeal_value)

        self.take_down_caption = QLabel(self.result_page)
        self.take_down_caption.setObjectName(u"take_down_caption")

        self.result_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.take_down_caption)

        self.take_down_value = QLabel(self.result_page)
        self.take_down_value.setObjectName(u"take_down_value")

        self.result_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.take_down_value)


        self.result_layout.addLayout(self.result_form)

        self.result_hint_label = QLabel(self.result_page)
        self.result_hint_label.setObjectName(u"result_hint_label")
        self.result_hint_label.setWordWrap(True)
        self.result_hint_label.setStyleSheet(u"color: #5f6b73;")

        self.result_layout.addWidget(self.result_hint_label)

        self.result_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.result_layout.addItem(self.result_spacer)

        self.page_stack.addWidget(self.result_page)

        self.dialog_layout.addWidget(self.page_stack)

        self.button_box = QDialogButtonBox(justering_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(justering_dialog)

        QMetaObject.connectSlotsByName(justering_dialog)
    # setupUi

    def retranslateUi(self, justering_dialog):
        justering_dialog.setWindowTitle(QCoreApplication.translate("JusteringDialog", u"Justera protokollet", None))
        self.blockers_label.setText(QCoreApplication.translate("JusteringDialog", u"Att \u00e5tg\u00e4rda eller bekr\u00e4fta f\u00f6re justeringen:", None))
        self.confirm_check.setText(QCoreApplication.translate("JusteringDialog", u"Justera \u00e4nd\u00e5; de utlovade texterna registreras som inte inkomna", None))
        self.date_label.setText(QCoreApplication.translate("JusteringDialog", u"&Justeringsdag:", None))
        self.chair_caption.setText(QCoreApplication.translate("JusteringDialog", u"Ordf\u00f6rande:", None))
        self.approvers_caption.setText(QCoreApplication.translate("JusteringDialog", u"Justerare:", None))
        self.signing_group.setTitle(QCoreApplication.translate("JusteringDialog", u"Elektroniska underskrifter", None))
        self.signing_label.setText(QCoreApplication.translate("JusteringDialog", u"Var och en undertecknar i tur och ordning med sin e-legitimation (en .p12-fil). Protokollet \u00e4r justerat n\u00e4r alla som m\u00e5ste underteckna har gjort det.", None))
        self.sign_button.setText(QCoreApplication.translate("JusteringDialog", u"&Underteckna\u2026", None))
#if QT_CONFIG(tooltip)
        self.sign_button.setToolTip(QCoreApplication.translate("JusteringDialog", u"Underteckna protokollet som den markerade personen", None))
#endif // QT_CONFIG(tooltip)
        self.refuse_button.setText(QCoreApplication.translate("JusteringDialog", u"&Avb\u00f6j\u2026", None))
#if QT_CONFIG(tooltip)
        self.refuse_button.setToolTip(QCoreApplication.translate("JusteringDialog", u"Avb\u00f6j att underteckna, med en kommentar till sekreteraren", None))
#endif // QT_CONFIG(tooltip)
        self.warning_label.setText(QCoreApplication.translate("JusteringDialog", u"Efter justeringen kan protokollet aldrig mer \u00e4ndras.", None))
        self.posting_caption.setText(QCoreApplication.translate("JusteringDialog", u"Ansl\u00e5s senast:", None))
        self.appeal_caption.setText(QCoreApplication.translate("JusteringDialog", u"Sista dag f\u00f6r \u00f6verklagande:", None))
        self.take_down_caption.setText(QCoreApplication.translate("JusteringDialog", u"Anslaget tas ned tidigast:", None))
        self.result_hint_label.setText(QCoreApplication.translate("JusteringDialog", u"Sista dagen f\u00f6r \u00f6verklagande r\u00e4knas fr\u00e5n anslagsdagen. Registrera anslaget n\u00e4r det har satts upp, s\u00e5 r\u00e4knas dagarna fr\u00e5n den dagen.", None))
    # retranslateUi
