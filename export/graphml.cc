// A streaming GraphML writer: Boost 1.74's write_graphml cannot take our const bundled graph, and
// we need per-domain typed keys and text that is always well-formed XML whatever extraction read.
#include "jaal/exporter/graphml.h"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attributes.h"
#include "text_escape.h"
#include "walk.h"

namespace jaal::exporter {
namespace {

std::string_view GraphmlType(AttributeType type) {
  switch (type) {
    case AttributeType::kInt: return "int";
    case AttributeType::kBool: return "boolean";
    case AttributeType::kString: break;
  }
  return "string";
}

// The key id is the domain plus the name, so node and edge keys with the same attr.name (label)
// stay distinct and a reader of the raw file sees what each <data> holds.
void AppendKeys(std::string_view domain, std::span<const Attribute> attributes, std::string& out) {
  for (const Attribute& a : attributes) {
    out += "  <key id=\"" + std::string(domain) + "_" + std::string(a.name) + "\" for=\"" + std::string(domain) +
           "\" attr.name=\"" + std::string(a.name) + "\" attr.type=\"" + std::string(GraphmlType(a.type)) + "\"/>\n";
  }
}

// An empty value is omitted: GraphML readers treat a missing <data> as "no value", whereas an
// empty one becomes an empty string (or a parse error for int) in some of them.
void AppendData(std::string_view domain, std::span<const Attribute> attributes, std::span<const std::string> values,
                std::string& out) {
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    if (values[i].empty()) continue;
    out += "      <data key=\"" + std::string(domain) + "_" + std::string(attributes[i].name) + "\">";
    AppendXmlText(values[i], out);
    out += "</data>\n";
  }
}

}  // namespace

Status WriteGraphml(const graph::KnowledgeGraph& graph, std::ostream& out) { return WriteGraphml(*ViewOf(graph), out); }

Status WriteGraphml(const GraphView& graph, std::ostream& out) {
  return WriteGuarded("GraphML", out, [&]() -> Status {
    std::string head =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
        "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    AppendKeys("node", kNodeAttributes, head);
    AppendKeys("edge", kEdgeAttributes, head);
    out << head << "  <graph id=\"jaal\" edgedefault=\"directed\">\n";
    // One write per element, built in a buffer.
    Status nodes = ForEachNode(graph, out, [&](std::size_t i, const Entity& entity, const NodeFacts& facts) {
      std::string node = "    <node id=\"n" + std::to_string(i) + "\">\n";
      AppendData("node", kNodeAttributes, NodeValues(entity, facts.degree), node);
      out << node << "    </node>\n";
    });
    if (!nodes.ok()) return nodes;
    Status edges = ForEachEdge(graph, EvidenceNeed::kFirst, out, [&](std::size_t i, std::size_t source, std::size_t target, const Edge& edge) {
      std::string element = "    <edge id=\"e" + std::to_string(i) + "\" source=\"n" + std::to_string(source) +
                            "\" target=\"n" + std::to_string(target) + "\">\n";
      AppendData("edge", kEdgeAttributes, EdgeValues(edge), element);
      out << element << "    </edge>\n";
    });
    if (!edges.ok()) return edges;
    out << "  </graph>\n</graphml>\n";
    return Status::Ok();
  });
}

}  // namespace jaal::exporter
