// What users open the other formats with must accept them: the GEXF XSD and networkx, rapper,
// cytoscape.js under Node, Graphviz and Python's csv (for neo4j-admin's files), with the hostile
// label and Hindi names surviving. A missing tool skips its case with a message.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include "consumer_support.h"
#include "export_fixtures.h"
#include "jaal/exporter/formats.h"

using namespace jaal;
using namespace jaal::testing;

namespace {

// Writes the formats fixture with `write` to `dir`/`name` and returns the path.
std::string WriteFixture(const TempDir& dir, const std::string& name,
                         Status (*write)(const graph::KnowledgeGraph&, std::ostream&)) {
  const std::string path = dir / name;
  Status s = exporter::WriteFileAtomically(path, [&](std::ostream& o) { return write(FormatsFixtureGraph(), o); });
  REQUIRE_MESSAGE(s.ok(), s.message());
  return path;
}

std::string Counts() { return "counts " + std::to_string(kFormatsFixtureEntities) + " " + std::to_string(kFormatsFixtureEdges); }

// The Python spelling of a string, as repr() prints it, for the texts the checks compare.
std::string PythonRepr(const std::string& s) {
  std::string r = "'";
  for (char c : s) {
    switch (c) {
      case '\'': r += "\\'"; break;
      case '\\': r += "\\\\"; break;
      case '\t': r += "\\t"; break;
      case '\x01': r += "\\x01"; break;
      default: r += c;
    }
  }
  return r + "'";
}

}  // namespace

TEST_CASE("the exported GEXF validates against the GEXF XSD") {
  TempDir dir;
  if (!Have(dir, "command -v xmllint && command -v unzip && test -f " + kJar)) {
    MESSAGE("skipped GEXF XSD validation: needs xmllint (libxml2-utils), unzip and " << kJar << " (libjgrapht-java)");
    return;
  }
  // gexf.xsd imports viz.xsd by the relative schemaLocation "viz.xsd": keep them side by side.
  Run unzip = Shell(dir, "unzip -o -j " + Quote(kJar) + " gexf.xsd viz.xsd -d " + Quote(dir.path().string()));
  REQUIRE_MESSAGE(unzip.exit_code == 0, unzip.err);
  const std::string xsd = dir / "gexf.xsd";
  const std::string gexf = WriteFixture(dir, "graph.gexf", exporter::WriteGexf);
  Run valid = Shell(dir, "xmllint --noout --nonet --schema " + Quote(xsd) + " " + Quote(gexf));
  CHECK_MESSAGE(valid.exit_code == 0, valid.err);
  CHECK(valid.err.find(gexf + " validates") != std::string::npos);

  // The validator really checks: a node whose start is no date is rejected.
  const std::string bad = dir / "bad.gexf";
  WriteFile(bad, "<?xml version=\"1.0\"?>\n<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">"
                 "<graph mode=\"dynamic\" timeformat=\"date\"><nodes><node id=\"a\" start=\"2024-13\"/></nodes>"
                 "</graph></gexf>\n");
  Run invalid = Shell(dir, "xmllint --noout --nonet --schema " + Quote(xsd) + " " + Quote(bad));
  CHECK(invalid.exit_code != 0);
}

TEST_CASE("networkx reads the GEXF with its counts, labels and time spans") {
  TempDir dir;
  if (!Have(dir, kPython + " -c 'import networkx'")) {
    MESSAGE("skipped networkx GEXF check: needs " << kPython << " with networkx (python3-networkx)");
    return;
  }
  Run r = Python(dir, R"(import sys
import networkx as nx
g = nx.read_gexf(sys.argv[1])
by_id = {d["entity_id"]: n for n, d in g.nodes(data=True)}
kim, rocket = by_id["Q56226"], by_id['new:rocket,sons;"x"']
print("multi", g.is_multigraph(), g.is_directed())
print("counts", g.number_of_nodes(), g.number_of_edges())
print("label", repr(g.nodes[rocket]["label"]))
print("name_hi", g.nodes[kim]["name_hi"])
print("kim_span", g.nodes[kim]["start"], g.nodes[kim]["end"])
print("degree", g.nodes[kim]["degree"], type(g.nodes[kim]["degree"]).__name__)
spans = sorted((d["relation"], d.get("start"), d.get("end")) for _, _, d in g.edges(data=True) if "start" in d)
for s in spans: print("edge_span", *s)
print("bare_static", "start" not in g.nodes[by_id["new:bare"]])
)", WriteFixture(dir, "graph.gexf", exporter::WriteGexf));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  INFO("networkx printed:\n" << r.out);
  CHECK(HasLine(r.out, "multi True True"));
  CHECK(HasLine(r.out, Counts()));
  CHECK(HasLine(r.out, "label " + PythonRepr(kHostileNameWithoutControl)));
  CHECK(HasLine(r.out, "name_hi " + kKimHi));
  CHECK(HasLine(r.out, "kim_span 2022-01-01 2024-06-19"));
  CHECK(HasLine(r.out, "degree 4 int"));
  CHECK(HasLine(r.out, "edge_span ASSAULT 2024-02-01 2024-02-29"));
  CHECK(HasLine(r.out, "edge_span THREATEN 2022-01-01 2022-12-31"));
  CHECK(HasLine(r.out, "edge_span CONSULT 2024-06-19 2024-06-19"));
  CHECK(HasLine(r.out, "bare_static True"));
}

