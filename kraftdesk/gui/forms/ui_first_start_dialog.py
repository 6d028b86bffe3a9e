# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/first_start_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCommandLinkButton, QDateEdit,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_FirstStartDialog(object):
    def setupUi(self, first_start_dialog):
        if not first_start_dialog.objectName():
            first_start_dialog.setObjectName(u"first_start_dialog")
        first_start_dialog.resize(620, 520)
        self.dialog_layout = QVBoxLayout(first_start_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.page_stack = QStackedWidget(first_start_dialog)
        self.page_stack.setObjectName(u"page_stack")
        self.choice_page = QWidget()
        self.choice_page.setObjectName(u"choice_page")
        self.choice_layout = QVBoxLayout(self.choice_page)
        self.choice_layout.setObjectName(u"choice_layout")
        self.welcome_label = QLabel(self.choice_page)
        self.welcome_label.setObjectName(u"welcome_label")
        self.welcome_label.setTextFormat(Qt.TextFormat.RichText)
        self.welcome_label.setWordWrap(True)

        self.choice_layout.addWidget(self.welcome_label)

        self.notice_label = QLabel(self.choice_page)
        self.notice_label.setObjectName(u"notice_label")
        self.notice_label.setStyleSheet(u"color: #8a1c14;")
        self.notice_label.setWordWrap(True)

        self.choice_layout.addWidget(self.notice_label)

        self.create_button = QCommandLinkButton(self.choice_page)
        self.create_button.setObjectName(u"create_button")

        self.choice_layout.addWidget(self.create_button)

        self.open_button = QCommandLinkButton(self.choice_page)
        self.open_button.setObjectName(u"open_button")

        self.choice_layout.addWidget(self.open_button)

        self.demo_button = QCommandLinkButton(self.choice_page)
        self.demo_button.setObjectName(u"demo_button")

        self.choice_layout.addWidget(self.demo_button)

        self.choice_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choice_layout.addItem(self.choice_spacer)

        self.choice_buttons = QDialogButtonBox(self.choice_page)
        self.choice_buttons.setObjectName(u"choice_buttons")
        self.choice_buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.choice_layout.addWidget(self.choice_buttons)

        self.page_stack.addWidget(self.choice_page)
        self.create_page = QWidget()
        self.create_page.setObjectName(u"create_page")
        self.create_layout = QVBoxLayout(self.create_page)
        self.create_layout.setObjectName(u"create_layout")
        self.create_label = QLabel(self.create_page)
        self.create_label.setObjectName(u"create_label")
        self.create_label.setTextFormat(Qt.TextFormat.RichText)
        self.create_label.setWordWrap(True)

        self.create_layout.addWidget(self.create_label)

        self.create_form = QFormLayout()
        self.create_form.setObjectName(u"create_form")
        self.organisation_label = QLabel(self.create_page)
        self.organisation_label.setObjectName(u"organisation_label")

        self.create_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_edit = QLineEdit(self.create_page)
        self.organisation_edit.setObjectName(u"organisation_edit")

        self.create_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation_edit)

        self.example_label = QLabel(self.create_page)
        self.example_label.setObjectName(u"example_label")

        self.create_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.example_label)

        self.example_edit = QLineEdit(self.create_page)
        self.example_edit.setObjectName(u"example_edit")

        self.create_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.example_edit)

        self.format_caption_label = QLabel(self.create_page)
        self.format_caption_label.setObjectName(u"format_caption_label")

        self.create_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.format_caption_label)

        self.format_label = QLabel(self.create_page)
        self.format_label.setObjectName(u"format_label")
        self.format_label.setWordWrap(True)

        self.create_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.format_label)

        self.term_label = QLabel(self.create_page)
        self.term_label.setObjectName(u"term_label")

        self.create_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.term_label)

        self.term_layout = QHBoxLayout()
        self.term_layout.setObjectName(u"term_layout")
        self.term_from_edit = QDateEdit(self.create_page)
        self.term_from_edit.setObjectName(u"term_from_edit")
        self.term_from_edit.setCalendarPopup(True)

        self.term_layout.addWidget(self.term_from_edit)

        self.term_dash_label = QLabel(self.create_page)
        self.term_dash_label.setObjectName(u"term_dash_label")

        self.term_layout.addWidget(self.term_dash_label)

        self.term_to_edit = QDateEdit(self.create_page)
        self.term_to_edit.setObjectName(u"term_to_edit")
        self.term_to_edit.setCalendarPopup(True)

        self.term_layout.addWidget(self.term_to_edit)

        self.term_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.term_layout.addItem(self.term_spacer)


        self.create_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.term_layout)

        self.file_label = QLabel(self.create_page)
        self.file_label.setObjectName(u"file_label")

        self.create_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(self.create_page)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(self.create_page)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)


        self.create_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.file_layout)


        self.create_layout.addLayout(self.create_form)

        self.file_hint_label = QLabel(self.create_page)
        self.file_hint_label.setObjectName(u"file_hint_label")
        self.file_hint_label.setWordWrap(True)
        self.file_hint_label.setStyleSheet(u"color: #5f6b73;")

        self.create_layout.addWidget(self.file_hint_label)

        self.create_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.create_layout.addItem(self.create_spacer)

        self.create_buttons_layout = QHBoxLayout()
        self.create_buttons_layout.setObjectName(u"create_buttons_layout")
        self.back_button = QPushButton(self.create_page)
        self.back_button.setObjectName(u"back_button")

        self.create_buttons_layout.addWidget(self.back_button)

        self.create_buttons_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.create_buttons_layout.addItem(self.create_buttons_spacer)

        self.next_button = QPushButton(self.create_page)
        self.next_button.setObjectName(u"next_button")

        self.create_buttons_layout.addWidget(self.next_button)


        self.create_layout.addLayout(self.create_buttons_layout)

        self.page_stack.addWidget(self.create_page)
        self.bodies_page = QWidget()
        self.bodies_page.setObjectName(u"bodies_page")
        self.bodies_layout = QVBoxLayout(self.bodies_page)
        self.bodies_layout.setObjectName(u"bodies_layout")
        self.bodies_intro_label = QLabel(self.bodies_page)
        self.bodies_intro_label.setObjectName(u"bodies_intro_label")
        self.bodies_intro_label.setWordWrap(True)
        self.bodies_intro_label.setTextFormat(Qt.TextFormat.RichText)

        self.bodies_layout.addWidget(self.bodies_intro_label)

        self.bodies_table = QTableWidget(self.bodies_page)
        if (self.bodies_table.columnCount() < 3):
            self.bodies_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.bodies_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.bodies_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.bodies_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.bodies_table.setObjectName(u"bodies_table")
        self.bodies_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bodies_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bodies_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bodies_table.setAlternatingRowColors(True)
        self.bodies_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.bodies_table.horizontalHeader().setStretchLastSection(True)
        self.bodies_table.verticalHeader().setVisible(False)

        self.bodies_layout.addWidget(self.bodies_table)

        self.bodies_buttons_layout = QHBoxLayout()
        self.bodies_buttons_layout.setObjectName(u"bodies_buttons_layout")
        self.bodies_back_button = QPushButton(self.bodies_page)
        self.bodies_back_button.setObjectName(u"bodies_back_button")

        self.bodies_buttons_layout.addWidget(self.bodies_back_button)

        self.bodies_buttons_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bodies_buttons_layout.addItem(self.bodies_buttons_spacer)

        self.confirm_create_button = QPushButton(self.bodies_page)
        self.confirm_create_button.setObjectName(u"confirm_create_button")

        self.bodies_buttons_layout.addWidget(self.confirm_create_button)


        self.bodies_layout.addLayout(self.bodies_buttons_layout)

        self.page_stack.addWidget(self.bodies_page)

        self.dialog_layout.addWidget(self.page_stack)

