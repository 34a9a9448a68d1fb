"""Oudergesprek: prepare, hold and log parent conversations (core, no Qt)."""

__version__ = "0.1.0"
APP_NAME = "Oudergesprek"
