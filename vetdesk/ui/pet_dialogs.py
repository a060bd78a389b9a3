"""Dialogs to add a pet to the client on screen and to link a co-owner to a pet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from vetdesk.domain.formatting import parse_date
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from typing import TYPE_CHECKING

from vetdesk.lazy import lazy_import
from vetdesk.ui.entry_dialogs import EntryDialog

if TYPE_CHECKING:
    from vetdesk.services.context import ServiceContext

clients = lazy_import("vetdesk.services.clients")

SPECIES = ("perro", "gato", "conejo", "hurón", "ave", "roedor", "reptil")


class PetDialog(EntryDialog):
    """Adds a pet whose responsible owner is the client on screen."""

    def __init__(self, context: ServiceContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, client_id, self.tr("New pet"), parent)
        self.setObjectName("petDialog")
        self.name = QLineEdit()
        self.name.setObjectName("petName")
        self.species = QComboBox()
        self.species.setObjectName("petSpecies")
        self.species.setEditable(True)
        self.species.addItems(SPECIES)
        self.breed = QLineEdit()
        self.breed.setObjectName("petBreed")
        self.sex = QComboBox()
        self.sex.setObjectName("petSex")
        self.sex.addItem(self.tr("Unknown"), "")
        self.sex.addItem(self.tr("Male"), "male")
        self.sex.addItem(self.tr("Female"), "female")
        self.birth_date = QLineEdit()
        self.birth_date.setObjectName("petBirthDate")
        self.birth_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.microchip = QLineEdit()
        self.microchip.setObjectName("petMicrochip")
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Species"), self.species)
        self.form.addRow(self.tr("Breed"), self.breed)
        self.form.addRow(self.tr("Sex"), self.sex)
        self.form.addRow(self.tr("Birth date"), self.birth_date)
        self.form.addRow(self.tr("Microchip"), self.microchip)

    def submit(self) -> None:
        text = self.birth_date.text().strip()
        birth_date = None
        if text:
            try:
                birth_date = parse_date(text)
            except UserError as error:
                raise UserError(error.message, field="birth_date") from None
        clients.add_pet(self._context, self.client_id, clients.NewPet(
            name=self.name.text(), species=self.species.currentText(), breed=self.breed.text(),
            sex=self.sex.currentData(), birth_date=birth_date, microchip=self.microchip.text(),
        ))


class CoOwnerDialog(EntryDialog):
    """Finds another client and links them to a pet as co-owner."""

    def __init__(self, context: ServiceContext, client_id: int, pet_id: int, pet_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, client_id, self.tr("Add a co-owner to {pet}").format(pet=pet_name), parent)
        self.setObjectName("coOwnerDialog")
        self.pet_id = pet_id
        self.query = QLineEdit()
        self.query.setObjectName("coOwnerSearch")
        self.query.setPlaceholderText(self.tr("Owner's name, phone or DNI/NIE"))
        self.results = QListWidget()
        self.results.setObjectName("coOwnerResults")
        self.query.textChanged.connect(self.refresh)
        self.form.addRow(self.tr("Search"), self.query)
        self.form.addRow(self.results)

    def refresh(self) -> None:
        self.results.clear()
        for result in clients.search(self._context, self.query.text(), limit=20):
            if result.client_id == self.client_id:
                continue
            item = QListWidgetItem(result.name)
            item.setData(Qt.ItemDataRole.UserRole, result.client_id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def submit(self) -> None:
        item = self.results.currentItem()
        if item is None:
            raise UserError(UserMessage("CoOwnerDialog", QT_TRANSLATE_NOOP(
                "CoOwnerDialog", "Search for the co-owner and choose them in the list.")))
        clients.add_co_owner(self._context, self.pet_id, item.data(Qt.ItemDataRole.UserRole))
