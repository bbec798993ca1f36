"""Asks litkg the same question through each Python client researchers use; prints what each got, as JSON.

usage: /usr/bin/python3 clients.py SERVER_BASE_URL
The question: which drug blocks which receptor, as (drug label, receptor label) pairs.
"""
import json
import sys
import urllib.parse

import pandas as pd
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDFS
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, SPARQLWrapper

base = sys.argv[1].rstrip("/")
endpoint = base + "/kg/sparql"
QUESTION = """PREFIX lkg: <https://w3id.org/litkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?drug ?receptor WHERE { ?d lkg:blocks ?r . ?d rdfs:label ?drug . ?r rdfs:label ?receptor }"""
CONSTRUCT = """PREFIX lkg: <https://w3id.org/litkg/ontology#>
CONSTRUCT { ?d lkg:blocks ?r } WHERE { ?d lkg:blocks ?r }"""
LKG = Namespace("https://w3id.org/litkg/ontology#")
got = {}


def sparqlwrapper_xml():
    client = SPARQLWrapper(endpoint)  # no return format: SPARQLWrapper's default, XML
    client.setQuery(QUESTION)
    document = client.query().convert()
    pairs = []
    for result in document.getElementsByTagName("result"):
        values = {b.getAttribute("name"): b.getElementsByTagName("literal")[0].firstChild.data
                  for b in result.getElementsByTagName("binding")}
        pairs.append([values["drug"], values["receptor"]])
    return pairs


def sparqlwrapper_json():
    client = SPARQLWrapper(endpoint)
    client.setQuery(QUESTION)
    client.setReturnFormat(JSON)
    rows = client.queryAndConvert()["results"]["bindings"]
    return [[r["drug"]["value"], r["receptor"]["value"]] for r in rows]


def sparqlwrapper_construct():
    client = SPARQLWrapper(endpoint)  # a CONSTRUCT comes back as an rdflib Graph
    client.setQuery(CONSTRUCT)
    graph = client.queryAndConvert()
    return [[str(s), str(o)] for s, o in graph.subject_objects(LKG.blocks)]


def rdflib_sparqlstore():
    graph = Graph(store=SPARQLStore(endpoint))
    return [[str(row.drug), str(row.receptor)] for row in graph.query(QUESTION)]


def pandas_csv():
    url = endpoint + "?query=" + urllib.parse.quote(QUESTION)
    frame = pd.read_csv(url, storage_options={"Accept": "text/csv"})
    return frame[["drug", "receptor"]].values.tolist()


def rdflib_linked_data():
    graph = Graph().parse(base + "/id/protein/cxcr4")
    cxcr4 = URIRef("https://w3id.org/litkg/id/protein/cxcr4")
    return [[str(graph.value(d, RDFS.label)), str(graph.value(cxcr4, RDFS.label))] for d in graph.subjects(LKG.blocks, cxcr4)]


for client in (sparqlwrapper_xml, sparqlwrapper_json, sparqlwrapper_construct, rdflib_sparqlstore, pandas_csv,
               rdflib_linked_data):
    try:
        got[client.__name__] = client()
    except Exception as error:  # reported to the Java test, which names the client that failed
        got[client.__name__] = {"error": f"{type(error).__name__}: {error}"}
print(json.dumps(got))
