// A streaming GraphML writer: Boost 1.74's write_graphml cannot take our const bundled graph, and
// we need per-domain typed keys and text that is always well-formed XML whatever extraction read.
#include "jaal/exporter/graphml.h"

#include <cstddef>
#include <cstdint>
#include <ios>
#include <string>
#include <string_view>
#include <vector>

#include <boost/range/iterator_range.hpp>

#include "jaal/graph/analytics.h"

namespace jaal::exporter {
namespace {

// U+FFFD in UTF-8: stands in for each invalid byte sequence so a reader sees that text was lost.
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Length of the well-formed UTF-8 sequence at the start of `s`, or 0 when it is not one
// (stray continuation byte, truncated sequence, overlong form, surrogate, beyond U+10FFFF).
// The ranges are those of Unicode Table 3-7.
std::size_t Utf8SequenceLength(std::string_view s, char32_t& code_point) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char b0 = byte(0);
  if (b0 < 0x80) {
    code_point = b0;
    return 1;
  }
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0) lo = 0xA0;  // overlong
    if (b0 == 0xED) hi = 0x9F;  // UTF-16 surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0) lo = 0x90;  // overlong
    if (b0 == 0xF4) hi = 0x8F;  // beyond U+10FFFF
  } else {
    return 0;
  }
  if (s.size() < len || byte(1) < lo || byte(1) > hi) return 0;
  for (std::size_t i = 2; i < len; ++i) {
    if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
  }
  code_point = b0 & (0xFF >> (len + 1));
  for (std::size_t i = 1; i < len; ++i) code_point = (code_point << 6) | (byte(i) & 0x3F);
  return len;
}

// Appends `text` to `out` as XML 1.0 character data usable in both content and attribute values:
// markup characters escaped, each run of bytes that is not valid UTF-8 replaced by one U+FFFD, and
// characters XML 1.0 forbids (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF) dropped, since no
// reference can express them. CR is written as &#13; so parsers do not normalise it to LF.
void AppendXmlText(std::string_view text, std::string& out) {
  bool in_invalid_run = false;
  while (!text.empty()) {
    char32_t cp = 0;
    std::size_t len = Utf8SequenceLength(text, cp);
    if (len == 0) {
      if (!in_invalid_run) out += kReplacement;
      in_invalid_run = true;
      text.remove_prefix(1);
      continue;
    }
    in_invalid_run = false;
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\r': out += "&#13;"; break;
      case '\t':
      case '\n': out += static_cast<char>(cp); break;
      default:
        if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF) break;
        out.append(text.substr(0, len));
    }
    text.remove_prefix(len);
  }
}

enum class Domain { kNode, kEdge };

// One <key>. The id is the domain plus the name, so node and edge keys with the same attr.name
// (label) stay distinct and a reader of the raw file sees what each <data> holds.
struct Key {
  Domain domain;
  std::string_view name;
  std::string_view type;  // GraphML attr.type: string, int, boolean, double
};

// Declared in this order; the writers below refer to them by name, so reordering is harmless.
constexpr Key kKeys[] = {
    {Domain::kNode, "label", "string"},  // Gephi shows `label`
    {Domain::kNode, "name", "string"},   // Cytoscape (and igraph) name vertices by `name`
    {Domain::kNode, "type", "string"},
    {Domain::kNode, "name_hi", "string"},
    {Domain::kNode, "aliases", "string"},
    {Domain::kNode, "entity_id", "string"},
    {Domain::kNode, "degree", "int"},
    {Domain::kEdge, "label", "string"},
    {Domain::kEdge, "relation", "string"},
    {Domain::kEdge, "mode", "string"},
    {Domain::kEdge, "predicate", "string"},
    {Domain::kEdge, "date", "string"},
    {Domain::kEdge, "modality", "string"},
    {Domain::kEdge, "asserted", "boolean"},
    {Domain::kEdge, "attributed_to", "string"},
    {Domain::kEdge, "mentions", "int"},
    {Domain::kEdge, "articles", "int"},
    {Domain::kEdge, "edge_id", "string"},
    {Domain::kEdge, "evidence", "string"},
    {Domain::kEdge, "evidence_doc", "string"},
};

std::string_view DomainName(Domain d) { return d == Domain::kNode ? "node" : "edge"; }

