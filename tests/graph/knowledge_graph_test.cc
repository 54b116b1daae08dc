// KnowledgeGraph keeps one vertex per entity id and every distinct fact as its own edge.
#include <doctest/doctest.h>

#include "graph_fixtures.h"
#include "jaal/graph/knowledge_graph.h"

using namespace jaal;
using jaal::graph::KnowledgeGraph;
using jaal::testing::MakeEdge;
using jaal::testing::MakeEntity;

TEST_CASE("adding the same entity id twice gives one vertex and keeps the first entity") {
  KnowledgeGraph g;
  KnowledgeGraph::Vertex first = g.AddEntity(MakeEntity("country:KP", "North Korea"));
  KnowledgeGraph::Vertex again = g.AddEntity(MakeEntity("country:KP", "DPRK"));
  CHECK(first == again);
  CHECK(g.num_entities() == 1);
  CHECK(g.graph()[first].name == "North Korea");
}

TEST_CASE("an entity is found by its id and an unknown id is not found") {
  KnowledgeGraph g;
  g.AddEntity(MakeEntity("country:KP", "North Korea"));
  KnowledgeGraph::Vertex ru = g.AddEntity(MakeEntity("country:RU", "Russia"));
  REQUIRE(g.FindVertex("country:RU").has_value());
  CHECK(*g.FindVertex("country:RU") == ru);
  CHECK_FALSE(g.FindVertex("country:US").has_value());
}

TEST_CASE("an edge whose subject or object has not been added is refused and nothing is added") {
  KnowledgeGraph g;
  g.AddEntity(MakeEntity("country:KP", "North Korea"));
  CHECK_FALSE(g.AddEdge(MakeEdge("country:KP", Relation::kAgree, "country:RU")));
  CHECK_FALSE(g.AddEdge(MakeEdge("country:RU", Relation::kAgree, "country:KP")));
  CHECK(g.num_edges() == 0);
  CHECK(g.num_entities() == 1);  // no placeholder vertex for the missing endpoint
}

TEST_CASE("parallel edges between the same pair with a different relation or date are all kept") {
  KnowledgeGraph g;
  g.AddEntity(MakeEntity("country:KP", "North Korea"));
  g.AddEntity(MakeEntity("country:RU", "Russia"));
  CHECK(g.AddEdge(MakeEdge("country:KP", Relation::kAgree, "country:RU", "2024-06-19")));
  CHECK(g.AddEdge(MakeEdge("country:KP", Relation::kConsult, "country:RU", "2024-06-19")));
  CHECK(g.AddEdge(MakeEdge("country:KP", Relation::kAgree, "country:RU", "2023-09-13")));
  CHECK(g.AddEdge(MakeEdge("country:RU", Relation::kAgree, "country:KP", "2024-06-19")));
  CHECK(g.num_edges() == 4);

  const KnowledgeGraph::Graph& bg = g.graph();
  KnowledgeGraph::Vertex kp = *g.FindVertex("country:KP");
  KnowledgeGraph::Vertex ru = *g.FindVertex("country:RU");
  CHECK(boost::out_degree(kp, bg) == 3);
  CHECK(boost::in_degree(ru, bg) == 3);
  int agree_dates = 0;
  for (auto e : boost::make_iterator_range(boost::out_edges(kp, bg))) {
    CHECK(boost::target(e, bg) == ru);
    if (bg[e].relation == Relation::kAgree) ++agree_dates;
  }
  CHECK(agree_dates == 2);
}

TEST_CASE("vertex and edge bundles carry the entity and edge they were added with") {
  KnowledgeGraph g;
  Entity kim = MakeEntity("Q56226", "Kim Jong-un", EntityType::kPerson);
  kim.name_hi = "किम जोंग-उन";
  kim.aliases = {"Kim Jong Un", "किम जोंग उन"};
  KnowledgeGraph::Vertex v = g.AddEntity(kim);
  g.AddEntity(MakeEntity("country:RU", "Russia"));
  Edge visit = MakeEdge("Q56226", Relation::kConsult, "country:RU");
  visit.mode = "visit";
  visit.predicate = "visited";
  REQUIRE(g.AddEdge(visit));
  CHECK(g.graph()[v].name_hi == "किम जोंग-उन");
  CHECK(g.graph()[v].aliases.size() == 2);
  auto [e, found] = boost::edge(v, *g.FindVertex("country:RU"), g.graph());
  REQUIRE(found);
  CHECK(g.graph()[e].mode == "visit");
  CHECK(g.graph()[e].predicate == "visited");
}