TEST_CASE("rapper parses the N-Triples and reads the labels back exactly") {
  TempDir dir;
  if (!Have(dir, "command -v rapper")) {
    MESSAGE("skipped N-Triples check: needs rapper (raptor2-utils)");
    return;
  }
  const std::string nt = WriteFixture(dir, "graph.nt", exporter::WriteNTriples);
  const std::size_t lines = [&] {
    std::ifstream in(nt);
    std::size_t n = 0;
    for (std::string line; std::getline(in, line);) ++n;
    return n;
  }();
  Run count = Shell(dir, "rapper -i ntriples -c " + Quote(nt));
  REQUIRE_MESSAGE(count.exit_code == 0, count.err);
  CHECK(count.err.find("returned " + std::to_string(lines) + " triples") != std::string::npos);
  CHECK(count.err.find("rror") == std::string::npos);
  CHECK(count.err.find("arning") == std::string::npos);

  // rapper re-serialises with \u escapes; json.loads undoes those and \" \\ \t alike.
  const std::string reserialised = dir / "out.nt";
  Run again = Shell(dir, "rapper -q -i ntriples -o ntriples " + Quote(nt));
  REQUIRE_MESSAGE(again.exit_code == 0, again.err);
  WriteFile(reserialised, again.out);
  if (!Have(dir, "test -x " + kPython)) return;
  Run r = Python(dir, R"py(import sys, re, json
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r'<([^>]*)> <http://www.w3.org/2000/01/rdf-schema#label> "(.*)"@(\w+) \.$', line)
    if m: print("label", m.group(1).rsplit("/", 1)[1], m.group(3), repr(json.loads('"' + m.group(2) + '"')))
)py", reserialised);
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  INFO("labels:\n" << r.out);
  CHECK(HasLine(r.out, "label Q56226 hi " + PythonRepr(kKimHi)));
  CHECK(HasLine(r.out, "label new%3Arocket%2Csons%3B%22x%22 en " + PythonRepr(kHostileName)));
  CHECK(HasLine(r.out, "label new%3Arocket%2Csons%3B%22x%22 hi " + PythonRepr(kHostileHi)));
}

TEST_CASE("cytoscape.js under Node loads the JSON with the right counts and text") {
  TempDir dir;
  if (!Have(dir, "command -v node && command -v npm")) {
    MESSAGE("skipped Cytoscape.js check: needs node and npm (nodejs, npm)");
    return;
  }
  const std::filesystem::path pkg = SourceDir() / "tests" / "export" / "node";
  if (!std::filesystem::exists(pkg / "node_modules" / "cytoscape")) {
    Run ci = Shell(dir, "npm ci --no-audit --no-fund --prefix " + Quote(pkg.string()));
    if (ci.exit_code != 0) {
      MESSAGE("skipped Cytoscape.js check: `npm ci` in " << pkg << " failed (offline?):\n" << ci.err);
      return;
    }
  }
  const std::string script = dir / "check.js";
  WriteFile(script, R"(const fs = require("fs");
const cytoscape = require(process.argv[2]);
const data = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const cy = cytoscape({ headless: true, elements: data.elements });
console.log("counts", cy.nodes().length, cy.edges().length);
console.log("label", JSON.stringify(cy.getElementById("n4").data("label")));
console.log("name_hi", cy.getElementById("n0").data("name_hi"));
console.log("kim_out", cy.getElementById("n0").outgoers("edge").length);
console.log("heavy", cy.edges("[mentions > 1]").map(e => e.data("relation")).join(","));
console.log("claimed", cy.edges("[!asserted]").length);
)");
  const std::string json = WriteFixture(dir, "graph.cyjs", exporter::WriteCytoscapeJson);
  Run r = Shell(dir, "node " + Quote(script) + " " + Quote((pkg / "node_modules" / "cytoscape").string()) + " " + Quote(json));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  INFO("node printed:\n" << r.out);
  CHECK(HasLine(r.out, Counts()));
  CHECK(HasLine(r.out, "label \"Kim \\\"Rocket\\\" & Sons\\u0001\\tकिम & <बेटे>\""));
  CHECK(HasLine(r.out, "name_hi " + kKimHi));
  CHECK(HasLine(r.out, "kim_out 4"));
  CHECK(HasLine(r.out, "heavy CONSULT"));
  CHECK(HasLine(r.out, "claimed 3"));
}

