"""The import dialog: choose a CSV export, map its columns, check it, and import it.

The dialog is opened with ``open()`` and never blocks, so tests drive it by
calling ``load_file``, ``check_file`` and ``import_file`` or by clicking its
buttons. Problems show in the dialog's own message bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vetdesk.domain.messages import UserError, ValidationErrors
from vetdesk.services import importing
from vetdesk.services.context import ServiceContext
from vetdesk.services.importing import CsvFile, ImportPlan, ImportResult, Mapping, MappingSource
from vetdesk.translation import translate
from vetdesk.ui.common import MessageBar, error_text

PREVIEW_ROWS = 5


class ImportDialog(QDialog):
    """Imports clients, pets and opening balances from another program's CSV export.

    ``imported`` carries the number of clients stored.
    """

    imported = Signal(int)

    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import clients from a CSV file"))
        self.setModal(True)
        self.setMinimumSize(960, 640)
        self._context = context
        self.csv_file: CsvFile | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.file_dialog: QFileDialog | None = None

        self.message_bar = MessageBar(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(self._build_file_row())
        self.file_info = QLabel()
        self.file_info.setObjectName("fileInfoLabel")
        layout.addWidget(self.file_info)

        tables = QHBoxLayout()
        tables.addWidget(self._build_mapping_box(), 1)
        tables.addWidget(self._build_preview_box(), 1)
        layout.addLayout(tables, 3)
        layout.addWidget(self._build_check_box(), 2)
        layout.addLayout(self._build_button_row())
        self._update_buttons()

    # --- Layout -----------------------------------------------------------

    def _build_file_row(self) -> QHBoxLayout:
        self.file_path = QLineEdit()
        self.file_path.setObjectName("importFilePath")
        self.file_path.setReadOnly(True)
        self.file_path.setPlaceholderText(self.tr("Choose the CSV file exported by the other program"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("chooseFileButton")
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("File")))
        row.addWidget(self.file_path, 1)
        row.addWidget(self.choose_button)
        return row

    def _build_mapping_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Columns"))
        self.mapping_table = QTableWidget(len(importing.FIELDS), 2)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.setHorizontalHeaderLabels([self.tr("VetDesk field"), self.tr("Column in the file")])
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        for row, item in enumerate(importing.FIELDS):
            label = QTableWidgetItem(importing.field_label(item.key, translate))
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping_table.setItem(row, 0, label)
            combo = QComboBox()
            combo.setObjectName(f"mapping_{item.key}")
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(row, 1, combo)
            self.combos[item.key] = combo

        self.decimal_combo = QComboBox()
        self.decimal_combo.setObjectName("decimalStyleCombo")
        self.decimal_combo.addItem(self.tr("Detect from the file"), None)
        self.decimal_combo.addItem(self.tr("Decimal comma (1.234,56)"), importing.DecimalStyle.COMMA.value)
        self.decimal_combo.addItem(self.tr("Decimal point (1234.56)"), importing.DecimalStyle.POINT.value)
        self.decimal_combo.currentIndexChanged.connect(self._mapping_changed)
        decimal_row = QHBoxLayout()
        decimal_row.addWidget(QLabel(self.tr("Amounts")))
        decimal_row.addWidget(self.decimal_combo, 1)

        layout = QVBoxLayout(box)
        layout.addWidget(self.mapping_table)
        layout.addLayout(decimal_row)
        return box

    def _build_preview_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("First rows of the file"))
        self.preview_table = QTableWidget()
        self.preview_table.setObjectName("previewTable")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(box)
        layout.addWidget(self.preview_table)
        return box

    def _build_check_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Check"))
        self.check_button = QPushButton(self.tr("Check file"))
        self.check_button.setObjectName("checkButton")
        self.check_button.setToolTip(self.tr("Read every row and list the rejected ones, without storing anything"))
        self.check_button.clicked.connect(self.check_file)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.rejected_list = QListWidget()
        self.rejected_list.setObjectName("rejectedList")
        self.rejected_list.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.summary_label, 1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.rejected_list)
        return box

    def _build_button_row(self) -> QHBoxLayout:
        self.valid_only_check = QCheckBox(self.tr("Import only the valid rows"))
        self.valid_only_check.setObjectName("validOnlyCheck")
        self.valid_only_check.setToolTip(self.tr(
            "Without this option, a file with rejected rows stores nothing"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.import_file)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.valid_only_check)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.close_button)
        return row

    # --- Loading a file -----------------------------------------------------

    def choose_file(self) -> QFileDialog:
        """Open a non-blocking file dialog that passes the chosen file to ``load_file``."""
        dialog = QFileDialog(self, self.tr("Choose the CSV file to import"))
        dialog.setObjectName("importFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("CSV files (*.csv *.txt)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(self.load_file)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def load_file(self, path: str | Path) -> bool:
        """Read ``path`` and show its columns and first rows; return False after showing why it failed.

        A file with the same headers as the one loaded before keeps the
        mapping on screen, so a file corrected after a check needs no new choices.
        """
        self.message_bar.clear()
        try:
            csv_file = importing.read_csv(path)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            self.csv_file = None
            self._clear_results()
            self._fill_combos((), {})
            self._fill_preview(None)
            self.file_info.clear()
            self._update_buttons()
            return False

        previous = self.csv_file
        same_headers = previous is not None and (
            importing.header_signature(previous.headers) == importing.header_signature(csv_file.headers))
        if same_headers:
            mapping, source = self.current_mapping(), None
        else:
            mapping, source = importing.initial_mapping(self._context, csv_file.headers)
        self.csv_file = csv_file
        self.result = None
        self.file_path.setText(str(csv_file.path))
        self.file_info.setText(self.tr("{encoding}, separator \"{separator}\", {rows} rows").format(
            encoding=translate(importing.CTX, importing.ENCODING_LABELS[csv_file.encoding]),
            separator=csv_file.delimiter, rows=len(csv_file.rows)))
        self._fill_combos(csv_file.headers, mapping)
        self._fill_preview(csv_file)
        self._clear_results()
        if source is MappingSource.REMEMBERED:
            self.message_bar.show_info(self.tr(
                "The columns were chosen as in the last import of a file with these headers."))
        elif source is MappingSource.LAST:
            self.message_bar.show_info(self.tr(
                "The columns were guessed from the headers and corrected as in the last import. Check them."))
        elif source is MappingSource.GUESSED:
            self.message_bar.show_info(self.tr("The columns were guessed from the headers. Check them."))
        self._update_buttons()
        return True

    def _fill_combos(self, headers: tuple[str, ...], mapping: Mapping) -> None:
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not imported)"), None)
            for index, header in enumerate(headers):
                combo.addItem(self.tr("{number}: {header}").format(number=index + 1, header=header), index)
            position = combo.findData(mapping[key]) if key in mapping else 0
            combo.setCurrentIndex(max(position, 0))
            combo.blockSignals(False)

    def _fill_preview(self, csv_file: CsvFile | None) -> None:
        self.preview_table.clear()
        if csv_file is None:
            self.preview_table.setRowCount(0)
            self.preview_table.setColumnCount(0)
            return
        rows = csv_file.rows[:PREVIEW_ROWS]
        self.preview_table.setColumnCount(len(csv_file.headers))
        self.preview_table.setRowCount(len(rows))
        self.preview_table.setHorizontalHeaderLabels(
            [csv_file.header_label(index) for index in range(len(csv_file.headers))])
        self.preview_table.setVerticalHeaderLabels([str(row.line) for row in rows])
        for row_index, row in enumerate(rows):
            for column, value in enumerate(row.values[: len(csv_file.headers)]):
                self.preview_table.setItem(row_index, column, QTableWidgetItem(value))

    # --- Mapping ---------------------------------------------------------------

    def current_mapping(self) -> Mapping:
        """Return the mapping chosen in the table: {field key: 0-based column index}."""
        return {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData() is not None}

    def set_column(self, key: str, column: int | None) -> None:
        """Choose the 0-based ``column`` for the field ``key``, or None to leave the field out."""
        combo = self.combos[key]
        combo.setCurrentIndex(max(combo.findData(column), 0) if column is not None else 0)

    def _mapping_changed(self) -> None:
        if self.plan is not None:
            self._clear_results()
            self.summary_label.setText(self.tr("The columns changed. Check the file again."))

    def _decimal_style(self) -> str | None:
        return self.decimal_combo.currentData()

    # --- Checking and importing ------------------------------------------------

    def _clear_results(self) -> None:
        self.plan = None
        self.rejected_list.clear()
        self.summary_label.clear()

    def _make_plan(self) -> ImportPlan | None:
        if self.csv_file is None:
            self.message_bar.show_error(self.tr("Choose a file first."))
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            plan = importing.plan_import(self._context, self.csv_file, self.current_mapping(),
                                         decimal_style=self._decimal_style())
        except UserError as error:
            errors = error.errors if isinstance(error, ValidationErrors) else [error]
            self.message_bar.show_error("\n".join(error_text(item) for item in errors))
            self._clear_results()
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self._show_plan(plan)
        return plan

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.summary_label.setText(importing.plan_summary(plan).render(translate))
        self.rejected_list.clear()
        for row in plan.rejected:
            for text in importing.render_rejected_row(row, translate):
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.line)
                self.rejected_list.addItem(item)

    def check_file(self) -> ImportPlan | None:
        """Validate every row without storing anything, and list the rejected rows."""
        self.message_bar.clear()
        plan = self._make_plan()
        if plan is None:
            return None
        if plan.rejected:
            self.message_bar.show_error(self.tr(
                "{count} rows are rejected. Correct them in the file and load it again, or choose "
                "to import only the valid rows.").format(count=len(plan.rejected)))
        else:
            self.message_bar.show_info(self.tr("Every row is valid. Click Import to store them."))
        return plan

    def import_file(self) -> ImportResult | None:
        """Check the file again, store it in one transaction and emit ``imported``."""
        self.message_bar.clear()
        plan = self._make_plan()
        if plan is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = importing.run_import(self._context, plan, valid_rows_only=self.valid_only_check.isChecked())
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.result = result
        self.message_bar.show_info(importing.result_summary(result).render(translate))
        self._update_buttons()
        self.imported.emit(result.clients)
        return result

    def _update_buttons(self) -> None:
        loaded = self.csv_file is not None
        self.check_button.setEnabled(loaded)
        # A stored file cannot be imported twice: its DNI/NIEs and references now exist.
        self.import_button.setEnabled(loaded and self.result is None)
