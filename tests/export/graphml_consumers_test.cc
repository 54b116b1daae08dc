// What users open the GraphML with must accept it: the GraphML XSD (via xmllint), networkx and
// igraph, with hostile text, Hindi names and parallel edges surviving the round trip.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "consumer_support.h"
#include "export_fixtures.h"
#include "jaal/exporter/graphml.h"

using namespace jaal;
using namespace jaal::testing;

namespace {

std::string WriteFixture(const TempDir& dir) {
  const std::string path = dir / "graph.graphml";
  std::ofstream out(path, std::ios::binary);
  Status s = exporter::WriteGraphml(testing::FixtureGraph(), out);
  REQUIRE_MESSAGE(s.ok(), s.message());
  out.close();
  REQUIRE(out.good());
  return path;
}

}  // namespace

TEST_CASE("the exported GraphML validates against the GraphML 1.0 XSD") {
  TempDir dir;
  if (!Have(dir, "command -v xmllint && command -v unzip && test -f " + kJar)) {
    MESSAGE("skipped XSD validation: needs xmllint (libxml2-utils), unzip and " << kJar << " (libjgrapht-java)");
    return;
  }
  // graphml.xsd imports xlink.xsd by the relative schemaLocation "xlink.xsd": keep them side by side.
  Run unzip = Shell(dir, "unzip -o -j " + Quote(kJar) + " graphml.xsd xlink.xsd -d " + Quote(dir.path().string()));
  REQUIRE_MESSAGE(unzip.exit_code == 0, unzip.err);
  REQUIRE(std::filesystem::exists(dir.path() / "graphml.xsd"));
  REQUIRE(std::filesystem::exists(dir.path() / "xlink.xsd"));
  const std::string xsd = dir / "graphml.xsd";
  const std::string graphml = WriteFixture(dir);

  Run valid = Shell(dir, "xmllint --noout --nonet --schema " + Quote(xsd) + " " + Quote(graphml));
  CHECK_MESSAGE(valid.exit_code == 0, valid.err);
  CHECK(valid.err.find(graphml + " validates") != std::string::npos);

  // The validator really checks: an undeclared key domain is rejected.
  const std::string bad = dir / "bad.graphml";
  WriteFile(bad, "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
                 "<key id=\"k\" for=\"nowhere\"/><graph edgedefault=\"directed\"/></graphml>\n");
  Run invalid = Shell(dir, "xmllint --noout --nonet --schema " + Quote(xsd) + " " + Quote(bad));
  CHECK(invalid.exit_code != 0);
  CHECK(invalid.err.find("fails to validate") != std::string::npos);
}

TEST_CASE("networkx reads every node and parallel edge with Hindi and escaped text intact") {
  TempDir dir;
  if (!Have(dir, kPython + " -c 'import networkx'")) {
    MESSAGE("skipped networkx check: needs " << kPython << " with networkx (python3-networkx)");
    return;
  }
  Run r = Python(dir, R"(import sys
import networkx as nx
g = nx.read_graphml(sys.argv[1], force_multigraph=True)
by_id = {d["entity_id"]: n for n, d in g.nodes(data=True)}
kim, ru, smith = by_id["Q56226"], by_id["country:RU"], by_id["new:smith-sons"]
print("multi", g.is_multigraph(), g.is_directed())
print("counts", g.number_of_nodes(), g.number_of_edges())
print("kim_to_russia", g.number_of_edges(kim, ru))
print("name_hi", g.nodes[kim]["name_hi"])
print("aliases", g.nodes[kim]["aliases"])
print("tricky_label", g.nodes[smith]["label"])
print("tricky_name", g.nodes[smith]["name"])
print("degree", g.nodes[ru]["degree"], type(g.nodes[ru]["degree"]).__name__)
print("relations", " ".join(sorted(d["relation"] for _, _, d in g.edges(kim, data=True))))
print("asserted", sorted(d["asserted"] for _, _, d in g.edges(data=True)))
print("mentions", sum(d["mentions"] for _, _, d in g.edges(data=True)))
print("evidence", repr(g.edges[smith, ru, "e3"]["evidence"]))
print("no_name_hi", "name_hi" not in g.nodes[by_id["new:bare"]])
)", WriteFixture(dir));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  INFO("networkx printed:\n" << r.out);
  CHECK(HasLine(r.out, "multi True True"));
  CHECK(HasLine(r.out, "counts " + std::to_string(testing::kFixtureEntities) + " " + std::to_string(testing::kFixtureEdges)));
  CHECK(HasLine(r.out, "kim_to_russia " + std::to_string(testing::kFixtureKimToRussiaEdges)));
  CHECK(HasLine(r.out, "name_hi " + testing::kKimHi));
  CHECK(HasLine(r.out, "aliases Kim Jong Un|किम जोंग उन"));
  CHECK(HasLine(r.out, "tricky_label " + testing::kTrickyNameRead));
  CHECK(HasLine(r.out, "tricky_name " + testing::kTrickyNameRead));
  CHECK(HasLine(r.out, "degree 5 int"));
  CHECK(HasLine(r.out, "relations AGREE AGREE CONSULT"));
  CHECK(HasLine(r.out, "asserted [False, False, True, True, True]"));
  CHECK(HasLine(r.out, "mentions 5"));
  CHECK(HasLine(r.out, "evidence 'Line one\\r\\n\\tA & B <said> \"no\"'"));
  CHECK(HasLine(r.out, "no_name_hi True"));
}

TEST_CASE("igraph reads every node and parallel edge with Hindi and escaped text intact") {
  TempDir dir;
  if (!Have(dir, kPython + " -c 'import igraph'")) {
    MESSAGE("skipped igraph check: needs " << kPython << " with igraph (python3-igraph)");
    return;
  }
  Run r = Python(dir, R"(import sys
import igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
kim = g.vs.find(entity_id="Q56226")
ru = g.vs.find(entity_id="country:RU")
smith = g.vs.find(entity_id="new:smith-sons")
print("directed", g.is_directed())
print("counts", g.vcount(), g.ecount())
print("kim_to_russia", len(g.es.select(_source=kim.index, _target=ru.index)))
print("name_hi", kim["name_hi"])
print("tricky_name", smith["name"])
print("relations", " ".join(sorted(g.es.select(_source=kim.index)["relation"])))
print("asserted", sum(1 for a in g.es["asserted"] if a))
)", WriteFixture(dir));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  INFO("igraph printed:\n" << r.out);
  CHECK(HasLine(r.out, "directed True"));
  CHECK(HasLine(r.out, "counts " + std::to_string(testing::kFixtureEntities) + " " + std::to_string(testing::kFixtureEdges)));
  CHECK(HasLine(r.out, "kim_to_russia " + std::to_string(testing::kFixtureKimToRussiaEdges)));
  CHECK(HasLine(r.out, "name_hi " + testing::kKimHi));
  CHECK(HasLine(r.out, "tricky_name " + testing::kTrickyNameRead));
  CHECK(HasLine(r.out, "relations AGREE AGREE CONSULT"));
  CHECK(HasLine(r.out, "asserted 3"));
}