#if QT_CONFIG(shortcut)
        self.organisation_label.setBuddy(self.organisation_edit)
        self.example_label.setBuddy(self.example_edit)
        self.term_label.setBuddy(self.term_from_edit)
        self.file_label.setBuddy(self.file_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(first_start_dialog)

        self.next_button.setDefault(True)
        self.confirm_create_button.setDefault(True)


        QMetaObject.connectSlotsByName(first_start_dialog)
    # setupUi

    def retranslateUi(self, first_start_dialog):
        first_start_dialog.setWindowTitle(QCoreApplication.translate("FirstStartDialog", u"V\u00e4lkommen till Kraftdesk", None))
        self.welcome_label.setText(QCoreApplication.translate("FirstStartDialog", u"<h2>V\u00e4lkommen till Kraftdesk</h2><p>Kraftdesk h\u00e5ller ordning p\u00e5 sammantr\u00e4den, paragrafer, reservationer och s\u00e4rskilda yttranden. Allt sparas i ett register \u2013 en fil p\u00e5 din dator. Hur vill du b\u00f6rja?</p>", None))
        self.create_button.setText(QCoreApplication.translate("FirstStartDialog", u"Skapa ett nytt register", None))
        self.create_button.setDescription(QCoreApplication.translate("FirstStartDialog", u"F\u00f6r din kommun eller region. Du anger organisationens namn och var registret ska sparas.", None))
        self.open_button.setText(QCoreApplication.translate("FirstStartDialog", u"\u00d6ppna ett befintligt register\u2026", None))
        self.open_button.setDescription(QCoreApplication.translate("FirstStartDialog", u"Ett register som du eller en kollega redan har skapat.", None))
        self.demo_button.setText(QCoreApplication.translate("FirstStartDialog", u"Prova med exempelregistret", None))
        self.demo_button.setDescription(QCoreApplication.translate("FirstStartDialog", u"P\u00e5hittade sammantr\u00e4den och \u00e4renden att \u00f6va p\u00e5. Ditt eget register p\u00e5verkas inte.", None))
        self.create_label.setText(QCoreApplication.translate("FirstStartDialog", u"<h2>Nytt register (1 av 2)</h2><p>Registret tillh\u00f6r en organisation \u2013 kommunen eller regionen vars n\u00e4mnder du \u00e4r sekreterare f\u00f6r.</p>", None))
        self.organisation_label.setText(QCoreApplication.translate("FirstStartDialog", u"&Organisationens namn:", None))
        self.organisation_edit.setPlaceholderText(QCoreApplication.translate("FirstStartDialog", u"till exempel Malm\u00f6 stad", None))
        self.example_label.setText(QCoreApplication.translate("FirstStartDialog", u"&Diarienummer, exempel:", None))
        self.example_edit.setPlaceholderText(QCoreApplication.translate("FirstStartDialog", u"skriv ett diarienummer som det ser ut, t.ex. KS 2027/12", None))
        self.format_caption_label.setText(QCoreApplication.translate("FirstStartDialog", u"Format:", None))
        self.format_label.setText(QCoreApplication.translate("FirstStartDialog", u"fritt format (inget exempel)", None))
        self.format_label.setStyleSheet(QCoreApplication.translate("FirstStartDialog", u"color: #5f6b73;", None))
        self.term_label.setText(QCoreApplication.translate("FirstStartDialog", u"&Mandatperiod:", None))
        self.term_from_edit.setDisplayFormat(QCoreApplication.translate("FirstStartDialog", u"yyyy-MM-dd", None))
        self.term_dash_label.setText(QCoreApplication.translate("FirstStartDialog", u"\u2013", None))
        self.term_to_edit.setDisplayFormat(QCoreApplication.translate("FirstStartDialog", u"yyyy-MM-dd", None))
        self.file_label.setText(QCoreApplication.translate("FirstStartDialog", u"Register&fil:", None))
        self.browse_button.setText(QCoreApplication.translate("FirstStartDialog", u"&Bl\u00e4ddra\u2026", None))
        self.file_hint_label.setText(QCoreApplication.translate("FirstStartDialog", u"Spara registret p\u00e5 din egen dator, inte p\u00e5 en n\u00e4tverksenhet.", None))
        self.back_button.setText(QCoreApplication.translate("FirstStartDialog", u"< &Tillbaka", None))
        self.next_button.setText(QCoreApplication.translate("FirstStartDialog", u"&N\u00e4sta >", None))
        self.bodies_intro_label.setText(QCoreApplication.translate("FirstStartDialog", u"<h2>Nytt register (2 av 2)</h2><p>Vilka organ ska registret ha? Bocka f\u00f6r dem du vill skapa och \u00e4ndra namnen om de heter n\u00e5got annat hos er. Allt g\u00e5r att \u00e4ndra senare under Organisation.</p>", None))
        ___qtablewidgetitem = self.bodies_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("FirstStartDialog", u"Skapa", None))
        ___qtablewidgetitem1 = self.bodies_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("FirstStartDialog", u"Kortnamn", None))
        ___qtablewidgetitem2 = self.bodies_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("FirstStartDialog", u"Namn", None))
        self.bodies_back_button.setText(QCoreApplication.translate("FirstStartDialog", u"< &Tillbaka", None))
        self.confirm_create_button.setText(QCoreApplication.translate("FirstStartDialog", u"&Skapa registret", None))
    # retranslateUi
