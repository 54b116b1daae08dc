// Degrees and neighbourhoods: what `jaal stats` ranks by and what `jaal query --depth` shows.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "graph_fixtures.h"
#include "jaal/graph/analytics.h"

using namespace jaal;
using jaal::graph::Degrees;
using jaal::graph::KnowledgeGraph;
using jaal::graph::Neighbourhood;
using jaal::testing::MakeEdge;
using jaal::testing::MakeEntity;

namespace {

// A chain KP -> RU <- CN -> US, a parallel KP -> RU edge, and an isolated IN:
// from KP, depth 1 reaches RU; depth 2 adds CN; depth 3 adds US; IN is never reached.
KnowledgeGraph Chain() {
  KnowledgeGraph g;
  for (const char* id : {"country:KP", "country:RU", "country:CN", "country:US", "country:IN"}) {
    g.AddEntity(MakeEntity(id, id));
  }
  g.AddEdge(MakeEdge("country:KP", Relation::kAgree, "country:RU"));
  g.AddEdge(MakeEdge("country:KP", Relation::kConsult, "country:RU"));
  g.AddEdge(MakeEdge("country:CN", Relation::kSupport, "country:RU"));
  g.AddEdge(MakeEdge("country:CN", Relation::kAccuse, "country:US"));
  return g;
}

std::vector<std::string> Ids(const KnowledgeGraph& g) {
  std::vector<std::string> ids;
  for (auto v : boost::make_iterator_range(boost::vertices(g.graph()))) ids.push_back(g.graph()[v].id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

TEST_CASE("degree counts incoming and outgoing edges, parallel edges each time") {
  KnowledgeGraph g = Chain();
  std::vector<int> d = Degrees(g);
  REQUIRE(d.size() == 5);
  CHECK(d[*g.FindVertex("country:KP")] == 2);
  CHECK(d[*g.FindVertex("country:RU")] == 3);
  CHECK(d[*g.FindVertex("country:CN")] == 2);
  CHECK(d[*g.FindVertex("country:US")] == 1);
  CHECK(d[*g.FindVertex("country:IN")] == 0);
}

TEST_CASE("a self-loop adds two to its vertex's degree") {
  KnowledgeGraph g;
  g.AddEntity(MakeEntity("country:KP", "North Korea"));
  g.AddEdge(MakeEdge("country:KP", Relation::kMobilize, "country:KP"));
  CHECK(Degrees(g) == std::vector<int>{2});
}

TEST_CASE("the depth-1 neighbourhood holds the entity, its direct neighbours and the edges between them") {
  KnowledgeGraph n = Neighbourhood(Chain(), "country:KP", 1);
  CHECK(Ids(n) == std::vector<std::string>{"country:KP", "country:RU"});
  CHECK(n.num_edges() == 2);  // both parallel KP -> RU edges
}

TEST_CASE("the neighbourhood follows edges against their direction") {
  // RU only receives edges, yet KP and CN are its neighbours.
  KnowledgeGraph n = Neighbourhood(Chain(), "country:RU", 1);
  CHECK(Ids(n) == std::vector<std::string>{"country:CN", "country:KP", "country:RU"});
  CHECK(n.num_edges() == 3);
}

TEST_CASE("the depth-2 neighbourhood reaches neighbours of neighbours but not further") {
  KnowledgeGraph n = Neighbourhood(Chain(), "country:KP", 2);
  CHECK(Ids(n) == std::vector<std::string>{"country:CN", "country:KP", "country:RU"});
  CHECK(n.num_edges() == 3);  // CN -> US leaves the neighbourhood
  CHECK_FALSE(n.FindVertex("country:US").has_value());

  KnowledgeGraph wider = Neighbourhood(Chain(), "country:KP", 3);
  CHECK(wider.num_entities() == 4);
  CHECK(wider.num_edges() == 4);
}

TEST_CASE("a neighbourhood keeps the entity and edge data of the source graph") {
  KnowledgeGraph g = Chain();
  KnowledgeGraph n = Neighbourhood(g, "country:US", 1);
  REQUIRE(n.num_edges() == 1);
  auto e = *boost::edges(n.graph()).first;
  CHECK(n.graph()[e].relation == Relation::kAccuse);
  CHECK(n.graph()[boost::source(e, n.graph())].id == "country:CN");
}

TEST_CASE("depth 0 gives the entity alone and an unknown entity gives an empty graph") {
  KnowledgeGraph zero = Neighbourhood(Chain(), "country:KP", 0);
  CHECK(Ids(zero) == std::vector<std::string>{"country:KP"});
  CHECK(zero.num_edges() == 0);

  KnowledgeGraph none = Neighbourhood(Chain(), "country:XX", 2);
  CHECK(none.num_entities() == 0);
  CHECK(none.num_edges() == 0);

  CHECK(Neighbourhood(Chain(), "country:IN", 5).num_entities() == 1);
}
