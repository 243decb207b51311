"""Refusing XLS files whose stated sizes would make python-calamine exhaust the memory.

An XLS is an OLE compound file: fixed-size sectors chained through a FAT,
a directory of streams, and the cells as BIFF records in the "Workbook"
stream. calamine trusts every number in it. A few damaged bytes make it
reserve what a header or a record claims (gigabytes), follow a sector
number far past the end of the file or a chain in circles, or build a
sheet rectangle of up to 65,536 × 65,536 cells from one stray record; the
allocation fails and the process aborts. This module walks the same
structures the way calamine does, allocating only what the file really
holds, and refuses a file calamine could not hold: a damaged one as "not a
workbook", a too big one naming its farthest cell (``sheet_guard.TOO_BIG``).

On Linux the file is read in a memory-limited child process as well
(``tabular.read_sheet``); elsewhere this check is the protection.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator
from pathlib import Path

from cwd_desktop.services.sheet_guard import MAX_CELLS, TOO_BIG, Extent, farthest
from cwd_desktop.services.tabular import NOT_A_WORKBOOK, OLE_SIGNATURE, file_error

#: Sector numbers with a meaning (MS-CFB): end of a chain, and the first reserved one.
_END_OF_CHAIN = 0xFFFF_FFFE
_DIFAT_SECTOR = 0xFFFF_FFFC
_RESERVED = 0xFFFF_FFFA
#: Streams below this size live in the mini stream (calamine's cut-off).
_MINI_CUTOFF = 4096
_MINI_SECTOR = 64
#: The largest list calamine may reserve from the header's word at offset 62 (it reads the
#: DIFAT length there, 10 bytes early): 16 MB of u32, far more than any real file needs.
_MOST_DIFAT_RESERVED = 1 << 22
#: BIFF records whose first two words are a cell's row and column.
_CELLS = frozenset({0x0006, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD})
_MULRK, _DIMENSIONS, _SST, _BOUNDSHEET, _EOF = 0x00BD, 0x0200, 0x00FC, 0x0085, 0x000A


class _Damaged(Exception):
    """The file states something calamine would misread into a huge allocation or a loop."""


def check_xls(path: Path, data: bytes) -> None:
    """Refuse an XLS whose compound file or cell records calamine could not hold."""
    try:
        stream = _workbook_stream(data)
        if stream is not None:
            _check_records(path, stream)
    except _Damaged as exc:
        raise file_error(path, NOT_A_WORKBOOK, kind="XLS") from exc


# -- the compound file -----------------------------------------------------------------------


def _u32(data: bytes, offset: int) -> int:
    if offset + 4 > len(data):
        raise _Damaged(f"no word at {offset}")
    return int(struct.unpack_from("<I", data, offset)[0])


def _words(block: bytes) -> list[int]:
    return list(struct.unpack(f"<{len(block) // 4}I", block[: len(block) // 4 * 4]))


class _Compound:
    """The sectors, FAT and directory of an OLE file, each number checked before use."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        shift = struct.unpack_from("<H", data, 30)[0]
        self.size = 1 << shift
        self.count = -(-(len(data) - self.size) // self.size)  # sectors after the header
        dir_len, fat_len, dir_start = struct.unpack_from("<3I", data, 40)
        mini_start, mini_len, difat_start = struct.unpack_from("<3I", data, 60)
        # calamine reserves room for these many sectors or words before reading any.
        if max(dir_len, fat_len, mini_len) > self.count:
            raise _Damaged("a header count beyond the file")
        if _u32(data, 62) > _MOST_DIFAT_RESERVED:
            raise _Damaged("a DIFAT length calamine would reserve")
        difat = _words(data[76:512])
        sector, seen = difat_start, 0
        while sector < _RESERVED:  # the DIFAT chain: the last word of each sector is the next
            seen += 1
            if seen > self.count:
                raise _Damaged("a DIFAT chain in circles")
            difat += _words(self.sector(sector))
            sector = difat.pop()
        self.fat: list[int] = []
        for sector in difat:
            if sector < _DIFAT_SECTOR:
                self.fat += _words(self.sector(sector))
        self.directory = self.chain(dir_start, self.fat, self.count)
        if dir_len:
            self.directory = self.directory[: dir_len * self.size]
        self.ministream = b""
        self.minifat: list[int] = []
        if mini_len:
            root_start, root_len = self.entry(0)
            if root_len > len(data):
                raise _Damaged("a mini stream longer than the file")
            self.ministream = self.read(root_start, root_len, self.fat, self.count, self.sector)
            self.minifat = _words(
                self.chain(mini_start, self.fat, self.count)[: mini_len * self.size]
            )

    def sector(self, number: int) -> bytes:
        if number >= self.count:
            raise _Damaged(f"sector {number} past the end")
        start = self.size + number * self.size
        return self.data[start : start + self.size]

    def mini_sector(self, number: int) -> bytes:
        start = number * _MINI_SECTOR
        if start >= len(self.ministream):
            raise _Damaged(f"mini sector {number} past the end")
        return self.ministream[start : start + _MINI_SECTOR]

    def chain(self, start: int, fat: list[int], count: int) -> bytes:
        """A whole chain of sectors."""
        return self.read(start, 0, fat, count, self.sector)

    def read(
        self, start: int, length: int, fat: list[int], count: int, get: Callable[[int], bytes]
    ) -> bytes:
        """A stream's sectors from ``start`` along ``fat`` (cut to ``length`` when given);
        at most ``count`` steps, each to a sector ``get`` can find."""
        parts, sector, seen = [], start, 0
        while sector != _END_OF_CHAIN:
            seen += 1
            if seen > count or sector >= len(fat):
                raise _Damaged("a sector chain in circles or past the FAT")
            parts.append(get(sector))
            sector = fat[sector]
        stream = b"".join(parts)
        return stream[:length] if length else stream

    def entry(self, index: int) -> tuple[int, int]:
        """(start sector, length) of directory entry ``index``."""
        at = index * 128
        if at + 128 > len(self.directory):
            raise _Damaged("no such directory entry")
        start = _u32(self.directory, at + 116)
        if self.size == 512:
            return start, _u32(self.directory, at + 120)
        return start, int(struct.unpack_from("<Q", self.directory, at + 120)[0])

    def stream(self, name: str) -> bytes | None:
        """The first stream of this name, or None when the directory has none."""
        for index in range(len(self.directory) // 128):
            if _entry_name(self.directory[index * 128 : index * 128 + 64]) != name:
                continue
            start, length = self.entry(index)
            if length > len(self.data):
                raise _Damaged("a stream longer than the file")
            if length < _MINI_CUTOFF:
                count = len(self.ministream) // _MINI_SECTOR + 1
                return self.read(start, length, self.minifat, count, self.mini_sector)
            return self.read(start, length, self.fat, self.count, self.sector)
        return None


def _entry_name(raw: bytes) -> str:
    """A directory entry's name as calamine reads it: UTF-16 up to the first NUL."""
    return raw.decode("utf-16-le", errors="ignore").split("\x00", 1)[0]


def _workbook_stream(data: bytes) -> bytes | None:
    """The "Workbook" (or "Book") stream; None when calamine will refuse the file anyway."""
    if len(data) < 512 or not data.startswith(OLE_SIGNATURE):
        return None
    if struct.unpack_from("<HH", data, 30) not in ((9, 6), (12, 6)):
        return None
    try:
        compound = _Compound(data)
        found = compound.stream("Workbook")
        return found if found is not None else compound.stream("Book")
    except (struct.error, IndexError) as exc:
        raise _Damaged(str(exc)) from exc


# -- the cell records ------------------------------------------------------------------------


def _records(stream: bytes, start: int) -> Iterator[tuple[int, bytes]]:
    """(type, data) of the records from ``start`` up to the EOF record or a cut one."""
    at = start
    while at + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, at)
        if at + 4 + length > len(stream):
            return
        yield kind, stream[at + 4 : at + 4 + length]
        at += 4 + length
        if kind == _EOF:
            return


def _check_records(path: Path, stream: bytes) -> None:
    """The workbook's shared strings count and the sheets' cell extents (in all)."""
    sheets = []
    for kind, data in _records(stream, 0):
        if kind == _BOUNDSHEET and len(data) >= 4:
            sheets.append(_u32(data, 0))
        elif kind == _SST and len(data) >= 8:
            count = struct.unpack_from("<i", data, 4)[0]
            if count < 0 or count > len(stream) // 3:  # calamine reserves a string per count
                raise _Damaged("a shared strings count beyond the stream")
    total = 0
    for start in sheets:  # calamine reads every sheet when it opens the file
        if start < len(stream):
            extent = _sheet_extent(path, stream, start)
            extent.check(path)
            total += extent.cells(from_top=True)
            if total > MAX_CELLS:
                raise file_error(path, TOO_BIG, cell=farthest(extent))


def _sheet_extent(path: Path, stream: bytes, start: int) -> Extent:
    """Where one sheet's cells lie; a DIMENSIONS record claiming too much is refused."""
    extent = Extent()
    for kind, data in _records(stream, start):
        if kind in _CELLS and len(data) >= 4:
            row, column = struct.unpack_from("<HH", data, 0)
            extent.add(row, column)
        elif kind == _MULRK and len(data) >= 6:
            row, first = struct.unpack_from("<HH", data, 0)
            last = struct.unpack_from("<H", data, len(data) - 2)[0]
            extent.add(row, first, columns=max(last - first + 1, 1))
        elif kind == _DIMENSIONS and len(data) in (10, 14):
            _check_dimensions(path, data)
    return extent


def _check_dimensions(path: Path, data: bytes) -> None:
    """calamine reserves rows × columns cells for what DIMENSIONS states (with u32
    arithmetic: a last row before the first wraps round to four billion)."""
    if len(data) == 10:
        first_row, last_row, first_column, last_column = struct.unpack_from("<4H", data, 0)
    else:
        first_row, last_row, first_column, last_column = struct.unpack_from("<IIHH", data, 0)
    if last_row < 1 or last_column < 1:
        return
    rows = (last_row - first_row) % (1 << 32)
    columns = (last_column - first_column) % (1 << 32)
    if rows * columns <= MAX_CELLS:
        return
    if last_row <= first_row or last_column <= first_column:
        raise _Damaged("DIMENSIONS ending before they start")
    extent = Extent()
    extent.add(last_row - 1, last_column - 1)
    extent.check(path)
