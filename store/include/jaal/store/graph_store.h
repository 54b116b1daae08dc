// The persistence boundary: the knowledge graph in RocksDB, the source of truth for every query.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "jaal/core/model.h"
#include "jaal/core/status.h"

namespace jaal::store {

/// What the store remembers about one article it has taken in.
struct DocumentInfo {
  std::string id;
  std::string lang;
  std::string title;
  std::string date;
  std::string source;
  std::string content_hash;  // caller's fingerprint of text + extractor; an equal hash means unchanged
  std::int64_t triples = 0;  // how many triples the article contributed
};

enum class PutOutcome { kAdded, kReplaced, kUnchanged };

/// How much of each edge's evidence a read returns: reading it costs one more seek per edge.
enum class EvidenceRead {
  kAll,    // every piece, in (doc, sentence) order
  kFirst,  // only the piece with the smallest (doc, sentence) key (the one GraphML shows)
  kNone,   // Edge::evidence stays empty; mentions and articles are still set
};

/// Which edges a query wants. Empty fields do not filter.
struct EdgeFilter {
  std::string subject_id;
  std::string object_id;
  std::string actor_id;                // either side
  std::vector<Relation> relations;     // any of these
  std::string since;                   // ISO date prefix bounds, inclusive
  std::string until;
  bool asserted_only = false;
  /// With subject_id and/or object_id: symmetric relations (CONSULT, AGREE, COOPERATE), stored
  /// once with the ends in id order, also match with subject and object the other way round.
  bool symmetric_either_way = false;
  std::size_t limit = 0;               // 0 = no limit
  EvidenceRead evidence = EvidenceRead::kAll;
  /// kDate: (date, edge id) order through an index. kEdgeId: edge id order, allowed only without
  /// subject, object or actor; one sequential scan of the edges (and evidence), which is much
  /// faster than date order when most of the store is read (an export).
  enum class Order { kDate, kEdgeId } order = Order::kDate;
};

/// One entity's connection to one counterpart, kept by the store as edges come and go.
struct EntityLink {
  std::string counterpart_id;  // the entity itself for a self-loop
  /// Edges by relation, as {out, in, both} seen from the entity: out = it is the subject, in =
  /// the object, both = a symmetric relation (either end). A self-loop counts once, as out/both.
  std::map<Relation, std::array<std::int64_t, 3>> edges;
  std::int64_t total_edges = 0;
  std::int64_t articles = 0;  // documents with evidence on any edge between the two
};

struct StoreStats {
  std::int64_t documents = 0;
  std::int64_t entities = 0;
  std::int64_t edges = 0;
  std::int64_t evidence = 0;
  std::map<std::string, std::int64_t> entities_by_type;    // EntityTypeName -> count
  std::map<std::string, std::int64_t> edges_by_relation;   // RelationName -> count
  std::map<std::string, std::int64_t> documents_by_lang;
  std::string first_date, last_date;
  std::uint64_t disk_bytes = 0;
};

/// What GraphStore::Verify found: one line per inconsistency, and how much it looked at.
struct VerifyReport {
  std::vector<std::string> problems;  // "edge e12..: 3 mentions but 2 evidence rows"; at most 200
  std::int64_t problems_omitted = 0;  // found beyond those listed
  std::int64_t documents = 0, entities = 0, edges = 0, evidence = 0, aliases = 0, index_entries = 0;
  bool consistent() const { return problems.empty() && problems_omitted == 0; }
};

/// A jaal store in one directory. Thread-compatible: one writer; const methods may run
/// concurrently. Errors come back as Status naming the store directory; nothing throws.
class GraphStore {
 public:
  enum class Mode { kReadWrite, kReadOnly };

  /// Opens (kReadWrite creates when missing) the store at `dir`. Refuses a directory that is not
  /// a jaal store, a store with another schema version, or one another process holds for writing.
  static Result<std::unique_ptr<GraphStore>> Open(const std::string& dir, Mode mode);
  ~GraphStore();
  GraphStore(const GraphStore&) = delete;
  GraphStore& operator=(const GraphStore&) = delete;

  /// Adds one article and its triples in one atomic write. An article whose id is stored with
  /// the same content_hash is left alone (kUnchanged); with another hash its old facts are
  /// removed first (kReplaced). Entities merge by ActorRef::id; edges by subject, relation,
  /// object and date.
  Result<PutOutcome> PutArticle(const DocumentInfo& doc, const std::vector<Triple>& triples);
  /// PutArticle for each article in order, written as one atomic WriteBatch: faster for a build,
  /// because records most articles change (counters, popular entities) are written once per call.
  /// `outcomes` receives one entry per article written. When article i fails, articles 0..i-1 are
  /// written, `outcomes` has i entries, and i's error is returned.
  Status PutArticles(std::span<const DocumentInfo> docs, std::span<const std::vector<Triple>> triples,
                     std::vector<PutOutcome>* outcomes);
  /// Takes an article and all its evidence out; false when the id was not stored.
  Result<bool> RemoveArticle(std::string_view doc_id);

  Result<std::optional<DocumentInfo>> GetDocument(std::string_view doc_id) const;
  Result<std::optional<Entity>> GetEntity(std::string_view entity_id) const;
  /// How many stored documents name the entity (0 when unknown): one read of its record.
  Result<std::int64_t> CountEntityDocuments(std::string_view entity_id) const;
  /// Entities with an alias whose NameKey equals NameKey(name) (any script); several when ambiguous.
  Result<std::vector<Entity>> FindEntities(std::string_view name) const;

  /// Edges matching `filter`, ordered by date then id, using the store's indexes.
  Result<std::vector<Edge>> QueryEdges(const EdgeFilter& filter) const;
  /// How many edges match `filter` (its limit and evidence ignored). Reads index keys only unless
  /// a condition needs the edge itself (asserted_only, or subject and object both given).
  Result<std::int64_t> CountEdges(const EdgeFilter& filter) const;
  /// Streams the counterparts of `entity_id` in id order, from the entity_links aggregates:
  /// no edge is read. Nothing is called for an unknown id.
  Status ForEachLink(std::string_view entity_id, const std::function<Status(const EntityLink&)>& fn) const;
  /// The earliest and latest date of the entity's dated edges (either side); empty strings when
  /// it has none. Four seeks, whatever the number of edges.
  Result<std::pair<std::string, std::string>> DateRange(std::string_view entity_id) const;
  /// Streams every entity / matching edge; a non-ok Status from the callback stops and is returned.
  Status ForEachEntity(const std::function<Status(const Entity&)>& fn) const;
  Status ForEachEdge(const EdgeFilter& filter, const std::function<Status(const Edge&)>& fn) const;

  Result<StoreStats> Stats() const;

  /// Checks that indexes, evidence, doc_edges, entity_docs, aliases and the meta counters agree
  /// with the documents, entities and edges they derive from. Writes nothing. Inconsistencies,
  /// including blocks RocksDB finds corrupt, go to `report`; a non-ok Status means the store could
  /// not be read at all. Example: `VerifyReport r; if (s.Verify(&r).ok() && r.consistent()) ...`
  Status Verify(VerifyReport* report) const;

  const std::string& dir() const;

 private:
  struct Impl;
  explicit GraphStore(std::unique_ptr<Impl> impl);
  /// Stages one article into the open ArticleGroup.
  Result<PutOutcome> StageArticle(const DocumentInfo& doc, const std::vector<Triple>& triples);
  std::unique_ptr<Impl> impl_;
};

}  // namespace jaal::store
