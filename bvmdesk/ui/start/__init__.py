"""The way in: first start, demo database and login."""
