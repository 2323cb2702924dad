"""Password policy (DESIGN.md): at least 10 characters, no composition rules."""

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 1024  # a passphrase fits; a pasted file or an endless stream does not


def password_problem(password: str) -> str | None:
    """A Dutch message when `password` is not acceptable, else None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Een wachtwoord heeft minstens {MIN_PASSWORD_LENGTH} tekens."
    if len(password) > MAX_PASSWORD_LENGTH:
        return f"Een wachtwoord heeft hoogstens {MAX_PASSWORD_LENGTH} tekens."
    return None
