"""The demo strategy's schematic maps of PGZB, drawn with QPainter as PNG.

Kept in the drawing package, with the charts: everything else below ``ui/``
stays Qt-free, so the demo imports this module only when it adds the maps.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen

from cwd_desktop.exports.charts import ensure_app

#: (name, longitude, latitude, rank): 0 subregional centre, 1 local centre, 2 rural seat.
TOWNS = (
    ("Braniewo", 19.822, 54.380, 0),
    ("Frombork", 19.683, 54.357, 1),
    ("Pieniężno", 20.129, 54.237, 1),
    ("Lelkowo", 20.230, 54.330, 2),
    ("Płoskinia", 19.930, 54.290, 2),
    ("Wilczęta", 19.940, 54.160, 2),
)
#: Approximate centres and radii (degrees) of the gminy, for the OSI maps.
GMINY = (
    ("gm. Braniewo", 19.930, 54.405, 0.11, 0.040),
    ("Frombork", 19.650, 54.320, 0.08, 0.040),
    ("Lelkowo", 20.210, 54.355, 0.10, 0.055),
    ("Pieniężno", 20.100, 54.235, 0.10, 0.050),
    ("Płoskinia", 19.905, 54.290, 0.08, 0.040),
    ("Wilczęta", 19.960, 54.170, 0.09, 0.045),
)
COAST = ((19.45, 54.27), (19.55, 54.325), (19.683, 54.362), (19.76, 54.40), (19.80, 54.447))
BORDER_LAT = 54.447
PASLEKA = (
    (20.06, 54.10),
    (20.085, 54.20),
    (19.99, 54.26),
    (19.88, 54.31),
    (19.79, 54.365),
    (19.77, 54.41),
)
#: (label, route, where the label goes)
ROADS = (
    ("S22", ((19.45, 54.17), (19.70, 54.27), (19.87, 54.36), (19.96, 54.447)), (19.64, 54.225)),
    ("DW 504", ((19.45, 54.245), (19.683, 54.357), (19.822, 54.380)), (19.50, 54.30)),
    (
        "DW 507",
        ((19.822, 54.380), (19.98, 54.30), (20.129, 54.237), (20.20, 54.10)),
        (20.185, 54.17),
    ),
)
RAIL = ((19.45, 54.21), (19.70, 54.31), (19.822, 54.380), (19.90, 54.447))
BOUNDS = (19.45, 20.35, 54.10, 54.447)
SIZE = (1800, 900)
MAP_WIDTH = 1230


def draw_map(key: str, path: Path) -> Path:
    """Draw one of PGZB's schematic maps ("model", "osi_regional", "osi_local") as a PNG."""
    ensure_app()
    width, height = SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    west, east, south, north = BOUNDS
    top, margin = 90.0, 30.0
    scale = min(
        (MAP_WIDTH - 2 * margin) / ((east - west) * 0.584),
        (height - top - margin) / (north - south),
    )

    def at(lon: float, lat: float) -> QPointF:
        return QPointF(margin + (lon - west) * 0.584 * scale, top + (north - lat) * scale)

    def line(points: Any, pen: QPen) -> None:
        route = QPainterPath(at(*points[0]))
        for point in points[1:]:
            route.lineTo(at(*point))
        painter.strokePath(route, pen)

    def font(pixels: int, bold: bool = False) -> QFont:
        chosen = QFont(painter.font())
        chosen.setPixelSize(pixels)
        chosen.setBold(bold)
        return chosen

    frame = QRectF(at(west, north), at(east, south))
    painter.fillRect(frame, QColor("#f4f1e6"))
    # The Vistula Lagoon, west of the coast line, up to the border.
    lagoon = QPainterPath(at(west, north))
    for point in COAST:
        lagoon.lineTo(at(*point))
    lagoon.lineTo(at(COAST[-1][0], north))
    lagoon.closeSubpath()
    painter.fillPath(lagoon, QColor("#b9d7ee"))
    legend: list[tuple[str, Any]] = [("Zalew Wiślany", QColor("#b9d7ee"))]

    def area(lon: float, lat: float, rx: float, ry: float, color: QColor, pattern: Any) -> None:
        painter.setPen(QPen(color.darker(130), 2))
        painter.setBrush(QBrush(color, pattern))
        painter.drawEllipse(at(lon, lat), rx * 0.584 * scale, ry * scale)

    def coast_band(color: QColor) -> None:
        band = QPainterPath(at(*COAST[0]))
        for lon, lat in COAST[1:]:
            band.lineTo(at(lon, lat))
        for lon, lat in reversed(COAST):
            band.lineTo(at(lon + 0.09, lat - 0.035))
        band.closeSubpath()
        painter.setPen(QPen(color.darker(140), 2))
        painter.setBrush(QBrush(color))
        painter.drawPath(band)

    if key == "model":
        coast_band(QColor(120, 190, 120, 150))
        legend.append(("strefa turystyki i rekreacji", QColor(120, 190, 120, 150)))
        line(
            PASLEKA, QPen(QColor(150, 205, 150), 26, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        )
        legend.append(("korytarz ekologiczny doliny Pasłęki", QColor(150, 205, 150)))
    elif key == "osi_regional":
        orange = QColor(240, 160, 60, 120)
        for _name, lon, lat, rx, ry in GMINY:
            area(lon, lat, rx, ry, orange, Qt.BrushStyle.SolidPattern)
        legend.append(("OSI: obszar zagrożony trwałą marginalizacją", orange))
        red = QColor(200, 40, 40)
        strip = QRectF(at(west, north), at(east, north - 0.06))
        painter.fillRect(strip, QBrush(red, Qt.BrushStyle.BDiagPattern))
        legend.append(("OSI: obszar przygraniczny", QBrush(red, Qt.BrushStyle.BDiagPattern)))
        coast_band(QColor(70, 140, 210, 110))
        legend.append(("OSI: obszar nadzalewowy", QColor(70, 140, 210, 110)))
    else:
        green = QColor(90, 180, 110, 150)
        coast_band(green)
        legend.append(("OSI 1. Pasmo Zalewu Wiślanego", green))
        violet = QColor(150, 100, 200, 110)
        for name, lon, lat, rx, ry in GMINY:
            if name in ("Lelkowo", "Płoskinia", "Wilczęta", "Pieniężno"):
                area(lon, lat, rx, ry, violet, Qt.BrushStyle.SolidPattern)
        legend.append(("OSI 2. Obszary popegeerowskie", violet))

    line(PASLEKA, QPen(QColor("#5d9bd1"), 4))
    express, regional = QPen(QColor("#c0392b"), 7), QPen(QColor("#e1a100"), 7)
    for name, points, label_at in ROADS:
        line(points, express if name == "S22" else regional)
        painter.setFont(font(28, bold=True))
        painter.setPen(QColor("#333333"))
        painter.drawText(at(*label_at), name)
    rail = QPen(QColor("#222222"), 4, Qt.PenStyle.DashLine)
    line(RAIL, rail)
    legend += [
        ("droga ekspresowa S22", express),
        ("drogi wojewódzkie", regional),
        ("linia kolejowa", rail),
    ]
    border = QPen(QColor("#8e44ad"), 5, Qt.PenStyle.DashDotLine)
    line(((COAST[-1][0], BORDER_LAT), (east, BORDER_LAT)), border)
    painter.setFont(font(26))
    painter.setPen(QColor("#8e44ad"))
    painter.drawText(at(20.05, BORDER_LAT) + QPointF(0, 30), "granica państwa (Rosja)")
    legend.append(("granica państwa", border))

    if key == "model":
        braniewo = at(TOWNS[0][1], TOWNS[0][2])
        links = QPen(QColor("#444444"), 4, Qt.PenStyle.DotLine)
        for _name, lon, lat, _rank in TOWNS[1:]:
            painter.setPen(links)
            painter.drawLine(braniewo, at(lon, lat))
        legend.append(("powiązania funkcjonalne z Braniewem", links))
        invest = QColor("#7d3c98")
        for lon, lat in ((19.845, 54.365), (20.150, 54.225)):
            painter.fillRect(QRectF(at(lon, lat), at(lon + 0.03, lat - 0.015)), invest)
        legend.append(("tereny inwestycyjne", invest))
    radii, colours = (30, 22, 15), ("#c0392b", "#e67e22", "#f1c40f")
    for name, lon, lat, rank in TOWNS:
        centre = at(lon, lat)
        painter.setPen(QPen(QColor("#333333"), 3))
        painter.setBrush(QColor(colours[rank]))
        painter.drawEllipse(centre, radii[rank], radii[rank])
        painter.setFont(font(36 if rank == 0 else 32, bold=rank < 2))
        painter.setPen(QColor("#111111"))
        painter.drawText(centre + QPointF(radii[rank] + 8, 10), name)
    for rank, what in enumerate(
        ("ośrodek subregionalny", "ośrodek lokalny", "wiejski ośrodek gminny")
    ):
        legend.append((what, ("town", rank)))
    painter.setPen(QPen(QColor("#666666"), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(frame)

    titles = {
        "model": "Model struktury funkcjonalno-przestrzennej – schemat",
        "osi_regional": "Obszary strategicznej interwencji województwa",
        "osi_local": "Obszary strategicznej interwencji partnerstwa",
    }
    painter.setFont(font(46, bold=True))
    painter.setPen(QColor("#1b2a41"))
    painter.drawText(QPointF(margin, 58), f"{titles.get(key, '')} · PGZB")
    x, y = MAP_WIDTH + 20.0, top + 10
    painter.setFont(font(32, bold=True))
    painter.drawText(QPointF(x, y + 20), "Legenda")
    y += 64
    painter.setFont(font(27))
    wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
        Qt.TextFlag.TextWordWrap
    )
    for text, swatch in legend:
        box = QRectF(x, y - 18, 44, 26)
        if isinstance(swatch, tuple):
            rank = swatch[1]
            painter.setPen(QPen(QColor("#333333"), 3))
            painter.setBrush(QColor(colours[rank]))
            painter.drawEllipse(box.center(), radii[rank] * 0.7, radii[rank] * 0.7)
        elif isinstance(swatch, QPen):
            painter.setPen(swatch)
            painter.drawLine(
                QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y())
            )
        else:
            painter.setPen(QPen(QColor("#666666"), 1))
            painter.setBrush(swatch)
            painter.drawRect(box)
        painter.setPen(QColor("#111111"))
        room = QRectF(x + 56, y - 20, width - x - 62, 200)
        painter.drawText(room, wrap, text)
        y += max(painter.boundingRect(room, wrap, text).height(), 34) + 16
    painter.setFont(font(22))
    painter.setPen(QColor("#666666"))
    painter.drawText(
        QRectF(x, height - margin - 50, width - x - 10, 50),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        | int(Qt.TextFlag.TextWordWrap),
        "Schemat orientacyjny, bez skali. Opracowanie własne.",
    )
    painter.end()
    if not image.save(str(path)):
        raise OSError(f"cannot write {path}")
    return path
