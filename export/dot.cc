// Graphviz DOT, for quick static pictures of a neighbourhood (`dot -Tsvg`), with labels in both
// scripts and a font that has Devanagari.
#include <cstddef>
#include <string>
#include <string_view>

#include "jaal/exporter/formats.h"
#include "text_escape.h"
#include "walk.h"

namespace jaal::exporter {
namespace {

// Noto Sans has no Devanagari and Noto Sans Devanagari no Latin; Pango (Graphviz's text layout)
// takes the list and falls back per script. Both ship in Debian's fonts-noto-core.
constexpr std::string_view kFont = "Noto Sans,Noto Sans Devanagari";

struct NodeStyle {
  std::string_view shape;
  std::string_view fill;
};

// Colours from ColorBrewer's Pastel1/Set3, light enough for black text.
NodeStyle StyleOf(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return {"ellipse", "#a6cee3"};
    case EntityType::kCountry: return {"box", "#b2df8a"};
    case EntityType::kOrganisation: return {"hexagon", "#fdbf6f"};
    case EntityType::kArmedGroup: return {"octagon", "#fb9a99"};
    case EntityType::kMedia: return {"note", "#cab2d6"};
    case EntityType::kParty: return {"house", "#ffff99"};
    case EntityType::kCompany: return {"component", "#ccebc5"};
    case EntityType::kRegion: return {"folder", "#e5d8bd"};
    case EntityType::kGroup: return {"egg", "#fddaec"};
    case EntityType::kUnknown: break;
  }
  return {"ellipse", "#f2f2f2"};
}

// Line style says how sure the text was: a claim is dashed, an announcement dotted, a denial grey.
std::string_view EdgeStyle(Modality modality) {
  switch (modality) {
    case Modality::kClaimed: return "style=dashed";
    case Modality::kFuture: return "style=dotted";
    case Modality::kDenied: return "style=dashed, color=\"#999999\", fontcolor=\"#999999\"";
    case Modality::kAsserted: break;
  }
  return "style=solid";
}

}  // namespace

Status WriteDot(const graph::KnowledgeGraph& graph, std::ostream& out) { return WriteDot(*ViewOf(graph), out); }

Status WriteDot(const GraphView& graph, std::ostream& out) {
  return WriteGuarded("DOT", out, [&]() -> Status {
    const std::string font = DotQuoted(kFont);
    out << "// jaal knowledge graph: render with `dot -Tsvg`; edges are dated facts\n"
           "digraph jaal {\n"
           "  graph [rankdir=LR, fontname=" << font << "];\n"
           "  node [style=filled, fontsize=11, fontname=" << font << "];\n"
           "  edge [fontsize=9, fontname=" << font << "];\n";
    Status nodes = ForEachNode(graph, out, [&](std::size_t, const Entity& entity, const NodeFacts&) {
      std::string label = entity.name.empty() ? entity.id : entity.name;
      if (!entity.name_hi.empty()) label += "\n" + entity.name_hi;
      NodeStyle style = StyleOf(entity.type);
      out << "  " << DotQuoted(entity.id) << " [label=" << DotQuoted(label) << ", shape=" << style.shape
          << ", fillcolor=\"" << style.fill << "\"];\n";
    });
    if (!nodes.ok()) return nodes;
    // Nodes are named by entity id, which every edge carries as its subject and object.
    Status edges = ForEachEdge(graph, EvidenceNeed::kNone, out, [&](std::size_t, std::size_t, std::size_t, const Edge& edge) {
      std::string label(RelationName(edge.relation));
      if (!edge.date.empty()) label += "\n" + edge.date;
      out << "  " << DotQuoted(edge.subject_id) << " -> " << DotQuoted(edge.object_id) << " [label=" << DotQuoted(label)
          << ", " << EdgeStyle(edge.modality) << "];\n";
    });
    if (!edges.ok()) return edges;
    out << "}\n";
    return Status::Ok();
  });
}

}  // namespace jaal::exporter
