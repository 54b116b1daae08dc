// N-Triples, for triple stores and SPARQL: entities with labels in both scripts, and each fact as a
// resource of its own so its date, modality and evidence can be said about it.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "attributes.h"
#include "date_period.h"
#include "jaal/exporter/formats.h"
#include "text_escape.h"
#include "walk.h"

namespace jaal::exporter {
namespace {

// .invalid (RFC 2606) never resolves: these IRIs name things, they are not documents to fetch.
constexpr std::string_view kBase = "https://jaal.invalid/";
constexpr std::string_view kRdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
constexpr std::string_view kRdfsLabel = "<http://www.w3.org/2000/01/rdf-schema#label>";
constexpr std::string_view kOwlSameAs = "<http://www.w3.org/2002/07/owl#sameAs>";
constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

std::string Iri(std::string_view path, std::string_view local) {
  return "<" + std::string(kBase) + std::string(path) + std::string(local) + ">";
}
std::string Vocab(std::string_view term) { return Iri("vocab/", term); }
std::string EntityIri(const std::string& id) { return Iri("entity/", PercentEncode(id)); }

std::string Typed(std::string_view text, std::string_view xsd_type) {
  return NTriplesLiteral(text) + "^^<" + std::string(kXsd) + std::string(xsd_type) + ">";
}

// A language tag only when it has the BCP 47 shape N-Triples accepts (letters, then -alnum parts).
std::string Tagged(std::string_view text, std::string_view lang) {
  bool ok = !lang.empty() && lang.front() != '-' && lang.back() != '-';
  for (char c : lang) ok = ok && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-');
  return NTriplesLiteral(text) + (ok ? "@" + std::string(lang) : "");
}

// Devanagari (U+0900..U+097F) anywhere means the Hindi spelling of a name.
bool HasDevanagari(std::string_view text) {
  bool found = false;
  ForEachCodePoint(text, [&](char32_t cp, std::string_view) { found = found || (cp >= 0x900 && cp <= 0x97F); });
  return found;
}

class TripleWriter {
 public:
  explicit TripleWriter(std::string subject) : subject_(std::move(subject)) {}
  void Add(std::string_view predicate, std::string_view object) {
    text_ += subject_;
    text_ += ' ';
    text_ += predicate;
    text_ += ' ';
    text_ += object;
    text_ += " .\n";
  }
  // Empty text says nothing, so no triple.
  void AddText(std::string_view term, std::string_view text) {
    if (!text.empty()) Add(Vocab(term), NTriplesLiteral(text));
  }
  const std::string& text() const { return text_; }

 private:
  std::string subject_;
  std::string text_;
};

// The date with the XSD type of its precision; text that is no date stays a plain string.
void AddDate(const std::string& date, TripleWriter& t) {
  std::optional<DatePeriod> period = PeriodOf(date);
  if (!period) return t.AddText("dateText", date);
  const Date& d = period->precise;
  std::string_view type = d.full() ? "date" : d.month != 0 ? "gYearMonth" : "gYear";
  t.Add(Vocab("date"), Typed(d.ToString(), type));
}

void WriteEntity(const Entity& entity, std::ostream& out) {
  TripleWriter t(EntityIri(entity.id));
  std::string_view cls = EntityClassName(entity.type);
  t.Add(kRdfType, Vocab(cls.empty() ? "Entity" : cls));
  if (!entity.name.empty()) t.Add(kRdfsLabel, Tagged(entity.name, "en"));
  if (!entity.name_hi.empty()) t.Add(kRdfsLabel, Tagged(entity.name_hi, "hi"));
  t.AddText("entityId", entity.id);
  t.AddText("type", EntityTypeName(entity.type));
  for (const std::string& alias : entity.aliases) {
    t.Add(Vocab("alias"), HasDevanagari(alias) ? Tagged(alias, "hi") : NTriplesLiteral(alias));
  }
  if (std::string_view q = WikidataId(entity); !q.empty()) {
    t.Add(kOwlSameAs, "<http://www.wikidata.org/entity/" + std::string(q) + ">");
  }
  out << t.text();
}

void WriteEdge(std::size_t index, const Edge& edge, std::ostream& out) {
  TripleWriter t(Iri("edge/", PercentEncode(edge.id.empty() ? "e" + std::to_string(index) : edge.id)));
  t.Add(kRdfType, Vocab("Edge"));
  t.Add(Vocab("subject"), EntityIri(edge.subject_id));
  t.Add(Vocab("relation"), Iri("relation/", RelationName(edge.relation)));
  t.Add(Vocab("object"), EntityIri(edge.object_id));
  if (!edge.date.empty()) AddDate(edge.date, t);
  t.AddText("mode", edge.mode);
  t.AddText("predicate", edge.predicate);
  t.AddText("modality", ModalityName(edge.modality));
  for (const std::string& source : edge.attributed_to) t.AddText("attributedTo", source);
  t.Add(Vocab("mentions"), Typed(std::to_string(edge.mentions), "integer"));
  t.Add(Vocab("articles"), Typed(std::to_string(edge.articles), "integer"));
  t.AddText("edgeId", edge.id);
  for (const Evidence& e : edge.evidence) {
    if (!e.text.empty()) t.Add(Vocab("evidence"), Tagged(e.text, e.lang));
  }
  out << t.text();
}

}  // namespace

Status WriteNTriples(const graph::KnowledgeGraph& graph, std::ostream& out) { return WriteNTriples(*ViewOf(graph), out); }

Status WriteNTriples(const GraphView& graph, std::ostream& out) {
  return WriteGuarded("N-Triples", out, [&]() -> Status {
    Status nodes = ForEachNode(graph, out, [&](std::size_t, const Entity& entity, const NodeFacts&) { WriteEntity(entity, out); });
    if (!nodes.ok()) return nodes;
    return ForEachEdge(graph, EvidenceNeed::kAll, out,
                       [&](std::size_t i, std::size_t, std::size_t, const Edge& edge) { WriteEdge(i, edge, out); });
  });
}

}  // namespace jaal::exporter
