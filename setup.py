"""What pyproject.toml cannot say: resources/ ships inside the wheel as the data package `vpdesk_resources`
(read through importlib.resources by vpdesk/resources.py), beside the packages found in vpdesk/.
See docs/decisions.md, 27. Everything else about the package is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["vpdesk", "vpdesk.*"]), "vpdesk_resources"],
    package_dir={"vpdesk_resources": "resources"},
    package_data={"vpdesk_resources": ["*.toml", "overrides/*.toml", "i18n/*.qm", "help/*.md", "help/img/*.png"]},
)
