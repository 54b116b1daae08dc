// Value bytes of the jaal store: how each stored record becomes bytes and back, and nothing else.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "jaal/core/model.h"
#include "jaal/core/status.h"
#include "jaal/store/graph_store.h"

namespace jaal::store::codec {

/// The first byte of every stored value. A value with another first byte is refused as corrupt,
/// so a future layout can coexist with this one only under a new byte.
inline constexpr std::uint8_t kValueFormat = 1;

/// How one document named one entity (the entity_docs family). The entity is rebuilt from these
/// whenever a document that named it goes away.
struct Sighting {
  std::string name;
  std::string name_hi;
  EntityType type = EntityType::kUnknown;
  std::vector<std::string> aliases;  // sorted, distinct surface forms
};

/// An entity as stored: the merged view plus which documents won each field and how many
/// documents use each alias, so that adding or removing a document can update it in place and
/// still agree with a rebuild from scratch. `entity.aliases` mirrors the keys of `alias_docs`.
struct EntityRecord {
  Entity entity;
  std::map<std::string, std::int64_t> alias_docs;  // alias -> documents that use it
  std::string name_doc, name_hi_doc, type_doc;      // the smallest doc id that supplied each field
  std::int64_t docs = 0;                             // documents naming the entity
};

/// An edge as stored: the aggregate over its evidence (Edge::evidence stays empty), the counts
/// behind modality and attributed_to (so evidence can also be taken away), and the key of the
/// evidence that supplied mode and predicate. `edge.attributed_to` mirrors `attributions`.
struct EdgeRecord {
  Edge edge;
  std::array<std::int64_t, 4> modality_counts{};       // evidence per modality code
  std::map<std::string, std::int64_t> attributions;  // source -> evidence crediting it
  std::string rep_doc;
  int rep_sentence = 0;
  std::int64_t stated = 0;  // evidence whose date the text states: anchors article-dated reports (docs/storage.md)
};

/// One piece of evidence; doc and sentence live in the key. Mode and predicate are kept per
/// evidence so that the edge can be recomputed when a document leaves.
struct EvidenceRecord {
  Evidence evidence;
  std::string mode;
  std::string predicate;
};

/// How one entity connects to one counterpart (the entity_links family): how many edges join
/// them, by relation code and by direction as seen from the entity (out: it is the subject, in:
/// the object, both: a symmetric relation), and how many documents have evidence on any of them.
/// A pure function of the edges and evidence stored, so every history gives the same record.
struct LinkRecord {
  static constexpr int kOut = 0, kIn = 1, kBoth = 2;
  std::array<std::array<std::int64_t, 3>, kRelationCount> edges{};  // [relation code][direction]
  std::int64_t docs = 0;
  bool empty() const;
};

std::string EncodeDocument(const DocumentInfo& d);
Status DecodeDocument(std::string_view bytes, DocumentInfo* d);
std::string EncodeSighting(const Sighting& s);
Status DecodeSighting(std::string_view bytes, Sighting* s);
std::string EncodeEntity(const EntityRecord& e);
Status DecodeEntity(std::string_view bytes, EntityRecord* e);
std::string EncodeEdge(const EdgeRecord& e);
Status DecodeEdge(std::string_view bytes, EdgeRecord* e);
/// `doc` and `sentence` are taken from the key and copied into the result.
std::string EncodeEvidence(const EvidenceRecord& e);
Status DecodeEvidence(std::string_view bytes, EvidenceRecord* e);
std::string EncodeSentences(const std::vector<int>& sentences);
Status DecodeSentences(std::string_view bytes, std::vector<int>* sentences);
/// `varint n`, then n × (`u8` relation code, `u8` direction, `svarint` count ≥ 1) in increasing
/// (relation, direction) order, then `svarint docs`.
std::string EncodeLink(const LinkRecord& l);
Status DecodeLink(std::string_view bytes, LinkRecord* l);
std::string EncodeCount(std::int64_t n);
Status DecodeCount(std::string_view bytes, std::int64_t* n);
/// The empty value of alias and index keys: just the format byte.
std::string EncodeEmpty();

}  // namespace jaal::store::codec
