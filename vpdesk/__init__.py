"""vpdesk: the desk of a vertrouwenspersoon."""

__version__ = "0.1.0"
