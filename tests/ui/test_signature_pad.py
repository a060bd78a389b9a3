"""The signature pad: strokes from mouse, touch and pen, the checks on a signature, and its PNG image."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QInputDevice, QPointingDevice, QTabletEvent, QTouchEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from vetdesk.domain.messages import UserError
from vetdesk.ui import signature_pad
from vetdesk.ui.signature_pad import CANVAS_HEIGHT, CANVAS_WIDTH, PEN_WIDTH, PNG_MARGIN, SignatureBox, SignaturePad

EMPTY = "has not signed yet"
TOO_SMALL = "too small"


@pytest.fixture
def pad(qtbot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(600, 250)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def widget_point(pad: SignaturePad, x: float, y: float) -> QPoint:
    """Map a point given as fractions of the canvas to whole widget pixels."""
    rect = pad.canvas_rect()
    return QPoint(round(rect.x() + x * rect.width()), round(rect.y() + y * rect.height()))


def draw(pad: SignaturePad, points: list[tuple[float, float]]) -> None:
    """Draw one stroke with the mouse through points given as fractions of the canvas."""
    positions = [widget_point(pad, x, y) for x, y in points]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, positions[0])
    for position in positions[1:]:
        QTest.mouseMove(pad, position)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, positions[-1])


def line(start: tuple[float, float], end: tuple[float, float], steps: int = 30) -> list[tuple[float, float]]:
    return [(start[0] + (end[0] - start[0]) * i / steps, start[1] + (end[1] - start[1]) * i / steps)
            for i in range(steps + 1)]


def loops(left: float, width: float, middle: float, height: float, count: int = 5) -> list[tuple[float, float]]:
    """Return a handwriting-like row of loops (a prolate cycloid) inside the given box of the canvas."""
    points = []
    steps = 40 * count
    for i in range(steps + 1):
        t = i / steps
        angle = 2 * math.pi * count * t
        x = left + width * (t - 0.12 * math.sin(angle) / count * 2)
        y = middle - height / 2 * math.cos(angle)
        points.append((min(max(x, 0.0), 1.0), y))
    return points


def sign(pad: SignaturePad) -> None:
    """Draw a signature of a realistic size: a row of loops and an underline."""
    draw(pad, loops(0.12, 0.6, 0.45, 0.4))
    draw(pad, line((0.1, 0.7), (0.8, 0.66)))


def dark(color) -> bool:
    return color.alpha() > 128 and color.lightness() < 110


# Checks on the signature


def test_pad_starts_empty(pad):
    assert pad.objectName() == "signaturePad"
    assert pad.is_empty()
    assert EMPTY in str(pad.problem())


def test_pad_problem_is_translatable(pad):
    message = pad.problem()
    assert message.context == "SignaturePad"
    assert message.source == "The client has not signed yet. Ask the client to sign in the box."


def test_pad_accepts_real_signature(qtbot, pad):
    with qtbot.waitSignal(pad.changed):
        sign(pad)
    assert not pad.is_empty()
    assert pad.problem() is None
    assert len(pad.strokes()) == 2


def test_pad_rejects_tiny_scribble(pad):
    draw(pad, loops(0.45, 0.08, 0.5, 0.06))
    assert not pad.is_empty()
    assert TOO_SMALL in str(pad.problem())


def test_pad_rejects_narrow_tall_mark(pad):
    draw(pad, line((0.5, 0.1), (0.52, 0.9)))
    assert TOO_SMALL in str(pad.problem())


def test_pad_rejects_flat_line(pad):
    draw(pad, line((0.1, 0.6), (0.9, 0.62)))
    assert TOO_SMALL in str(pad.problem())


def test_pad_rejects_few_points(pad):
    # Four taps in the corners span the whole pad but are not a signature.
    for corner in ((0.05, 0.05), (0.95, 0.05), (0.05, 0.95), (0.95, 0.95)):
        draw(pad, [corner])
    assert pad.ink_bounds().width() > 0.8 * CANVAS_WIDTH
    assert TOO_SMALL in str(pad.problem())


def test_pad_clear_empties(qtbot, pad):
    sign(pad)
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty()
    assert pad.strokes() == []
    assert EMPTY in str(pad.problem())


def test_pad_clear_when_empty_silent(qtbot, pad):
    with qtbot.assertNotEmitted(pad.changed):
        pad.clear()


def test_pad_signs_again_after_clear(pad):
    draw(pad, loops(0.45, 0.08, 0.5, 0.06))
    pad.clear()
    sign(pad)
    assert pad.problem() is None


def test_pad_right_button_ignored(pad):
    position = widget_point(pad, 0.5, 0.5)
    QTest.mousePress(pad, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, position)
    QTest.mouseMove(pad, widget_point(pad, 0.7, 0.5))
    QTest.mouseRelease(pad, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, position)
    assert pad.is_empty()


def test_pad_recovers_lost_release(pad):
    # A pop-up that takes the mouse mid-stroke swallows the release. The next press still draws.
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, widget_point(pad, 0.1, 0.5))
    QTest.mouseMove(pad, widget_point(pad, 0.3, 0.5))
    draw(pad, line((0.4, 0.3), (0.9, 0.7)))
    strokes = pad.strokes()
    assert len(strokes) == 2
    assert strokes[1][0].x() == pytest.approx(0.4 * CANVAS_WIDTH, abs=3)


def test_pad_hide_lifts_pen(pad):
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, widget_point(pad, 0.1, 0.5))
    QTest.mouseMove(pad, widget_point(pad, 0.3, 0.5))
    pad.hide()
    pad.show()
    QTest.mouseMove(pad, widget_point(pad, 0.6, 0.5))
    assert len(pad.strokes()) == 1
    assert max(point.x() for point in pad.strokes()[0]) < 0.35 * CANVAS_WIDTH


def test_pad_drops_points_beyond_limit(pad, monkeypatch):
    monkeypatch.setattr(signature_pad, "MAX_POINTS", 10)
    draw(pad, line((0.1, 0.5), (0.9, 0.5), steps=40))
    assert sum(len(stroke) for stroke in pad.strokes()) == 10


def test_pad_keeps_no_pressure_or_time(pad):
    sign(pad)
    for stroke in pad.strokes():
        assert all(type(point) is QPointF for point in stroke)


# Geometry


def test_pad_stroke_in_canvas_coordinates(pad):
    draw(pad, line((0.25, 0.5), (0.75, 0.5)))
    stroke = pad.strokes()[0]
    assert stroke[0].x() == pytest.approx(0.25 * CANVAS_WIDTH, abs=3)
    assert stroke[-1].x() == pytest.approx(0.75 * CANVAS_WIDTH, abs=3)
    assert stroke[0].y() == pytest.approx(0.5 * CANVAS_HEIGHT, abs=3)


def test_pad_resize_keeps_strokes(qtbot, pad):
    sign(pad)
    before = pad.strokes()
    pad.resize(300, 125)
    qtbot.waitUntil(lambda: pad.width() == 300)
    assert pad.strokes() == before
    # The underline now lies at the same fraction of the smaller pad.
    image = pad.grab().toImage()
    middle = widget_point(pad, 0.45, 0.68)
    assert any(dark(image.pixelColor(middle.x(), middle.y() + dy)) for dy in range(-3, 4))
    assert not dark(image.pixelColor(widget_point(pad, 0.9, 0.2)))


def test_pad_letterboxes_wide_widget(qtbot, pad):
    pad.resize(900, 200)
    qtbot.waitUntil(lambda: pad.width() == 900)
    rect = pad.canvas_rect()
    assert rect.height() == pytest.approx(200)
    assert rect.width() / rect.height() == pytest.approx(CANVAS_WIDTH / CANVAS_HEIGHT)
    assert rect.center().x() == pytest.approx(450)


def test_pad_stroke_split_outside_canvas(qtbot, pad):
    pad.resize(900, 200)
    qtbot.waitUntil(lambda: pad.width() == 900)
    rect = pad.canvas_rect()
    y = round(rect.center().y())
    inside_left = QPoint(round(rect.right()) - 40, y)
    outside = QPoint(round(rect.right()) + 40, y)
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, inside_left)
    QTest.mouseMove(pad, inside_left + QPoint(20, 0))
    QTest.mouseMove(pad, outside)
    QTest.mouseMove(pad, inside_left + QPoint(10, 10))
    QTest.mouseMove(pad, inside_left + QPoint(0, 20))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, inside_left + QPoint(0, 20))
    assert len(pad.strokes()) == 2
    assert all(point.x() <= CANVAS_WIDTH for stroke in pad.strokes() for point in stroke)


def test_pad_height_follows_width(pad):
    assert pad.hasHeightForWidth()
    assert pad.heightForWidth(600) == 250


# PNG image


def png_image(pad: SignaturePad) -> QImage:
    image = QImage.fromData(pad.to_png(), "PNG")
    assert not image.isNull()
    return image


def png_point(pad: SignaturePad, x: float, y: float) -> QPoint:
    """Map a point given as fractions of the canvas into the PNG, which starts one margin before the ink."""
    scale = signature_pad.PNG_DPI / 25.4 * signature_pad.CANVAS_WIDTH_MM / CANVAS_WIDTH
    bounds = pad.ink_bounds()
    return QPoint(round((x * CANVAS_WIDTH - bounds.left() + PNG_MARGIN) * scale),
                  round((y * CANVAS_HEIGHT - bounds.top() + PNG_MARGIN) * scale))


def test_png_of_empty_pad_rejected(pad):
    with pytest.raises(UserError) as raised:
        pad.to_png()
    assert EMPTY in str(raised.value)


def test_png_has_ink_only(pad):
    # An "L" whose corner reaches below the baseline, so the crop contains the baseline's row.
    draw(pad, line((0.2, 0.2), (0.2, 0.9)))
    draw(pad, line((0.2, 0.9), (0.8, 0.9)))
    image = png_image(pad)

    for x, y in ((0.2, 0.5), (0.2, 0.85), (0.5, 0.9), (0.75, 0.9)):
        point = png_point(pad, x, y)
        assert dark(image.pixelColor(point)), (x, y)
    # No hint, baseline or background anywhere away from the ink: those pixels are fully transparent.
    for x, y in ((0.5, 0.3), (0.6, 0.72), (0.45, 0.72), (0.75, 0.5), (0.4, 0.6)):
        assert image.pixelColor(png_point(pad, x, y)).alpha() == 0, (x, y)
    opaque = [image.pixelColor(column, row) for row in range(0, image.height(), 3)
              for column in range(0, image.width(), 3) if image.pixelColor(column, row).alpha() > 200]
    assert opaque
    assert all(color.lightness() < 110 for color in opaque)


def test_png_cropped_to_ink(pad):
    draw(pad, line((0.2, 0.2), (0.2, 0.9)))
    draw(pad, line((0.2, 0.9), (0.8, 0.9)))
    image = png_image(pad)
    scale = signature_pad.PNG_DPI / 25.4 * signature_pad.CANVAS_WIDTH_MM / CANVAS_WIDTH
    bounds = pad.ink_bounds()
    assert image.width() == math.ceil((bounds.width() + 2 * PNG_MARGIN) * scale)
    assert image.height() == math.ceil((bounds.height() + 2 * PNG_MARGIN) * scale)
    # The margin is wider than half the pen, so no ink touches the edges.
    assert PNG_MARGIN > PEN_WIDTH / 2
    for column in range(image.width()):
        assert image.pixelColor(column, 0).alpha() == 0
        assert image.pixelColor(column, image.height() - 1).alpha() == 0


def test_png_prints_at_300_dpi(pad):
    draw(pad, line((0.0, 0.3), (1.0, 0.3), steps=60))
    draw(pad, line((0.5, 0.0), (0.5, 1.0), steps=30))
    image = png_image(pad)
    assert image.dotsPerMeterX() == round(300 / 0.0254)
    # The full canvas is 60 mm wide: 708.7 pixels at 300 dpi, plus 1 mm of margin on each side.
    millimetres_wide = image.width() / 300 * 25.4
    assert millimetres_wide == pytest.approx(60 + 2, abs=0.5)


# Touch and pen


class MouseEventCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease):
            self.count += 1
        return False


def test_touch_draws_stroke(pad):
    device = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    points = [widget_point(pad, x, y) for x, y in loops(0.15, 0.6, 0.45, 0.4, count=3)[::4]]
    counter = MouseEventCounter()
    pad.installEventFilter(counter)
    QTest.touchEvent(pad, device).press(0, points[0], pad).commit()
    for point in points[1:]:
        QTest.touchEvent(pad, device).move(0, point, pad).commit()
    QTest.touchEvent(pad, device).release(0, points[-1], pad).commit()
    pad.removeEventFilter(counter)
    strokes = pad.strokes()
    assert len(strokes) == 1
    assert len(strokes[0]) == len(points)
    # The pad accepted the touches, so Qt synthesised no mouse events from them.
    assert counter.count == 0
    assert pad.problem() is None


def test_second_finger_ignored(pad):
    device = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    finger = [widget_point(pad, 0.2 + 0.02 * i, 0.5) for i in range(10)]
    palm = [widget_point(pad, 0.9, 0.1 + 0.05 * i) for i in range(10)]
    QTest.touchEvent(pad, device).press(0, finger[0], pad).press(1, palm[0], pad).commit()
    for finger_point, palm_point in zip(finger[1:], palm[1:]):
        QTest.touchEvent(pad, device).move(0, finger_point, pad).move(1, palm_point, pad).commit()
    QTest.touchEvent(pad, device).release(0, finger[-1], pad).release(1, palm[-1], pad).commit()
    strokes = pad.strokes()
    assert len(strokes) == 1
    assert max(point.x() for point in strokes[0]) < 0.5 * CANVAS_WIDTH


def test_touch_cancel_keeps_ink(pad):
    device = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    QTest.touchEvent(pad, device).press(0, widget_point(pad, 0.2, 0.5), pad).commit()
    QTest.touchEvent(pad, device).move(0, widget_point(pad, 0.4, 0.5), pad).commit()
    cancel = QTouchEvent(QEvent.Type.TouchCancel, device)
    QApplication.sendEvent(pad, cancel)
    assert len(pad.strokes()) == 1
    # The pen is up: a mouse can draw the next stroke.
    draw(pad, line((0.5, 0.3), (0.9, 0.3)))
    assert len(pad.strokes()) == 2


def test_mouse_ignored_during_touch_stroke(pad):
    device = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    QTest.touchEvent(pad, device).press(0, widget_point(pad, 0.2, 0.5), pad).commit()
    QTest.touchEvent(pad, device).move(0, widget_point(pad, 0.3, 0.5), pad).commit()
    draw(pad, line((0.6, 0.2), (0.9, 0.2)))
    QTest.touchEvent(pad, device).release(0, widget_point(pad, 0.4, 0.5), pad).commit()
    strokes = pad.strokes()
    assert len(strokes) == 1
    assert max(point.x() for point in strokes[0]) < 0.45 * CANVAS_WIDTH


def send_tablet(pad: SignaturePad, device: QPointingDevice, kind: QEvent.Type, position: QPointF) -> None:
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else Qt.MouseButton.LeftButton
    event = QTabletEvent(kind, device, position, pad.mapToGlobal(position), 0.7, 10, -5, 0.0, 0.0, 0.0,
                         Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons)
    QApplication.sendEvent(pad, event)


def test_tablet_pen_draws_stroke(pad):
    stylus = QPointingDevice("test stylus", 9001, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
                             QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 2)
    rect: QRectF = pad.canvas_rect()
    positions = [QPointF(rect.x() + rect.width() * (0.15 + 0.6 * x), rect.y() + rect.height() * y)
                 for x, y in [(i / 60, 0.45 - 0.2 * math.sin(i / 4)) for i in range(61)]]
    send_tablet(pad, stylus, QEvent.Type.TabletPress, positions[0])
    for position in positions[1:]:
        send_tablet(pad, stylus, QEvent.Type.TabletMove, position)
    send_tablet(pad, stylus, QEvent.Type.TabletRelease, positions[-1])
    strokes = pad.strokes()
    assert len(strokes) == 1
    # Sub-pixel pen positions are kept.
    assert strokes[0][1] == pad.to_canvas(positions[1])
    assert pad.problem() is None


def test_tablet_hover_draws_nothing(pad):
    stylus = QPointingDevice("test stylus", 9002, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
                             QInputDevice.Capability.Position, 1, 2)
    send_tablet(pad, stylus, QEvent.Type.TabletMove, QPointF(100.5, 100.5))
    send_tablet(pad, stylus, QEvent.Type.TabletMove, QPointF(200.5, 120.5))
    assert pad.is_empty()


# The box around the pad


def test_box_clear_button(qtbot):
    box = SignatureBox("Firma del cliente: Begoña Núñez Peña")
    qtbot.addWidget(box)
    box.resize(620, 320)
    box.show()
    qtbot.waitExposed(box)
    assert box.objectName() == "signatureBox"
    button = box.findChild(type(box.clear_button), "clearSignatureButton")
    assert button is box.clear_button
    assert not button.isEnabled()
    sign(box.pad)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert box.pad.is_empty()
    assert not button.isEnabled()


def test_box_caption(qtbot):
    box = SignatureBox()
    qtbot.addWidget(box)
    assert not box.caption.isVisibleTo(box)
    box.set_caption("Firma del cliente")
    assert box.caption.isVisibleTo(box)
    assert box.caption.text() == "Firma del cliente"
    assert box.findChild(SignaturePad, "signaturePad") is box.pad
