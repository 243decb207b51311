"""Demo texts and records as plain data, used by ``services.demo_data``."""
