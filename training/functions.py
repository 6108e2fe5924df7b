"""Registered functions used by config.cfg (pass with `--code functions.py`)."""
import spacy

SOURCES = [
    {"name": "UD_Dutch-LassySmall (2017 train file, commit ccd0244; current dev)",
     "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
     "license": "CC BY-SA 4.0",
     "author": "Gosse Bouma and Gertjan van Noord (2017), Increasing return on annotation "
               "investment: the automatic construction of a Universal Dependency treebank "
               "for Dutch, UD Workshop 2017; Gertjan van Noord et al. (2013), Large Scale "
               "Syntactic Annotation of Written Dutch: Lassy"},
    {"name": "UD_Dutch-Alpino (2017 partial train file, commit 4b8df79; current dev)",
     "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
     "license": "CC BY-SA 4.0",
     "author": "The Alpino Treebank: Leonoor van der Beek, Gosse Bouma, Robert Malouf and "
               "Gertjan van Noord (2002); Gosse Bouma and Gertjan van Noord (2017)"},
]


@spacy.registry.callbacks("eenvoudig.set_meta.v1")
def set_meta(name: str, version: str, license: str, description: str, author: str):
    def before_to_disk(nlp):
        nlp.meta["name"] = name
        nlp.meta["version"] = version
        nlp.meta["license"] = license
        nlp.meta["description"] = description
        nlp.meta["author"] = author
        nlp.meta["sources"] = SOURCES
        return nlp
    return before_to_disk
