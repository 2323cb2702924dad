"""The crash harness: writers killed with SIGKILL at random moments, and what must survive."""
