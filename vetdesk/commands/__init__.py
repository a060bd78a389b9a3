"""Sub-commands of the ``vetdesk`` command line, each registering its own parser."""
