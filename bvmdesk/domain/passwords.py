"""Password policy (DESIGN.md): at least 10 characters, no composition rules."""

MIN_PASSWORD_LENGTH = 10


def password_problem(password: str) -> str | None:
    """A Dutch message when `password` is not acceptable, else None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Een wachtwoord heeft minstens {MIN_PASSWORD_LENGTH} tekens."
    return None
