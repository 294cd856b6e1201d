"""The report's stylesheet: screen and A4 print, fonts that have the Lithuanian letters."""

STYLE = """
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif;
  color: #1a202c; margin: 24px auto; max-width: 190mm; font-size: 10.5pt; line-height: 1.4;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 18pt; margin: 0 0 6px; }
h2 { font-size: 13pt; margin: 18px 0 8px; border-bottom: 2px solid #2b6cb0; padding-bottom: 2px; }
h3 { font-size: 11pt; margin: 12px 0 4px; color: #2d3748; }
.facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 12px;
  margin: 0; color: #4a5568; }
.facts dt { font-weight: bold; } .facts dd { margin: 0; }
.note { background: #fefcbf; border-left: 4px solid #d69e2e; padding: 6px 10px; }
.tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; }
.tile { border: 1px solid #cbd5e0; border-radius: 6px; padding: 8px; text-align: center; }
.tile b { display: block; font-size: 16pt; color: #2b6cb0; }
.tile > span { font-size: 9pt; color: #4a5568; }
svg.chart { width: 100%; height: auto; display: block; margin: 4px 0 8px; }
svg .grid { stroke: #e2e8f0; stroke-width: 1; }
svg .tick { font-size: 10px; fill: #718096; text-anchor: middle; }
svg .label { font-size: 12px; text-anchor: end; fill: #1a202c; }
svg .note, svg .legend, svg .none { font-size: 11px; fill: #2d3748; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
th, td { border-bottom: 1px solid #e2e8f0; padding: 4px 6px; text-align: left;
  vertical-align: top; }
td { text-align: right; white-space: nowrap; }
thead th:not(:first-child) { text-align: right; }
.teams td:nth-child(2), .teams thead th:nth-child(2) { text-align: left; white-space: normal; }
thead th { background: #edf2f7; font-size: 9pt; }
th small, li small { display: block; color: #718096; font-weight: normal; font-size: 8.5pt; }
.missed li { margin-bottom: 8px; } .missed p { margin: 2px 0 0; }
.missed .count, .missed .objective { display: block; font-size: 9pt; color: #4a5568; }
footer { margin-top: 16px; font-size: 9pt; color: #4a5568; }
section, tr, li, svg { break-inside: avoid; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
"""