TEST_CASE("Graphviz renders the DOT to SVG with the Devanagari labels in it") {
  TempDir dir;
  if (!Have(dir, "command -v dot")) {
    MESSAGE("skipped DOT check: needs dot (graphviz)");
    return;
  }
  if (!Have(dir, "fc-list :lang=hi | grep -q .")) {
    MESSAGE("no font with Devanagari installed (e.g. fonts-noto-core): the SVG text is right, glyphs will not be");
  }
  const std::string dot = WriteFixture(dir, "graph.dot", exporter::WriteDot);
  const std::string svg = dir / "graph.svg";
  Run r = Shell(dir, "dot -Tsvg -o " + Quote(svg) + " " + Quote(dot));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK_MESSAGE(r.err.empty(), r.err);
  std::string text = ReadFile(svg);
  // Graphviz writes "-" as &#45;, so look for the words on both sides of the hyphen.
  CHECK(text.find("किम जोंग") != std::string::npos);
  CHECK(text.find("रॉकेट") != std::string::npos);
  if (!Have(dir, "test -x " + kPython)) return;
  Run p = Python(dir, R"(import sys
import xml.etree.ElementTree as ET
texts = [t.text for t in ET.parse(sys.argv[1]).iter("{http://www.w3.org/2000/svg}text")]
for t in texts: print("text", t)
print("count", len(texts))
)", svg);
  REQUIRE_MESSAGE(p.exit_code == 0, p.err);
  INFO("SVG text:\n" << p.out);
  CHECK(HasLine(p.out, "text " + kKimHi));
  CHECK(HasLine(p.out, "text Kim \"Rocket\" & Sons किम & <बेटे>"));
  CHECK(HasLine(p.out, "text " + kHostileHi));
  CHECK(HasLine(p.out, "text ASSAULT"));
}

TEST_CASE("Python's csv reads the Neo4j files with the right headers, counts and arrays") {
  TempDir dir;
  if (!Have(dir, "test -x " + kPython)) {
    MESSAGE("skipped Neo4j CSV check: needs " << kPython);
    return;
  }
  Status s = exporter::WriteNeo4jCsv(FormatsFixtureGraph(), dir.path() / "neo4j");
  REQUIRE_MESSAGE(s.ok(), s.message());
  Run r = Python(dir, R"(import sys, csv, os
def read(name):
    with open(os.path.join(sys.argv[1], name), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]], {len(r) for r in rows}
nh, nodes, nw = read("nodes.csv")
rh, rels, rw = read("relationships.csv")
print("node_header", ",".join(nh))
print("rel_header", ",".join(rh))
print("widths", sorted(nw), sorted(rw))
print("counts", len(nodes), len(rels))
ids = {n["id:ID"] for n in nodes}
print("ends_known", all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rels))
rocket = next(n for n in nodes if n[":LABEL"] == "Entity;ArmedGroup")
print("name", repr(rocket["name"]))
print("aliases", rocket["aliases:string[]"].split(";"))
print("dates", sorted(r["date:date"] for r in rels if r["date:date"]))
print("date_texts", sorted(r["date_text"] for r in rels if r["date_text"]))
print("types", sorted({r[":TYPE"] for r in rels}))
)", (dir.path() / "neo4j").string());
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  INFO("python printed:\n" << r.out);
  CHECK(HasLine(r.out, "node_header id:ID,:LABEL,name,name_hi,aliases:string[],wikidata,type"));
  CHECK(HasLine(r.out, "rel_header :START_ID,:END_ID,:TYPE,date:date,date_text,mode,predicate,modality,mentions:int,"
                       "articles:int,attributed_to:string[],edge_id"));
  CHECK(HasLine(r.out, "widths [7] [12]"));
  CHECK(HasLine(r.out, Counts()));
  CHECK(HasLine(r.out, "ends_known True"));
  CHECK(HasLine(r.out, "name " + PythonRepr(kHostileName)));
  CHECK(HasLine(r.out, "aliases ['Rocket, Sons', 'रॉकेट, संस']"));
  CHECK(HasLine(r.out, "dates ['2023-09-13', '2024-06-19', '2024-06-19']"));
  CHECK(HasLine(r.out, "date_texts ['2022', '2024-02']"));
  CHECK(HasLine(r.out, "types ['ACCUSE', 'AGREE', 'ASSAULT', 'CONSULT', 'ROLE', 'THREATEN']"));
}