std::string KeyId(Domain domain, std::string_view name) {
  return std::string(DomainName(domain)) + "_" + std::string(name);
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string joined;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) joined += separator;
    joined += parts[i];
  }
  return joined;
}

// Builds one element's text in a buffer so the stream sees one write per node or edge.
class ElementWriter {
 public:
  explicit ElementWriter(Domain domain) : domain_(domain) {}

  // An empty value is omitted: GraphML readers treat a missing <data> as "no value", whereas an
  // empty one becomes an empty string (or a parse error for int) in some of them.
  void Data(std::string_view name, std::string_view value) {
    if (value.empty()) return;
    buffer_ += "      <data key=\"";
    buffer_ += KeyId(domain_, name);
    buffer_ += "\">";
    AppendXmlText(value, buffer_);
    buffer_ += "</data>\n";
  }
  // Separate names, not overloads: a string literal would otherwise pick the bool overload.
  void IntData(std::string_view name, int value) { Data(name, std::to_string(value)); }
  void BoolData(std::string_view name, bool value) { Data(name, value ? "true" : "false"); }

  std::string& buffer() { return buffer_; }

 private:
  Domain domain_;
  std::string buffer_;
};

void WriteHeader(std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& key : kKeys) {
    out << "  <key id=\"" << KeyId(key.domain, key.name) << "\" for=\"" << DomainName(key.domain)
        << "\" attr.name=\"" << key.name << "\" attr.type=\"" << key.type << "\"/>\n";
  }
  out << "  <graph id=\"jaal\" edgedefault=\"directed\">\n";
}

void WriteNode(const Entity& entity, std::size_t index, int degree, std::ostream& out) {
  ElementWriter w(Domain::kNode);
  w.buffer() += "    <node id=\"n" + std::to_string(index) + "\">\n";
  w.Data("label", entity.name);
  w.Data("name", entity.name);
  w.Data("type", EntityTypeName(entity.type));
  w.Data("name_hi", entity.name_hi);
  w.Data("aliases", Join(entity.aliases, "|"));
  w.Data("entity_id", entity.id);
  w.IntData("degree", degree);
  w.buffer() += "    </node>\n";
  out << w.buffer();
}

void WriteEdge(const Edge& edge, std::size_t index, std::size_t source, std::size_t target,
               std::ostream& out) {
  ElementWriter w(Domain::kEdge);
  w.buffer() += "    <edge id=\"e" + std::to_string(index) + "\" source=\"n" + std::to_string(source) +
                "\" target=\"n" + std::to_string(target) + "\">\n";
  w.Data("label", RelationName(edge.relation));
  w.Data("relation", RelationName(edge.relation));
  w.Data("mode", edge.mode);
  w.Data("predicate", edge.predicate);
  w.Data("date", edge.date);
  w.Data("modality", ModalityName(edge.modality));
  w.BoolData("asserted", edge.modality == Modality::kAsserted);
  w.Data("attributed_to", Join(edge.attributed_to, "; "));
  w.IntData("mentions", edge.mentions);
  w.IntData("articles", edge.articles);
  w.Data("edge_id", edge.id);
  if (!edge.evidence.empty()) {
    w.Data("evidence", edge.evidence.front().text);
    w.Data("evidence_doc", edge.evidence.front().doc);
  }
  w.buffer() += "    </edge>\n";
  out << w.buffer();
}

}  // namespace

Status WriteGraphml(const graph::KnowledgeGraph& graph, std::ostream& out) {
  if (!out) return Status::IoError("write GraphML: output stream is not writable");
  // A caller may have enabled stream exceptions; they become a Status here, not at the caller.
  try {
    const graph::KnowledgeGraph::Graph& g = graph.graph();
    std::vector<int> degrees = graph::Degrees(graph);
    WriteHeader(out);
    // vecS vertices: the descriptor is the index, so n<k> is stable for a given graph.
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      WriteNode(g[v], v, degrees[v], out);
      if (!out) break;
    }
    std::size_t edge_index = 0;
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
      if (!out) break;
      WriteEdge(g[e], edge_index++, boost::source(e, g), boost::target(e, g), out);
    }
    out << "  </graph>\n</graphml>\n";
    out.flush();
  } catch (const std::ios_base::failure& e) {
    return Status::IoError(std::string("write GraphML: ") + e.what());
  }
  if (!out) return Status::IoError("write GraphML: the output stream failed");
  return Status::Ok();
}

}  // namespace jaal::exporter
