// Entities and edges the graph tests build small graphs from, so each case states only what differs.
#pragma once

#include <string>

#include "jaal/core/model.h"

namespace jaal::testing {

inline Entity MakeEntity(const std::string& id, const std::string& name,
                         EntityType type = EntityType::kCountry) {
  Entity e;
  e.id = id;
  e.name = name;
  e.type = type;
  return e;
}

inline Edge MakeEdge(const std::string& subject, Relation relation, const std::string& object,
                     const std::string& date = "2024-06-19") {
  Edge e;
  e.subject_id = subject;
  e.relation = relation;
  e.object_id = object;
  e.date = date;
  e.id = subject + "|" + std::string(RelationName(relation)) + "|" + object + "|" + date;
  e.mentions = 1;
  e.articles = 1;
  return e;
}

}  // namespace jaal::testing
