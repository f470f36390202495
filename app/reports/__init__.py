"""Post-show statistics, compliance scores and report exporters (XLSX, CSV, PDF, HTML)."""
