"""One module per family of facts; each exposes a `<family>_rules(sentence, …, context)`."""
