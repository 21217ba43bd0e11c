"""Writes bench/run's request bodies into the work folder and prints the search parameters it chose.

usage: requests.py <repository> <work> <data-set> <state-code> <county-slug>
prints: <county-fips> <service-type> <latitude> <longitude>
"""
import collections, json, os, sys
root, work, data_set, state, slug = sys.argv[1:]
text = open(f"{root}/tests/CareDirectory.Tests/GraphQL/CountyPageQuery.cs").read().split('"""')[1]
for partners in (5, 10, 50):
    body = {"query": text, "operationName": "CountyPage", "variables": {"state": state, "slug": slug, "partners": partners}}
    json.dump(body, open(f"{work}/county-page-{partners}.json", "w"))

folder = os.path.join(data_set, state.lower())
county = next(c for c in json.load(open(os.path.join(folder, "state.json")))["counties"] if c["slug"] == slug)
programs = json.load(open(os.path.join(folder, "programs.json")))["programs"]
service_type = collections.Counter(t for p in programs for t in p.get("serviceTypes", [])).most_common(1)[0][0]
location = next(l for p in json.load(open(os.path.join(folder, "partners.json")))["partners"] for l in p.get("locations", []) if l.get("latitude") is not None)
hit = "score item { __typename ... on Partner { name } ... on Program { name } ... on Meeting { title } ... on EducatorResource { title } }"
facets = "facets { serviceTypes { value label count } counties { value label count } kinds { value count } }"
mix = {
    "keyword": ('query: "family support"', ""),
    "misspelled": ('query: "famly counselling"', ""),
    "county-service-type": (f'query: "therapy", county: "{county["fips"]}", serviceTypes: ["{service_type}"]', ""),
    "faceted": (f'query: "crisis", county: "{county["fips"]}"', facets),
    "geo": (f'query: "mobile response", near: {{ latitude: {location["latitude"]}, longitude: {location["longitude"]} }}, radiusKm: 25', ""),
}
for name, (arguments, extra) in mix.items():
    query = f"{{ search({arguments}, first: 10) {{ totalCount nodes {{ {hit} }} {extra} }} }}"
    json.dump({"query": query}, open(f"{work}/search-{name}.json", "w"))
print(county["fips"], service_type, location["latitude"], location["longitude"])
