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
#include "jaal/graph/analytics.h"
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

void AppendPeriod(const std::optional<DatePeriod>& period, std::string& out) {
  if (!period) return;
  AppendAttribute("start", period->first.ToString(), out);
  AppendAttribute("end", period->last.ToString(), out);
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

// Each node's first and last appearance: the union of its dated edges' periods. A node with no
// dated edge gets no spell, which Gephi reads as "always present".
std::vector<std::optional<DatePeriod>> NodePeriods(const graph::KnowledgeGraph& graph) {
  std::vector<std::optional<DatePeriod>> periods(graph.num_entities());
  const auto& g = graph.graph();
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    std::optional<DatePeriod> p = PeriodOf(g[e].date);
    if (!p) continue;
    for (auto v : {boost::source(e, g), boost::target(e, g)}) {
      std::optional<DatePeriod>& span = periods[v];
      if (!span) {
        span = p;
        continue;
      }
      if (p->first.DaysSinceEpoch() < span->first.DaysSinceEpoch()) span->first = p->first;
      if (p->last.DaysSinceEpoch() > span->last.DaysSinceEpoch()) span->last = p->last;
    }
  }
  return periods;
}

}  // namespace

Status WriteGexf(const graph::KnowledgeGraph& graph, std::ostream& out) {
  return WriteGuarded("GEXF", out, [&] {
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
    out << head << "    <nodes count=\"" << graph.num_entities() << "\">\n";
    std::vector<int> degrees = graph::Degrees(graph);
    std::vector<std::optional<DatePeriod>> periods = NodePeriods(graph);
    ForEachNode(graph, out, [&](std::size_t i, const Entity& entity) {
      std::string node = "      <node id=\"n" + std::to_string(i) + "\"";
      AppendAttribute("label", entity.name, node);
      AppendPeriod(periods[i], node);
      AppendAttvalues("node", kNodeAttributes, NodeValues(entity, degrees[i]), "node", node);
      out << node;
    });
    out << "    </nodes>\n    <edges count=\"" << graph.num_edges() << "\">\n";
    ForEachEdge(graph, out, [&](std::size_t i, std::size_t source, std::size_t target, const Edge& edge) {
      std::string element = "      <edge id=\"e" + std::to_string(i) + "\" source=\"n" + std::to_string(source) +
                            "\" target=\"n" + std::to_string(target) + "\"";
      AppendAttribute("label", RelationName(edge.relation), element);
      // Gephi draws thickness from weight; an edge without evidence keeps the default of 1.
      if (edge.mentions > 0) AppendAttribute("weight", std::to_string(edge.mentions), element);
      AppendPeriod(PeriodOf(edge.date), element);
      AppendAttvalues("edge", kEdgeAttributes, EdgeValues(edge), "edge", element);
      out << element;
    });
    out << "    </edges>\n  </graph>\n</gexf>\n";
  });
}

}  // namespace jaal::exporter
