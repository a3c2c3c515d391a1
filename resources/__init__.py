"""vpdesk's data files as the package `vpdesk_resources` (setup.py maps this folder): the taxonomy, the guide's
rules, the example overrides and the compiled translations. Read them through vpdesk.resources."""
