"""The pet pane: the client's own and co-owned pets, and the other owners of the chosen pet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from typing import TYPE_CHECKING

from vetdesk.ui.common import date_text

if TYPE_CHECKING:
    from vetdesk.services.clients import PetInfo

ID_ROLE = Qt.ItemDataRole.UserRole


class PetPane(QGroupBox):
    """Lists pets; choosing one shows its details and its other owners."""

    petChosen = Signal(object)
    ownerRequested = Signal(int)
    newPetRequested = Signal()
    coOwnerRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("petPane")
        self.setTitle(self.tr("Pets"))
        self._pets: dict[int, PetInfo] = {}
        self._client_id: int | None = None

        self.pet_list = QListWidget()
        self.pet_list.setObjectName("petList")
        self.pet_list.currentItemChanged.connect(self._on_current_changed)

        self.details = QLabel()
        self.details.setObjectName("petDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)

        self.owner_list = QListWidget()
        self.owner_list.setObjectName("petOwnerList")
        self.owner_list.setMaximumHeight(64)
        self.owner_list.itemActivated.connect(self._open_owner)
        self.open_owner_button = QPushButton(self.tr("Open this owner"))
        self.open_owner_button.setObjectName("openOwnerButton")
        self.open_owner_button.clicked.connect(lambda: self._open_owner(self.owner_list.currentItem()))

        self.new_pet_button = QPushButton(self.tr("New pet…"))
        self.new_pet_button.setObjectName("newPetButton")
        self.new_pet_button.clicked.connect(self.newPetRequested)
        self.co_owner_button = QPushButton(self.tr("Add co-owner…"))
        self.co_owner_button.setObjectName("addCoOwnerButton")
        self.co_owner_button.clicked.connect(self._request_co_owner)

        form = QFormLayout()
        form.addRow(self.details)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_pet_button)
        buttons.addWidget(self.co_owner_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.pet_list, 1)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Other owners of this pet:")))
        layout.addWidget(self.owner_list)
        layout.addWidget(self.open_owner_button)

    def show_pets(self, client_id: int, pets: list[PetInfo], select_pet: int | None = None) -> None:
        self._client_id = client_id
        self._pets = {pet.id: pet for pet in pets}
        self.pet_list.blockSignals(True)
        self.pet_list.clear()
        for pet in pets:
            role = next((o for o in pet.owners if o.client_id == client_id), None)
            suffix = "" if role is None or role.responsible else self.tr(" (co-owner)")
            label = f"{pet.name} · {pet.species}{suffix}" if pet.species else f"{pet.name}{suffix}"
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, pet.id)
            self.pet_list.addItem(item)
        self.pet_list.blockSignals(False)
        row = next((i for i, pet in enumerate(pets) if pet.id == select_pet), None)
        if row is not None:
            self.pet_list.setCurrentRow(row)
        else:
            self.pet_list.setCurrentRow(-1)
            self._show_details(None)

    def current_pet_id(self) -> int | None:
        item = self.pet_list.currentItem()
        return item.data(ID_ROLE) if item else None

    def _on_current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        pet = self._pets.get(current.data(ID_ROLE)) if current else None
        self._show_details(pet)
        self.petChosen.emit(pet.id if pet else None)

    def _show_details(self, pet: PetInfo | None) -> None:
        self.owner_list.clear()
        if pet is None:
            self.details.setText(self.tr("No pet chosen.") if self._pets else self.tr("This client has no pets."))
            self.open_owner_button.setEnabled(False)
            self.co_owner_button.setEnabled(False)
            return
        sex = {"male": self.tr("male"), "female": self.tr("female")}.get(pet.sex, "")
        lines = [
            self.tr("Species: {value}").format(value=pet.species or "—"),
            self.tr("Breed: {value}").format(value=pet.breed or "—"),
            self.tr("Sex: {value}").format(value=sex or "—"),
            self.tr("Born: {value}").format(value=date_text(pet.birth_date) or "—"),
            self.tr("Microchip: {value}").format(value=pet.microchip or "—"),
        ]
        self.details.setText("\n".join(lines))
        for owner in pet.other_owners(self._client_id or 0):
            label = owner.name + (self.tr(" (responsible)") if owner.responsible else self.tr(" (co-owner)"))
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, owner.client_id)
            self.owner_list.addItem(item)
        has_others = self.owner_list.count() > 0
        if has_others:
            self.owner_list.setCurrentRow(0)
        self.open_owner_button.setEnabled(has_others)
        self.co_owner_button.setEnabled(True)

    def _request_co_owner(self) -> None:
        pet_id = self.current_pet_id()
        if pet_id is not None:
            self.coOwnerRequested.emit(pet_id)

    def _open_owner(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.ownerRequested.emit(item.data(ID_ROLE))
