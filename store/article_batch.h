// One article in or out as one WriteBatch, every aggregate kept equal to a clean build of what remains.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>


#include "codec.h"
#include "db.h"
#include "jaal/core/date.h"
#include "jaal/store/graph_store.h"

namespace jaal::store {

/// Stages the removal of one stored document and/or the addition of one document, then commits
/// them together into the Db's ArticleGroup, which writes them atomically. Not reusable: one
/// ArticleBatch per article put or removed.
class ArticleBatch {
 public:
  explicit ArticleBatch(const Db& db) : db_(db) {}

  /// Stages taking out the stored document `old`: its evidence, sightings and record.
  Status Remove(const DocumentInfo& old);
  /// Stages `doc` with its triples. When the id is stored, Remove it in this batch first.
  Status Add(const DocumentInfo& doc, const std::vector<Triple>& triples);
  /// Rebuilds every touched edge and entity, adjusts indexes and counters, and stages it all in
  /// the Db's ArticleGroup (all or nothing).
  Status Commit();

 private:
  using DocSentence = std::pair<std::string, int>;
  struct EdgeWork {
    std::optional<codec::EdgeRecord> stored;
    bool loaded = false;
    Edge proto;  // subject, relation, object and date of an edge this batch may create
    std::map<DocSentence, codec::EvidenceRecord> leaving;   // stored evidence deleted or moving out
    std::map<DocSentence, codec::EvidenceRecord> arriving;  // the added document's evidence, or evidence moving in
    bool moved = false;  // evidence of a document that stays moved in or out: recount from the evidence
  };
  // An article-dated piece of the added document's evidence, waiting for its edge (NearbyHome).
  struct Floating {
    Edge fact;
    Date day;
    int sentence = 0;
    codec::EvidenceRecord ev;
  };
  struct EntityWork {
    bool loses_doc = false;
    std::optional<codec::Sighting> added;
  };

  /// The work record of `fact` on `date`, loaded from the store; `id` receives the edge id.
  Status Work(const Edge& fact, const std::string& date, EdgeWork** work, std::string* id = nullptr);
  /// Where article-dated evidence of `fact` reported on `day` belongs, before or after this batch.
  Status Home(const Edge& fact, const Date& day, bool after, std::string* home);
  /// Re-homes other documents' article-dated evidence whose nearby stated date appears or
  /// disappears in this batch, then places the added document's own article-dated evidence.
  Status ResolveNearbyDates();
  Status MoveArticleEvidence(const Edge& fact, const Date& day, const std::string& from, const std::string& to);
  /// Writes the added document's evidence and doc_edges, and the doc_edges of moved evidence.
  Status StageEvidenceIndex();
  Status LoadEdge(const std::string& id, EdgeWork& w);
  Status CommitEdge(const std::string& id, EdgeWork& w);
  /// Recomputes an edge from its stored evidence as it will be after this batch.
  Status RecountEdge(const std::string& id, const Edge& fact, const EdgeWork& w, codec::EdgeRecord& next);
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
  std::vector<Floating> floating_;
  std::map<std::pair<std::string, std::string>, std::set<int>> moved_out_, moved_in_;  // (doc, edge) -> sentences
  std::map<std::string, EntityWork> entities_;
  std::map<std::string, std::int64_t> deltas_;
  std::map<std::string, codec::LinkRecord> links_;  // entity \0 counterpart -> change to apply
  struct Op {
    keys::Cf cf;
    std::string key;
    std::optional<std::string> value;  // none: delete
  };
  std::vector<Op> ops_;  // staged writes; reads of this batch never see them
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

/// The rule that merges report day and event day (docs/storage.md, "Nearby dates"): evidence
/// dated only by its article's day `day` joins the same fact stated to have happened one day
/// earlier, else two days earlier, else stays on `day`. `stated(date)` says whether the fact's edge
/// on that date has evidence whose date the text states. Returns the edge date.
std::string NearbyHome(const Date& day, const std::function<bool(const std::string&)>& stated);

/// The strongest modality with evidence left (asserted > claimed > future > denied); asserted when
/// none has. Edges store it; `jaal verify` recomputes it from the evidence.
Modality StrongestModality(const std::array<std::int64_t, 4>& counts);

}  // namespace jaal::store
