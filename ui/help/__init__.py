"""Help: the card library of the sources."""
