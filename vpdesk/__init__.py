"""vpdesk: the desk of a vertrouwenspersoon."""

__version__ = "0.2.0"  # the one place the version is set (pyproject.toml and the installers read it)
