// Hop distances, shortest paths and centrality: what `jaal neighbors`, `jaal path` and `jaal rank` compute.
#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include "graph_fixtures.h"
#include "jaal/graph/analytics.h"

using namespace jaal;
using jaal::graph::KnowledgeGraph;
using jaal::testing::MakeEdge;
using jaal::testing::MakeEntity;

namespace {

KnowledgeGraph WithEntities(std::initializer_list<const char*> ids) {
  KnowledgeGraph g;
  for (const char* id : ids) g.AddEntity(MakeEntity(id, id));
  return g;
}

// A diamond KP -> RU <- CN, KP -> IR -> CN (two shortest KP..CN paths), then CN -> US, and an
// isolated IN.
KnowledgeGraph Diamond() {
  KnowledgeGraph g = WithEntities({"KP", "RU", "IR", "CN", "US", "IN"});
  g.AddEdge(MakeEdge("KP", Relation::kAgree, "RU"));
  g.AddEdge(MakeEdge("KP", Relation::kConsult, "RU"));  // parallel: must not double the paths
  g.AddEdge(MakeEdge("CN", Relation::kSupport, "RU"));
  g.AddEdge(MakeEdge("KP", Relation::kAid, "IR"));
  g.AddEdge(MakeEdge("IR", Relation::kAid, "CN"));
  g.AddEdge(MakeEdge("CN", Relation::kAccuse, "US"));
  return g;
}

std::vector<std::string> Names(const KnowledgeGraph& g, const std::vector<KnowledgeGraph::Vertex>& path) {
  std::vector<std::string> out;
  for (auto v : path) out.push_back(g.graph()[v].id);
  return out;
}

double At(const KnowledgeGraph& g, const std::vector<double>& scores, const char* id) { return scores[*g.FindVertex(id)]; }

}  // namespace

TEST_CASE("hop distances follow edges against their direction and mark the unreachable") {
  KnowledgeGraph g = Diamond();
  std::vector<int> hops = graph::HopDistances(g, "US");
  CHECK(hops[*g.FindVertex("US")] == 0);
  CHECK(hops[*g.FindVertex("CN")] == 1);
  CHECK(hops[*g.FindVertex("RU")] == 2);
  CHECK(hops[*g.FindVertex("KP")] == 3);
  CHECK(hops[*g.FindVertex("IN")] == -1);
  std::vector<int> none = graph::HopDistances(g, "XX");
  CHECK(std::all_of(none.begin(), none.end(), [](int h) { return h == -1; }));
}

TEST_CASE("shortest paths lists every shortest route once, whatever the edge directions") {
  KnowledgeGraph g = Diamond();
  auto paths = graph::ShortestPaths(g, "KP", "US", 10);
  REQUIRE(paths.size() == 2);
  std::vector<std::vector<std::string>> got{Names(g, paths[0]), Names(g, paths[1])};
  std::sort(got.begin(), got.end());
  CHECK(got[0] == std::vector<std::string>{"KP", "IR", "CN", "US"});
  CHECK(got[1] == std::vector<std::string>{"KP", "RU", "CN", "US"});
  CHECK(graph::ShortestPaths(g, "KP", "US", 1).size() == 1);
}

TEST_CASE("a path to itself is the entity alone, and unconnected or unknown entities have none") {
  KnowledgeGraph g = Diamond();
  auto self = graph::ShortestPaths(g, "RU", "RU", 5);
  REQUIRE(self.size() == 1);
  CHECK(Names(g, self[0]) == std::vector<std::string>{"RU"});
  CHECK(graph::ShortestPaths(g, "KP", "IN", 5).empty());
  CHECK(graph::ShortestPaths(g, "KP", "XX", 5).empty());
}

TEST_CASE("betweenness of a chain's middle vertex is the number of pairs it separates") {
  KnowledgeGraph g = WithEntities({"a", "b", "c", "d"});
  g.AddEdge(MakeEdge("a", Relation::kAccuse, "b"));
  g.AddEdge(MakeEdge("c", Relation::kAccuse, "b"));  // direction does not matter
  g.AddEdge(MakeEdge("c", Relation::kAccuse, "d"));
  g.AddEdge(MakeEdge("c", Relation::kThreaten, "d"));  // nor do parallel edges
  std::vector<double> b = graph::Betweenness(g);
  CHECK(At(g, b, "a") == doctest::Approx(0));
  CHECK(At(g, b, "b") == doctest::Approx(2));  // a-c, a-d
  CHECK(At(g, b, "c") == doctest::Approx(2));  // a-d, b-d
  CHECK(At(g, b, "d") == doctest::Approx(0));
}

TEST_CASE("betweenness splits credit between equally short routes") {
  std::vector<double> b = graph::Betweenness(Diamond());
  KnowledgeGraph g = Diamond();
  // KP..CN has two shortest paths (via RU and via IR): each gets half of that pair, and of KP..US.
  CHECK(At(g, b, "RU") == doctest::Approx(1.0));
  CHECK(At(g, b, "IR") == doctest::Approx(1.0));
  CHECK(At(g, b, "IN") == doctest::Approx(0));
  CHECK(graph::Betweenness(KnowledgeGraph()).empty());
}

TEST_CASE("pagerank sums to one and favours the actor others act on") {
  KnowledgeGraph g = WithEntities({"US", "CN", "RU", "KP"});
  g.AddEdge(MakeEdge("CN", Relation::kAccuse, "US"));
  g.AddEdge(MakeEdge("RU", Relation::kAccuse, "US"));
  g.AddEdge(MakeEdge("KP", Relation::kAccuse, "US"));
  g.AddEdge(MakeEdge("US", Relation::kSanction, "KP"));
  std::vector<double> r = graph::PageRank(g);
  REQUIRE(r.size() == 4);
  CHECK(std::accumulate(r.begin(), r.end(), 0.0) == doctest::Approx(1.0));
  CHECK(At(g, r, "US") > At(g, r, "KP"));
  CHECK(At(g, r, "KP") > At(g, r, "CN"));
  CHECK(At(g, r, "CN") == doctest::Approx(At(g, r, "RU")));
  CHECK(graph::PageRank(KnowledgeGraph()).empty());
}

TEST_CASE("pagerank treats a symmetric relation as pointing both ways") {
  KnowledgeGraph g = WithEntities({"IN", "RU"});
  g.AddEdge(MakeEdge("IN", Relation::kConsult, "RU"));
  std::vector<double> r = graph::PageRank(g);
  CHECK(At(g, r, "IN") == doctest::Approx(At(g, r, "RU")));
  KnowledgeGraph directed = WithEntities({"IN", "RU"});
  directed.AddEdge(MakeEdge("IN", Relation::kAccuse, "RU"));
  std::vector<double> d = graph::PageRank(directed);
  CHECK(At(directed, d, "RU") > At(directed, d, "IN"));
}
