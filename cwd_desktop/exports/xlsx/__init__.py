"""XLSX exports (openpyxl): registers and logs that open in Excel and LibreOffice Calc."""
