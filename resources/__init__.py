"""Data the app ships: the content catalog (nl/en), fonts and translations."""
