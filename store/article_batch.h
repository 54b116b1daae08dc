// One article in or out as one WriteBatch, every aggregate kept equal to a clean build of what remains.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <rocksdb/write_batch.h>

#include "codec.h"
#include "db.h"
#include "jaal/store/graph_store.h"

namespace jaal::store {

/// Stages the removal of one stored document and/or the addition of one document, then commits
/// them atomically. Not reusable: one ArticleBatch per PutArticle / RemoveArticle.
class ArticleBatch {
 public:
  explicit ArticleBatch(const Db& db) : db_(db) {}

  /// Stages taking out the stored document `old`: its evidence, sightings and record.
  Status Remove(const DocumentInfo& old);
  /// Stages `doc` with its triples. When the id is stored, Remove it in this batch first.
  Status Add(const DocumentInfo& doc, const std::vector<Triple>& triples);
  /// Rebuilds every touched edge and entity, adjusts indexes and counters, and writes it all in
  /// one WriteBatch (WAL on).
  Status Commit();

 private:
  struct EdgeWork {
    std::optional<codec::EdgeRecord> stored;
    bool loaded = false;
    bool loses_evidence = false;  // the removed document supported it: rebuild from the rest
    Edge proto;                   // id, subject, relation, object, date when the added doc names it
    std::map<int, codec::EvidenceRecord> added;  // sentence -> evidence of the added document
    std::vector<int> removed_sentences;          // sentences of the removed document
  };
  struct EntityWork {
    bool loses_doc = false;
    std::optional<codec::Sighting> added;
  };

  Status LoadEdge(const std::string& id, EdgeWork& w);
  Status CommitEdge(const std::string& id, EdgeWork& w);
  /// Recomputes an edge from its stored evidence, leaving out the removed document.
  Status RebuildEdge(const std::string& id, const Edge& fact, codec::EdgeRecord& next);
  /// Recomputes an entity from its stored sightings, leaving out the removed document.
  Status RebuildEntity(const std::string& id, codec::EntityRecord& next);
  Status CommitEntity(const std::string& id, EntityWork& w);
  Status ApplyCounters();
  /// Writes the entity_links records touched by this batch (their deltas added to what is stored).
  Status ApplyLinks();
  /// Adds `delta` to the edge count of both ends' link records for edge `e`.
  void CountLinkEdge(const Edge& e, std::int64_t delta);
  /// Adds `delta` to the document count of the link records of every (subject, object) pair in
  /// `pairs`, each unordered pair once: a document counts once per pair however many edges it supports.
  void CountLinkDocs(const std::set<std::pair<std::string, std::string>>& pairs, std::int64_t delta);
  void Put(keys::Cf cf, const std::string& key, const std::string& value);
  void Delete(keys::Cf cf, const std::string& key);
  void Count(const std::string& counter, std::int64_t delta) { deltas_[counter] += delta; }

  const Db& db_;
  std::string removed_doc_;
  std::string added_doc_;
  std::map<std::string, EdgeWork> edges_;
  std::map<std::string, EntityWork> entities_;
  std::map<std::string, std::int64_t> deltas_;
  std::map<std::string, codec::LinkRecord> links_;  // entity \0 counterpart -> change to apply
  rocksdb::WriteBatch batch_;
  Status batch_status_;  // the first failure of a batch operation
};

/// Folds one piece of evidence into an edge. Commutative: the result does not depend on the
/// order evidence arrives in, which is what makes replace and remove equal a clean build.
void FoldEvidence(codec::EdgeRecord& edge, const std::string& doc, int sentence, const codec::EvidenceRecord& ev,
                  bool first_of_doc);
/// Takes one piece of evidence back out; exact for every field except mode and predicate, so the
/// caller rebuilds the edge instead when the evidence's document supplied those.
void UnfoldEvidence(codec::EdgeRecord& edge, const codec::EvidenceRecord& ev);
/// Folds how one document named an entity into the entity; commutative like FoldEvidence.
void FoldSighting(codec::EntityRecord& entity, const std::string& doc, const codec::Sighting& s);
/// Takes a sighting back out; exact unless the document supplied name, name_hi or type.
void UnfoldSighting(codec::EntityRecord& entity, const codec::Sighting& s);

/// The strongest modality with evidence left (asserted > claimed > future > denied); asserted when
/// none has. Edges store it; `jaal verify` recomputes it from the evidence.
Modality StrongestModality(const std::array<std::int64_t, 4>& counts);

}  // namespace jaal::store
