// Cytoscape.js elements JSON, for web views and Cytoscape Desktop's JSON import, with the same
// attributes as GraphML so both tools show the same columns.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "attributes.h"
#include "jaal/core/json.h"
#include "jaal/exporter/formats.h"
#include "text_escape.h"
#include "walk.h"

namespace jaal::exporter {
namespace {

// "n12", "e7". Built by appending: GCC 12 warns falsely (-Wrestrict) on "n" + std::to_string(...).
std::string ElementId(char kind, std::size_t index) {
  std::string id(1, kind);
  id += std::to_string(index);
  return id;
}

// Numbers and booleans go in unquoted (their text is already JSON), so filters like
// `edge[mentions > 1]` compare numbers; empty values are left out.
void AddData(std::span<const Attribute> attributes, std::span<const std::string> values, json::ObjectWriter& data) {
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    if (values[i].empty()) continue;
    if (attributes[i].type == AttributeType::kString) {
      data.Field(attributes[i].name, ValidUtf8(values[i]));
    } else {
      data.Raw(attributes[i].name, values[i]);
    }
  }
}

// {"data": {...}} with one element per line, so a large file still diffs and greps well.
std::string Element(bool first, const std::string& data) {
  return std::string(first ? "\n" : ",\n") + "{\"data\":" + data + "}";
}

}  // namespace

Status WriteCytoscapeJson(const graph::KnowledgeGraph& graph, std::ostream& out) {
  return WriteCytoscapeJson(*ViewOf(graph), out);
}

Status WriteCytoscapeJson(const GraphView& graph, std::ostream& out) {
  return WriteGuarded("Cytoscape.js JSON", out, [&]() -> Status {
    out << "{\"elements\":{\"nodes\":[";
    Status nodes = ForEachNode(graph, out, [&](std::size_t i, const Entity& entity, const NodeFacts& facts) {
      std::string text;
      json::ObjectWriter data(text);
      data.Field("id", ElementId('n', i));
      AddData(kNodeAttributes, NodeValues(entity, facts.degree), data);
      data.Close();
      out << Element(i == 0, text);
    });
    if (!nodes.ok()) return nodes;
    out << "\n],\"edges\":[";
    Status edges = ForEachEdge(graph, EvidenceNeed::kFirst, out, [&](std::size_t i, std::size_t source, std::size_t target, const Edge& edge) {
      std::string text;
      json::ObjectWriter data(text);
      data.Field("id", ElementId('e', i)).Field("source", ElementId('n', source)).Field("target", ElementId('n', target));
      AddData(kEdgeAttributes, EdgeValues(edge), data);
      data.Close();
      out << Element(i == 0, text);
    });
    if (!edges.ok()) return edges;
    out << "\n]}}\n";
    return Status::Ok();
  });
}

}  // namespace jaal::exporter
