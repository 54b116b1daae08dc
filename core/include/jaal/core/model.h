// The vocabulary every module shares: articles, actors, PLOVER relations, triples and their evidence.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jaal {

/// One news article as read from a corpus file; `text` is UTF-8 (NFC after extraction reads it).
struct Article {
  std::string id;
  std::string lang;   // "hi", "en", or "" when unknown (extraction detects it from the script)
  std::string title;
  std::string date;   // publication date "YYYY-MM-DD" (or shorter), "" when unknown
  std::string text;
  std::string source; // where it was read from, e.g. "samples/en/x.txt" or "corpus.jsonl:17"
};

/// The 16 PLOVER event types plus ROLE (a person holds an office in an organisation or country).
enum class Relation : std::uint8_t {
  kAgree, kConsult, kSupport, kConcede, kCooperate, kAid, kRetreat, kRequest,
  kAccuse, kReject, kThreaten, kProtest, kSanction, kMobilize, kCoerce, kAssault, kRole,
};
inline constexpr int kRelationCount = 17;

/// "AGREE", "CONSULT", ... "ROLE".
std::string_view RelationName(Relation r);
/// Inverse of RelationName (case-sensitive); nullopt for an unknown label.
std::optional<Relation> ParseRelation(std::string_view name);
/// CONSULT, AGREE and COOPERATE hold both ways.
bool IsSymmetric(Relation r);

/// Whether the text asserts a fact, reports someone's claim of it, denies it, or announces it.
enum class Modality : std::uint8_t { kAsserted, kClaimed, kDenied, kFuture };
std::string_view ModalityName(Modality m);
std::optional<Modality> ParseModality(std::string_view name);

/// What kind of actor an entity is.
enum class EntityType : std::uint8_t {
  kPerson, kCountry, kOrganisation, kArmedGroup, kMedia, kParty, kCompany, kRegion, kGroup, kUnknown,
};
/// "person", "country", "organisation", "armed_group", "media", "party", "company", "region",
/// "group", "unknown".
std::string_view EntityTypeName(EntityType t);
std::optional<EntityType> ParseEntityType(std::string_view name);

/// An actor as extraction names it. `id` is stable across builds and articles: the lexicon id
/// ("Q423" style or "country:KP") or, for actors found outside the lexicon, "new:" + a
/// script-independent key of the name, so that the same person in both scripts gets one id.
struct ActorRef {
  std::string id;
  std::string name;     // canonical English (Latin) name, e.g. "Kim Jong-un"
  std::string name_hi;  // Devanagari name when known
  EntityType type = EntityType::kUnknown;
};

/// Character offsets [begin, end) into the article text, counted in Unicode code points.
struct Span {
  std::int64_t begin = 0;
  std::int64_t end = 0;
};

/// One extracted fact with its evidence. This is the unit `jaal extract` prints.
struct Triple {
  std::string doc;
  std::string lang;
  ActorRef subject;
  Relation relation = Relation::kConsult;
  std::string mode;       // PLOVER mode ("visit", "aerial", ...) or ""
  std::string predicate;  // readable English phrase: "met", "sent troops to"
  ActorRef object;
  std::string date;       // ISO, as precise as the text allows
  std::string date_source;  // "text" (stated or resolved from the text), "article" (publication date), "" (none)
  Modality modality = Modality::kAsserted;
  std::vector<std::string> attributed_to;  // canonical names of the sources credited
  int sentence = 0;       // 0-based index of the evidence sentence in the article
  Span span;              // the evidence sentence in the article text
  std::string evidence;   // the sentence itself
  double confidence = 0;  // 0..1
};

/// The triple as one JSON object (the `jaal extract` line and the contract score.py reads).
std::string TripleToJson(const Triple& t);

// ---- What the store keeps and the graph is built from -------------------------------------

/// An actor as stored: one per real actor across all articles and both scripts.
struct Entity {
  std::string id;
  std::string name;
  std::string name_hi;
  EntityType type = EntityType::kUnknown;
  std::vector<std::string> aliases;  // every surface form seen, any script
};

/// Where a fact was read: enough to show the sentence to a user.
struct Evidence {
  std::string doc;
  std::string lang;
  int sentence = 0;
  Span span;
  std::string text;
  Modality modality = Modality::kAsserted;
  std::vector<std::string> attributed_to;
  double confidence = 0;
  std::string date;         // the date this evidence gave the fact (its edge's date may be a nearby one)
  std::string date_source;  // as Triple::date_source: "text", "article" or ""
};

/// One relation between two stored entities: one per real fact, with all its evidence.
struct Edge {
  std::string id;  // stable: derived from subject, relation, object, date
  std::string subject_id;
  Relation relation = Relation::kConsult;
  std::string object_id;
  std::string mode;
  std::string predicate;
  std::string date;
  Modality modality = Modality::kAsserted;  // the strongest over its evidence (asserted > claimed > future)
  std::vector<std::string> attributed_to;
  int mentions = 0;  // pieces of evidence
  int articles = 0;  // distinct documents
  std::vector<Evidence> evidence;
};

}  // namespace jaal
