// Table-driven: every PLOVER type and ROLE in both languages, one sentence each, from
// tests/extract/data/relations.tsv. Adding a case is adding a line.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "jaal/extract/extractor.h"
#include "test_support.h"

using namespace jaal;

TEST_CASE("every relation type is extracted in English and Hindi (table of sentences)") {
  auto ex = extract::Extractor::Load((testing::SourceDir() / "extract" / "lexicon").string());
  REQUIRE_MESSAGE(ex.ok(), ex.status().message());
  std::ifstream in(testing::SourceDir() / "tests" / "extract" / "data" / "relations.tsv");
  REQUIRE(in);
  std::string line;
  int cases = 0;
  std::set<std::pair<std::string, std::string>> covered;  // (lang, relation)
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, '\t');) cells.push_back(cell);
    REQUIRE_MESSAGE(cells.size() == 5, "bad row: " << line);
    Article a;
    a.id = "case";
    a.lang = cells[0];
    a.date = "2024-05-18";
    a.text = cells[1];
    bool found = false;
    std::string got;
    for (const Triple& t : (*ex)->Extract(a)) {
      got += "\n  " + t.subject.name + " " + std::string(RelationName(t.relation)) + " " + t.object.name;
      bool same = t.subject.name == cells[2] && t.object.name == cells[4];
      bool swapped = IsSymmetric(t.relation) && t.subject.name == cells[4] && t.object.name == cells[2];
      found = found || (RelationName(t.relation) == cells[3] && (same || swapped));
    }
    CHECK_MESSAGE(found, cells[0] << ": " << cells[1] << "\n expected " << cells[2] << " " << cells[3] << " " << cells[4]
                                  << "\n got:" << got);
    covered.insert({cells[0], cells[3]});
    ++cases;
  }
  CHECK(cases >= 34);
  for (const char* lang : {"en", "hi"})
    for (int r = 0; r < kRelationCount; ++r)
      CHECK_MESSAGE(covered.count({lang, std::string(RelationName(static_cast<Relation>(r)))}),
                    "no " << lang << " case for " << RelationName(static_cast<Relation>(r)));
}
