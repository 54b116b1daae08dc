// Entity and Edge fields flattened to the shared attribute columns.
#include "attributes.h"

#include "text_escape.h"

namespace jaal::exporter {

NodeValueArray NodeValues(const Entity& entity, int degree) {
  return {entity.name,         entity.name,   std::string(EntityTypeName(entity.type)),
          entity.name_hi,      Join(entity.aliases, "|"), entity.id,
          std::to_string(degree)};
}

EdgeValueArray EdgeValues(const Edge& edge) {
  const std::string relation(RelationName(edge.relation));
  const bool has_evidence = !edge.evidence.empty();
  return {relation,
          relation,
          edge.mode,
          edge.predicate,
          edge.date,
          std::string(ModalityName(edge.modality)),
          edge.modality == Modality::kAsserted ? "true" : "false",
          Join(edge.attributed_to, "; "),
          std::to_string(edge.mentions),
          std::to_string(edge.articles),
          edge.id,
          has_evidence ? edge.evidence.front().text : "",
          has_evidence ? edge.evidence.front().doc : ""};
}

std::string_view EntityClassName(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "Person";
    case EntityType::kCountry: return "Country";
    case EntityType::kOrganisation: return "Organisation";
    case EntityType::kArmedGroup: return "ArmedGroup";
    case EntityType::kMedia: return "Media";
    case EntityType::kParty: return "Party";
    case EntityType::kCompany: return "Company";
    case EntityType::kRegion: return "Region";
    case EntityType::kGroup: return "Group";
    case EntityType::kUnknown: break;
  }
  return "";
}

// Lexicon ids of actors with a Wikidata item are the item id itself; "country:KP" and "new:..."
// are not.
std::string_view WikidataId(const Entity& entity) {
  std::string_view id = entity.id;
  if (id.size() < 2 || id[0] != 'Q') return "";
  for (char c : id.substr(1)) {
    if (c < '0' || c > '9') return "";
  }
  return id;
}

}  // namespace jaal::exporter
