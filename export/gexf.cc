// GEXF for Gephi's timeline: a dynamic graph whose edges live over their dates' periods, so the
// events play back in time, with the same typed attributes the GraphML writer declares.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attributes.h"
#include "date_period.h"
#include "jaal/exporter/formats.h"
#include "text_escape.h"
#include "walk.h"

namespace jaal::exporter {
namespace {

std::string_view GexfType(AttributeType type) {
  switch (type) {
    case AttributeType::kInt: return "integer";
    case AttributeType::kBool: return "boolean";
    case AttributeType::kString: break;
  }
  return "string";
}

// `label` is the element's own label attribute in GEXF, so it is not declared again.
bool IsLabel(const Attribute& a) { return a.name == "label"; }

void AppendDeclarations(std::string_view domain, std::span<const Attribute> attributes, std::string& out) {
  out += "    <attributes class=\"" + std::string(domain) + "\" mode=\"static\">\n";
  for (const Attribute& a : attributes) {
    if (IsLabel(a)) continue;
    out += "      <attribute id=\"" + std::string(domain) + "_" + std::string(a.name) + "\" title=\"" +
           std::string(a.name) + "\" type=\"" + std::string(GexfType(a.type)) + "\"/>\n";
  }
  out += "    </attributes>\n";
}

void AppendAttribute(std::string_view name, std::string_view value, std::string& out) {
  out += ' ';
  out += name;
  out += "=\"";
  AppendXmlAttribute(value, out);
  out += '"';
}

void AppendPeriod(const std::optional<Date>& first, const std::optional<Date>& last, std::string& out) {
  if (!first || !last) return;
  AppendAttribute("start", first->ToString(), out);
  AppendAttribute("end", last->ToString(), out);
}

// Closes the element's start tag and writes its non-empty values; empty ones are left out, as in
// GraphML, so readers see "no value".
void AppendAttvalues(std::string_view domain, std::span<const Attribute> attributes,
                     std::span<const std::string> values, std::string_view element, std::string& out) {
  out += ">\n        <attvalues>\n";
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    if (IsLabel(attributes[i]) || values[i].empty()) continue;
    out += "          <attvalue for=\"" + std::string(domain) + "_" + std::string(attributes[i].name) + "\"";
    AppendAttribute("value", values[i], out);
    out += "/>\n";
  }
  out += "        </attvalues>\n      </" + std::string(element) + ">\n";
}

}  // namespace

Status WriteGexf(const graph::KnowledgeGraph& graph, std::ostream& out) { return WriteGexf(*ViewOf(graph), out); }

Status WriteGexf(const GraphView& graph, std::ostream& out) {
  return WriteGuarded("GEXF", out, [&]() -> Status {
    std::string head =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<gexf xmlns=\"http://www.gexf.net/1.2draft\"\n"
        "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        "    xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\"\n"
        "    version=\"1.2\">\n"
        "  <meta>\n    <creator>jaal</creator>\n"
        "    <description>Geopolitical events extracted from news; edges are dated facts</description>\n"
        "  </meta>\n"
        "  <graph mode=\"dynamic\" timeformat=\"date\" defaultedgetype=\"directed\">\n";
    AppendDeclarations("node", kNodeAttributes, head);
    AppendDeclarations("edge", kEdgeAttributes, head);
    out << head << "    <nodes count=\"" << graph.num_nodes() << "\">\n";
    // A node lives from the first to the last day of its dated edges; one without any gets no
    // spell, which Gephi reads as "always present".
    Status nodes = ForEachNode(graph, out, [&](std::size_t i, const Entity& entity, const NodeFacts& facts) {
      std::string node = "      <node id=\"n" + std::to_string(i) + "\"";
      AppendAttribute("label", entity.name, node);
      AppendPeriod(facts.first_day, facts.last_day, node);
      AppendAttvalues("node", kNodeAttributes, NodeValues(entity, facts.degree), "node", node);
      out << node;
    });
    if (!nodes.ok()) return nodes;
    out << "    </nodes>\n    <edges count=\"" << graph.num_edges() << "\">\n";
    Status edges = ForEachEdge(graph, EvidenceNeed::kFirst, out, [&](std::size_t i, std::size_t source, std::size_t target, const Edge& edge) {
      std::string element = "      <edge id=\"e" + std::to_string(i) + "\" source=\"n" + std::to_string(source) +
                            "\" target=\"n" + std::to_string(target) + "\"";
      AppendAttribute("label", RelationName(edge.relation), element);
      // Gephi draws thickness from weight; an edge without evidence keeps the default of 1.
      if (edge.mentions > 0) AppendAttribute("weight", std::to_string(edge.mentions), element);
      std::optional<DatePeriod> period = PeriodOf(edge.date);
      if (period) AppendPeriod(period->first, period->last, element);
      AppendAttvalues("edge", kEdgeAttributes, EdgeValues(edge), "edge", element);
      out << element;
    });
    if (!edges.ok()) return edges;
    out << "    </edges>\n  </graph>\n</gexf>\n";
    return Status::Ok();
  });
}

}  // namespace jaal::exporter
