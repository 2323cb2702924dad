"""Services: one module per capability; each public call is one unit of work."""
