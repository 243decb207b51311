"""Demo content per area, one module each, run by ``services.demo.fill_demo``.

A module defines ``ORDER`` (an int: stakeholders before the consultations
that cite them) and ``fill(services, partnerships)`` where ``partnerships``
maps each demo partnership's short name to its id. ``fill`` must add
nothing to a partnership that already has content of its area.
"""
