"""BVM Desk: attendance, assessments, sign-offs and certificates for a Bedrijfsvakschool."""

__version__ = "0.1.0"
APP_NAME = "BVM Desk"
APP_ID = "bvmdesk"
