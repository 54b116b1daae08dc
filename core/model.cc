// Names of the shared enums, and the JSON form of a triple.
#include "jaal/core/model.h"

#include <array>

#include "jaal/core/json.h"

namespace jaal {
namespace {

constexpr std::array<std::string_view, kRelationCount> kRelationNames = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "ROLE"};
constexpr std::array<std::string_view, 4> kModalityNames = {"asserted", "claimed", "denied", "future"};
constexpr std::array<std::string_view, 10> kEntityTypeNames = {
    "person", "country", "organisation", "armed_group", "media", "party", "company", "region", "group", "unknown"};

template <typename Enum, size_t N>
std::optional<Enum> FindName(const std::array<std::string_view, N>& names, std::string_view name) {
  for (size_t i = 0; i < N; ++i)
    if (names[i] == name) return static_cast<Enum>(i);
  return std::nullopt;
}

}  // namespace

std::string_view RelationName(Relation r) { return kRelationNames[static_cast<size_t>(r)]; }
std::optional<Relation> ParseRelation(std::string_view name) { return FindName<Relation>(kRelationNames, name); }
bool IsSymmetric(Relation r) {
  return r == Relation::kConsult || r == Relation::kAgree || r == Relation::kCooperate;
}

std::string_view ModalityName(Modality m) { return kModalityNames[static_cast<size_t>(m)]; }
std::optional<Modality> ParseModality(std::string_view name) { return FindName<Modality>(kModalityNames, name); }

std::string_view EntityTypeName(EntityType t) { return kEntityTypeNames[static_cast<size_t>(t)]; }
std::optional<EntityType> ParseEntityType(std::string_view name) {
  return FindName<EntityType>(kEntityTypeNames, name);
}

std::string TripleToJson(const Triple& t) {
  std::string out;
  json::ObjectWriter w(out);
  w.Field("doc", t.doc)
      .Field("subject", t.subject.name)
      .Field("subject_type", EntityTypeName(t.subject.type))
      .Field("relation", RelationName(t.relation))
      .Field("mode", t.mode)
      .Field("predicate", t.predicate)
      .Field("object", t.object.name)
      .Field("object_type", EntityTypeName(t.object.type))
      .Field("date", t.date)
      .Field("modality", ModalityName(t.modality))
      .Field("attributed_to", t.attributed_to)
      .Field("sentence", t.sentence);
  std::string span = "[" + std::to_string(t.span.begin) + "," + std::to_string(t.span.end) + "]";
  w.Raw("span", span)
      .Field("evidence", t.evidence)
      .Field("confidence", t.confidence)
      .Field("lang", t.lang)
      .Field("date_source", t.date_source)
      .Field("subject_id", t.subject.id)
      .Field("object_id", t.object.id)
      .Field("subject_hi", t.subject.name_hi)
      .Field("object_hi", t.object.name_hi);
  w.Close();
  return out;
}

}  // namespace jaal
