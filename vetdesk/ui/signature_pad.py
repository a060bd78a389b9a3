"""A pad on which the client signs at the desk, and a box that adds a caption and a Clear button.

The pad keeps only the points of each stroke, in the coordinates of a fixed
1200 x 500 canvas, so the ink survives resizing and prints the same at any
screen size. Pen pressure, tilt and timing are read by Qt but never stored:
a signature with its stroke dynamics would be biometric data, while the
image alone is a simple electronic signature.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QFont,
    QHideEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
    QTransform,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage

# The canvas stands for a 60 x 25 mm signature box on the printed form.
CANVAS_WIDTH = 1200.0
CANVAS_HEIGHT = 500.0
CANVAS_WIDTH_MM = 60.0

# Ink width in canvas units: 0.35 mm on paper, like a ballpoint pen.
PEN_WIDTH = 7.0
MIN_SCREEN_PEN_WIDTH = 1.5
INK_COLOUR = QColor("#0b1f5c")

# A signature must span this fraction of the canvas and have this many points.
MIN_WIDTH_FRACTION = 0.15
MIN_HEIGHT_FRACTION = 0.10
MIN_POINTS = 20

# Points closer than this to the previous one (in canvas units) add nothing but noise.
MIN_POINT_DISTANCE = 1.5
# A bound on memory for a client who keeps scribbling. Points past it are dropped.
MAX_POINTS = 50_000

PNG_DPI = 300
PNG_MARGIN = 20.0  # canvas units, 1 mm on paper

BASELINE_Y = 0.72 * CANVAS_HEIGHT

Stroke = list[QPointF]


def _stroke_path(points: Stroke) -> QPainterPath:
    """Build a smooth path through the points with quadratic curves between their midpoints."""
    path = QPainterPath(points[0])
    for index in range(1, len(points) - 1):
        current = points[index]
        following = points[index + 1]
        path.quadTo(current, (current + following) / 2)
    path.lineTo(points[-1])
    return path


def _draw_strokes(painter: QPainter, strokes: list[Stroke], pen_width: float) -> None:
    pen = QPen(INK_COLOUR, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for stroke in strokes:
        if len(stroke) == 1:
            # A tap leaves a dot, such as the dot over an "i". A path of one point would draw nothing.
            painter.drawPoint(stroke[0])
        else:
            painter.drawPath(_stroke_path(stroke))


class SignaturePad(QWidget):
    """A white surface on which a client signs with a mouse, a finger or a pen.

    Qt turns touch and tablet events that a widget ignores into mouse events,
    so the mouse handlers alone would accept every input. The pad still takes
    touch and tablet events itself, for better strokes. Tablet events arrive
    at the pen's full report rate with sub-pixel positions, whereas X11 merges
    fast mouse moves. A touch sequence lets the pad follow one finger and
    ignore a palm resting beside it. An accepted event produces no mouse
    event, so no point is recorded twice.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(300, 125)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(self.tr("The client signs here with the mouse, a finger or a pen."))
        self._strokes: list[Stroke] = []
        self._point_count = 0
        # The stroke being drawn, or None between strokes and while the pen is outside the canvas.
        self._current: Stroke | None = None
        # The input drawing now ("mouse", "tablet" or "touch"), or None while no pen is down.
        self._pen_down_by: str | None = None
        self._touch_id: int | None = None

    # Public API

    def is_empty(self) -> bool:
        return not self._strokes

    def clear(self) -> None:
        had_ink = bool(self._strokes)
        self._strokes.clear()
        self._point_count = 0
        self._current = None
        self._pen_down_by = None
        self._touch_id = None
        self.update()
        if had_ink:
            self.changed.emit()

    def strokes(self) -> list[Stroke]:
        """Return a copy of the strokes, each a list of points in canvas coordinates."""
        return [list(stroke) for stroke in self._strokes]

    def ink_bounds(self) -> QRectF:
        """Return the bounding box of the stroke points in canvas coordinates, empty without ink."""
        points = [point for stroke in self._strokes for point in stroke]
        if not points:
            return QRectF()
        xs = [point.x() for point in points]
        ys = [point.y() for point in points]
        return QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))

    def problem(self) -> UserMessage | None:
        """Return why the signature cannot be accepted, or None when it can."""
        if self.is_empty():
            return UserMessage("SignaturePad", QT_TRANSLATE_NOOP(
                "SignaturePad", "The client has not signed yet. Ask the client to sign in the box."))
        bounds = self.ink_bounds()
        if (bounds.width() < MIN_WIDTH_FRACTION * CANVAS_WIDTH
                or bounds.height() < MIN_HEIGHT_FRACTION * CANVAS_HEIGHT
                or self._point_count < MIN_POINTS):
            return UserMessage("SignaturePad", QT_TRANSLATE_NOOP(
                "SignaturePad", "The signature is too small. "
                                "Clear it and ask the client to sign larger across the box."))
        return None

    def to_png(self) -> bytes:
        """Render the ink alone as a PNG at 300 dpi, cropped to the ink plus 1 mm, on a transparent background.

        The whole canvas would come out at 60 x 25 mm. Raises UserError when the pad is empty.
        """
        if self.is_empty():
            raise UserError(self.problem())
        scale = PNG_DPI / 25.4 * CANVAS_WIDTH_MM / CANVAS_WIDTH
        area = self.ink_bounds().adjusted(-PNG_MARGIN, -PNG_MARGIN, PNG_MARGIN, PNG_MARGIN)
        size = QSize(math.ceil(area.width() * scale), math.ceil(area.height() * scale))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        dots_per_metre = round(PNG_DPI / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-area.topLeft())
        _draw_strokes(painter, self._strokes, PEN_WIDTH)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    # Geometry

    def sizeHint(self) -> QSize:
        return QSize(600, 250)

    def heightForWidth(self, width: int) -> int:
        return round(width * CANVAS_HEIGHT / CANVAS_WIDTH)

    def canvas_rect(self) -> QRectF:
        """Return the largest centred rectangle with the canvas's proportions inside the widget."""
        bounds = QRectF(self.rect())
        scale = min(bounds.width() / CANVAS_WIDTH, bounds.height() / CANVAS_HEIGHT)
        size = QRectF(0, 0, CANVAS_WIDTH * scale, CANVAS_HEIGHT * scale)
        size.moveCenter(bounds.center())
        return size

    def _canvas_transform(self) -> QTransform:
        rect = self.canvas_rect()
        scale = rect.width() / CANVAS_WIDTH
        return QTransform().translate(rect.x(), rect.y()).scale(scale, scale)

    def to_canvas(self, position: QPointF) -> QPointF:
        """Map a point in widget coordinates to canvas coordinates."""
        inverted, _invertible = self._canvas_transform().inverted()
        return inverted.map(position)

    # Strokes

    def _press(self, source: str, position: QPointF) -> None:
        self._end_stroke()
        self._pen_down_by = source
        self._add_point(position)

    def _end_stroke(self) -> None:
        if self._current is not None:
            self._current = None
            self.changed.emit()

    def _move(self, position: QPointF) -> None:
        self._add_point(position)

    def _release(self, position: QPointF) -> None:
        self._add_point(position)
        self._pen_down_by = None
        self._end_stroke()

    def _add_point(self, position: QPointF) -> None:
        point = self.to_canvas(position)
        inside = 0 <= point.x() <= CANVAS_WIDTH and 0 <= point.y() <= CANVAS_HEIGHT
        if not inside:
            # A point outside the canvas ends the stroke, as lifting a pen would.
            # The next point inside starts a new one.
            self._end_stroke()
            return
        if self._point_count >= MAX_POINTS:
            return
        if self._current is None:
            self._current = [point]
            self._strokes.append(self._current)
            self._point_count += 1
            self.changed.emit()
        else:
            last = self._current[-1]
            if math.hypot(point.x() - last.x(), point.y() - last.y()) < MIN_POINT_DISTANCE:
                return
            self._current.append(point)
            self._point_count += 1
        self.update()

    # Input

    # A press from the input already drawing starts a new stroke, in case its release was lost
    # to a pop-up. A press from another input is ignored, so a palm cannot break a pen's stroke.

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._pen_down_by in (None, "mouse"):
            self._press("mouse", event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pen_down_by == "mouse" and event.buttons() & Qt.MouseButton.LeftButton:
            self._move(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pen_down_by == "mouse" and event.button() == Qt.MouseButton.LeftButton:
            self._release(event.position())

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Only the position is read: pressure, tilt and time stay out of the stored signature.
        kind = event.type()
        if kind == QEvent.Type.TabletPress and self._pen_down_by in (None, "tablet"):
            self._press("tablet", event.position())
        elif kind == QEvent.Type.TabletMove and self._pen_down_by == "tablet":
            self._move(event.position())
        elif kind == QEvent.Type.TabletRelease and self._pen_down_by == "tablet":
            self._release(event.position())
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
                            QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self._touch_event(event)
            event.accept()
            return True
        return super().event(event)

    def _touch_event(self, event: QTouchEvent) -> None:
        if event.type() == QEvent.Type.TouchCancel:
            # The system took the touch over, for a gesture for example. The ink drawn so far stays.
            if self._pen_down_by == "touch":
                self._pen_down_by = None
                self._touch_id = None
                self._end_stroke()
            return
        if event.type() == QEvent.Type.TouchBegin and self._pen_down_by == "touch":
            # A new touch sequence means the previous one is over, even if its end never arrived.
            self._touch_id = None
            self._pen_down_by = None
            self._end_stroke()
        for touch in event.points():
            state = touch.state()
            if self._touch_id is None:
                if state == QEventPoint.State.Pressed and self._pen_down_by is None:
                    self._touch_id = touch.id()
                    self._press("touch", touch.position())
                continue
            if touch.id() != self._touch_id:
                continue
            if state == QEventPoint.State.Released:
                self._touch_id = None
                self._release(touch.position())
            elif state == QEventPoint.State.Updated:
                self._move(touch.position())

    def hideEvent(self, event: QHideEvent) -> None:
        self._pen_down_by = None
        self._touch_id = None
        self._end_stroke()
        super().hideEvent(event)

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        canvas = self.canvas_rect()
        painter.fillRect(canvas, Qt.GlobalColor.white)
        painter.setPen(QPen(QColor("#9aa0a6"), 1))
        painter.drawRect(canvas.adjusted(0.5, 0.5, -0.5, -0.5))

        painter.setTransform(self._canvas_transform())
        scale = canvas.width() / CANVAS_WIDTH
        guide = QColor("#bdc1c6")
        painter.setPen(QPen(guide, max(2.0, 1.0 / scale)))
        painter.drawLine(QPointF(0.06 * CANVAS_WIDTH, BASELINE_Y), QPointF(0.94 * CANVAS_WIDTH, BASELINE_Y))
        font = QFont(self.font())
        font.setPixelSize(40)
        painter.setFont(font)
        painter.drawText(QRectF(0.06 * CANVAS_WIDTH, BASELINE_Y - 60, 60, 55),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, "×")
        if self.is_empty():
            font.setPixelSize(56)
            painter.setFont(font)
            painter.drawText(QRectF(0, 0, CANVAS_WIDTH, BASELINE_Y - 20), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Sign here"))

        _draw_strokes(painter, self._strokes, max(PEN_WIDTH, MIN_SCREEN_PEN_WIDTH / scale))
        painter.end()


class SignatureBox(QWidget):
    """A signature pad with a caption line under it and a Clear button, for dialogs to embed."""

    def __init__(self, caption: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureBox")
        self.pad = SignaturePad()
        self.caption = QLabel(caption)
        self.caption.setObjectName("signatureCaption")
        self.caption.setWordWrap(True)
        self.caption.setVisible(bool(caption))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearSignatureButton")
        self.clear_button.setToolTip(self.tr("Erase the signature so that the client can sign again."))
        self.clear_button.clicked.connect(self.pad.clear)
        self.pad.changed.connect(self._update_clear_button)
        self._update_clear_button()

        row = QHBoxLayout()
        row.addWidget(self.caption, 1)
        row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pad, 1)
        layout.addLayout(row)

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.caption.setVisible(bool(text))

    def _update_clear_button(self) -> None:
        self.clear_button.setEnabled(not self.pad.is_empty())
