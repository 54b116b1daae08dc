// Private to export/: the node and edge attributes the typed-attribute formats (GraphML, GEXF,
// Cytoscape.js) share, declared once so every tool shows the same columns.
#pragma once

#include <array>
#include <iterator>
#include <string>
#include <string_view>

#include "jaal/core/model.h"

namespace jaal::exporter {

enum class AttributeType { kString, kInt, kBool };

struct Attribute {
  std::string_view name;
  AttributeType type;
};

// Written in this order; docs/export.md lists them. Writers refer to them by position in the
// arrays NodeValues/EdgeValues return, so add at the end or update both together.
inline constexpr Attribute kNodeAttributes[] = {
    {"label", AttributeType::kString},  // Gephi shows `label`
    {"name", AttributeType::kString},   // Cytoscape (and igraph) name vertices by `name`
    {"type", AttributeType::kString},
    {"name_hi", AttributeType::kString},
    {"aliases", AttributeType::kString},
    {"entity_id", AttributeType::kString},
    {"degree", AttributeType::kInt},
};
inline constexpr Attribute kEdgeAttributes[] = {
    {"label", AttributeType::kString},
    {"relation", AttributeType::kString},
    {"mode", AttributeType::kString},
    {"predicate", AttributeType::kString},
    {"date", AttributeType::kString},
    {"modality", AttributeType::kString},
    {"asserted", AttributeType::kBool},
    {"attributed_to", AttributeType::kString},
    {"mentions", AttributeType::kInt},
    {"articles", AttributeType::kInt},
    {"edge_id", AttributeType::kString},
    {"evidence", AttributeType::kString},
    {"evidence_doc", AttributeType::kString},
};

using NodeValueArray = std::array<std::string, std::size(kNodeAttributes)>;
using EdgeValueArray = std::array<std::string, std::size(kEdgeAttributes)>;

/// The value of each kNodeAttributes entry as raw text (not yet escaped): ints in decimal, booleans
/// "true"/"false", lists joined ("|" for aliases), "" when there is no value.
NodeValueArray NodeValues(const Entity& entity, int degree);
/// The same for kEdgeAttributes; attributed_to is joined with "; ", evidence is the first sentence.
EdgeValueArray EdgeValues(const Edge& edge);

/// The entity type as a class or label name: "Person", "ArmedGroup", ...; "" for kUnknown.
std::string_view EntityClassName(EntityType type);
/// The Wikidata item id ("Q56226") when the entity id is one, else "".
std::string_view WikidataId(const Entity& entity);

}  // namespace jaal::exporter
