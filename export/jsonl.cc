// Edges as JSON lines with all their evidence, for jq, pandas and review tools that want the
// sentences behind each fact rather than a graph.
#include <cstddef>
#include <optional>
#include <utility>
#include <string>

#include "jaal/core/json.h"
#include "jaal/exporter/formats.h"
#include "text_escape.h"
#include "walk.h"

namespace jaal::exporter {
namespace {

std::string EvidenceJson(const Evidence& e) {
  std::string span;
  json::ObjectWriter(span)
      .Field("begin", static_cast<long long>(e.span.begin))
      .Field("end", static_cast<long long>(e.span.end))
      .Close();
  std::string text;
  json::ObjectWriter(text)
      .Field("doc", ValidUtf8(e.doc))
      .Field("lang", ValidUtf8(e.lang))
      .Field("sentence", e.sentence)
      .Raw("span", span)
      .Field("text", ValidUtf8(e.text))
      .Field("modality", ModalityName(e.modality))
      .Field("attributed_to", ValidUtf8(e.attributed_to))
      .Field("confidence", e.confidence)
      .Field("evidence_date", ValidUtf8(e.date))
      .Field("date_source", ValidUtf8(e.date_source))
      .Close();
  return text;
}

// Every key on every line, "" or [] when empty, so readers need no "is it there" checks.
std::string EdgeJson(const Entity& subject, const Entity& object, const Edge& edge) {
  std::string evidence = "[";
  for (std::size_t i = 0; i < edge.evidence.size(); ++i) {
    if (i > 0) evidence += ',';
    evidence += EvidenceJson(edge.evidence[i]);
  }
  evidence += ']';
  std::string text;
  json::ObjectWriter(text)
      .Field("id", ValidUtf8(edge.id))
      .Field("subject_id", ValidUtf8(subject.id))
      .Field("subject", ValidUtf8(subject.name))
      .Field("subject_hi", ValidUtf8(subject.name_hi))
      .Field("relation", RelationName(edge.relation))
      .Field("object_id", ValidUtf8(object.id))
      .Field("object", ValidUtf8(object.name))
      .Field("object_hi", ValidUtf8(object.name_hi))
      .Field("mode", ValidUtf8(edge.mode))
      .Field("predicate", ValidUtf8(edge.predicate))
      .Field("date", ValidUtf8(edge.date))
      .Field("modality", ModalityName(edge.modality))
      .Field("attributed_to", ValidUtf8(edge.attributed_to))
      .Field("mentions", edge.mentions)
      .Field("articles", edge.articles)
      .Raw("evidence", evidence)
      .Close();
  return text;
}

}  // namespace

Status WriteEdgesJsonl(const graph::KnowledgeGraph& graph, std::ostream& out) { return WriteEdgesJsonl(*ViewOf(graph), out); }

Status WriteEdgesJsonl(const GraphView& graph, std::ostream& out) {
  return WriteGuarded("JSONL", out, [&]() -> Status {
    // Consecutive edges often share an end (they come in date order, a busy actor on many), so the
    // last entities read are kept; nothing else is.
    std::optional<std::pair<std::size_t, Entity>> last_subject, last_object;
    auto node = [&](std::size_t index, std::optional<std::pair<std::size_t, Entity>>& slot) -> Result<const Entity*> {
      if (!slot || slot->first != index) {
        auto entity = graph.NodeEntity(index);
        if (!entity.ok()) return entity.status();
        slot.emplace(index, std::move(*entity));
      }
      return &slot->second;
    };
    return graph.ForEachEdge(EvidenceNeed::kAll, [&](std::size_t, std::size_t source, std::size_t target, const Edge& edge) {
      if (!out) return Status::IoError("the output stream failed");
      auto subject = node(source, last_subject);
      if (!subject.ok()) return subject.status();
      auto object = node(target, last_object);
      if (!object.ok()) return object.status();
      out << EdgeJson(**subject, **object, edge) << '\n';
      return Status::Ok();
    });
  });
}

}  // namespace jaal::exporter
