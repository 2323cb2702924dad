"""The corpus of hostile input (issue 11): bad files and broken databases, each with the
exit code and the Dutch message the command line must give, and the proof that nothing in
the database changed (`dump.logical_dump`)."""
