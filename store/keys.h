// The only place that knows the key bytes of the jaal store: column families and key layouts.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "jaal/core/model.h"
#include "jaal/core/status.h"

namespace jaal::store::keys {

/// The stored schema. Bump it when a key layout, a value layout or the family list changes
/// incompatibly; Open refuses stores written with any other version.
inline constexpr std::uint32_t kSchemaVersion = 3;

/// The file that marks a directory as a jaal store; it also records the schema version so that a
/// newer store is refused before RocksDB touches it.
inline constexpr std::string_view kMarkerFile = "JAAL_STORE";
// Names the process that holds the store for writing (removed when it closes).
inline constexpr std::string_view kWriterFile = "JAAL_WRITER";

/// Column families. NEVER reorder or remove entries: append only, and bump kSchemaVersion when
/// the meaning of an existing family changes. The enum value is the index into kFamilyNames.
enum class Cf : int {
  kDefault,      // required by RocksDB; jaal writes nothing here
  kMeta,         // schema version, counters, last article written
  kDocuments,    // doc id -> DocumentInfo
  kEntities,     // entity id -> merged entity
  kEntityDocs,   // entity id \0 doc id -> how that document named the entity
  kAliases,      // NameKey(alias) \0 entity id -> empty
  kEdges,        // edge id -> edge aggregate (no evidence)
  kEvidence,     // edge id \0 doc id \0 sentence(be32) -> one piece of evidence
  kDocEdges,     // doc id \0 edge id -> sentences of that doc supporting the edge
  kIdxSubject,   // retired in schema 3 (idx_actor_relation answers it): kept empty
  kIdxObject,    // retired in schema 3 (idx_actor_relation answers it): kept empty
  kIdxRelation,  // relation code (1 byte) date \0 edge id -> empty
  kIdxDate,      // retired in schema 3 (idx_relation, merged, answers it): kept empty
  kEntityLinks,  // entity id \0 counterpart id -> edges by relation and direction, shared documents (schema 2)
  kIdxActorRelation,  // entity id \0 side(1 byte) relation code(1 byte) date \0 edge id -> empty (schema 2)
};
inline constexpr std::array<std::string_view, 15> kFamilyNames = {
    "default", "meta", "documents", "entities", "entity_docs", "aliases", "edges",
    "evidence", "doc_edges", "idx_subject", "idx_object", "idx_relation", "idx_date",
    "entity_links", "idx_actor_relation",
};
inline constexpr int kFamilyCount = static_cast<int>(kFamilyNames.size());

// ---- meta keys -------------------------------------------------------------------------------
inline constexpr std::string_view kSchemaKey = "schema_version";
inline constexpr std::string_view kLastArticleKey = "last_article";
/// Counters live under "n/": totals ("n/documents") and per-label counts ("n/relation/CONSULT").
inline constexpr std::string_view kCounterPrefix = "n/";
std::string TotalCounter(std::string_view what);  // "documents", "entities", "edges", "evidence"
std::string EntityTypeCounter(EntityType t);
std::string RelationCounter(Relation r);
std::string LangCounter(std::string_view lang);

// ---- stable one-byte codes for enums (store-owned, so a reordered core enum keeps old stores
// readable). Append only.
std::uint8_t RelationCode(Relation r);
std::optional<Relation> RelationFromCode(std::uint8_t code);
std::uint8_t ModalityCode(Modality m);
std::optional<Modality> ModalityFromCode(std::uint8_t code);
std::uint8_t EntityTypeCode(EntityType t);
std::optional<EntityType> EntityTypeFromCode(std::uint8_t code);

/// Ids, doc ids and dates become key parts separated by \0, so they must not contain it.
Status CheckKeyPart(std::string_view what, std::string_view part, bool allow_empty = false);

/// "e" + 16 hex digits: a 64-bit hash of subject, relation name, object and date, stable
/// across runs, platforms and versions of this schema.
std::string EdgeId(std::string_view subject_id, Relation r, std::string_view object_id, std::string_view date);

std::string Join(std::string_view a, std::string_view b);                      // a \0 b
std::string Prefix(std::string_view a);                                        // a \0
std::string EvidenceKey(std::string_view edge_id, std::string_view doc_id, int sentence);
/// Splits the part of an evidence key after "edge id \0"; false when malformed.
bool ParseEvidenceTail(std::string_view tail, std::string_view* doc_id, int* sentence);
std::string IndexKey(std::string_view prefix, std::string_view date, std::string_view edge_id);  // prefix date \0 edge
std::string RelationPrefix(Relation r);
/// Which end of an edge an entity is, in idx_actor_relation keys.
enum class Side : std::uint8_t { kSubject = 0, kObject = 1 };
/// "entity \0 side relation": the idx_actor_relation prefix of one entity's edges of one relation
/// on one side; an index key appends "date \0 edge id" as IndexKey does.
std::string ActorRelationPrefix(std::string_view entity_id, Side side, Relation r);
/// Splits "date \0 edge id" (an index key after its prefix); false when malformed.
bool ParseIndexTail(std::string_view tail, std::string_view* date, std::string_view* edge_id);

}  // namespace jaal::store::keys
