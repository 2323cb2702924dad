"""What several capabilities use: page base, tables, cards, messages, the scanner."""
