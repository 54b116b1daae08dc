// Consistency check of a store: every derived record (index, aggregate, counter, alias, doc_edges)
// is recomputed from what it derives from, so a bug or a damaged file shows up as a named problem.
#include "verify.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "article_batch.h"
#include "codec.h"
#include "jaal/core/names.h"
#include "keys.h"

namespace jaal::store {
namespace {

// A badly damaged store would otherwise print millions of lines.
constexpr std::size_t kMaxProblems = 200;

// Keys hold \0 separators and raw bytes; problems are one printable line each.
std::string Printable(std::string_view key) {
  std::string out;
  for (char c : key) {
    auto u = static_cast<unsigned char>(c);
    if (u == 0) out += "\\0";
    else if (u < 0x20 || u == 0x7F) out += fmt::format("\\x{:02x}", u);
    else out += c;
  }
  return out;
}

// What the evidence rows of one edge add up to.
struct EvidenceSum {
  std::int64_t mentions = 0;
  std::set<std::string> docs;
  std::array<std::int64_t, 4> modality_counts{};
  std::map<std::string, std::int64_t> attributions;
  std::string first_doc;  // the smallest (doc, sentence) key: it supplies mode and predicate
  int first_sentence = 0;
  std::string first_mode, first_predicate;
  std::int64_t stated = 0;
};

// Article-dated evidence to check against the nearby-date rule once every edge's sums are known.
struct ArticleDated {
  std::string edge, doc;
  int sentence = 0;
  Date day;
};

class Checker {
 public:
  Checker(const Db& db, VerifyReport* report) : db_(db), r_(*report) {}

  Status Run() {
    for (auto step : {&Checker::Documents, &Checker::Entities, &Checker::EntityDocs, &Checker::Aliases,
                      &Checker::Edges, &Checker::Evidence, &Checker::DocEdges, &Checker::Indexes, &Checker::Links, &Checker::Counters}) {
      if (Status s = (this->*step)(); !s.ok()) return s;
    }
    r_.documents = static_cast<std::int64_t>(docs_.size());
    r_.entities = static_cast<std::int64_t>(entities_.size());
    r_.edges = static_cast<std::int64_t>(edges_.size());
    return Status::Ok();
  }

 private:
  template <typename... Args>
  void Problem(fmt::format_string<Args...> f, Args&&... args) {
    if (r_.problems.size() < kMaxProblems) r_.problems.push_back(fmt::format(f, std::forward<Args>(args)...));
    else ++r_.problems_omitted;
  }

  // Visits every key of one family. A checksum failure is reported and ends only that family.
  template <typename Fn>
  Status Scan(keys::Cf cf, Fn fn) {
    std::unique_ptr<rocksdb::Iterator> it = db_.NewIterator(cf);
    for (it->SeekToFirst(); it->Valid(); it->Next())
      fn(std::string_view(it->key().data(), it->key().size()), std::string_view(it->value().data(), it->value().size()));
    if (it->status().IsCorruption()) {
      Problem("{}: unreadable: {}", keys::kFamilyNames[static_cast<std::size_t>(cf)], it->status().ToString());
      return Status::Ok();
    }
    return db_.Error(it->status(), fmt::format("verify {}", keys::kFamilyNames[static_cast<std::size_t>(cf)]));
  }

  Status Documents() {
    return Scan(keys::Cf::kDocuments, [&](std::string_view key, std::string_view value) {
      DocumentInfo d;
      if (Status s = codec::DecodeDocument(value, &d); !s.ok())
        return Problem("document {}: {}", Printable(key), s.message());
      if (d.id != key) Problem("document {}: record names id {}", Printable(key), Printable(d.id));
      docs_.emplace(std::string(key), d.lang);
    });
  }

  Status Entities() {
    return Scan(keys::Cf::kEntities, [&](std::string_view key, std::string_view value) {
      codec::EntityRecord e;
      if (Status s = codec::DecodeEntity(value, &e); !s.ok()) return Problem("entity {}: {}", Printable(key), s.message());
      if (e.entity.id != key) Problem("entity {}: record names id {}", Printable(key), Printable(e.entity.id));
      std::vector<std::string> alias_keys;
      for (const auto& [alias, n] : e.alias_docs) alias_keys.push_back(alias);
      if (alias_keys != e.entity.aliases) Problem("entity {}: aliases do not mirror their document counts", Printable(key));
      if (e.docs <= 0) Problem("entity {}: named by {} documents but still stored", Printable(key), e.docs);
      entities_.emplace(std::string(key), std::move(e));
    });
  }

  Status EntityDocs() {
    Status s = Scan(keys::Cf::kEntityDocs, [&](std::string_view key, std::string_view value) {
      std::size_t sep = key.find('\0');
      if (sep == std::string_view::npos) return Problem("entity_docs {}: malformed key", Printable(key));
      std::string entity(key.substr(0, sep)), doc(key.substr(sep + 1));
      codec::Sighting sighting;
      if (Status st = codec::DecodeSighting(value, &sighting); !st.ok())
        Problem("entity_docs {}: {}", Printable(key), st.message());
      if (!entities_.count(entity)) Problem("entity_docs {}: entity {} is not stored", Printable(key), Printable(entity));
      if (!docs_.count(doc)) Problem("entity_docs {}: document {} is not stored", Printable(key), Printable(doc));
      ++entity_doc_counts_[entity];
      entity_docs_.emplace(entity, doc);
    });
    for (const auto& [id, e] : entities_) {
      auto it = entity_doc_counts_.find(id);
      std::int64_t n = it == entity_doc_counts_.end() ? 0 : it->second;
      if (n != e.docs) Problem("entity {}: record says {} documents, entity_docs has {}", Printable(id), e.docs, n);
    }
    return s;
  }

  Status Aliases() {
    std::set<std::string> expected;
    for (const auto& [id, e] : entities_)
      for (const std::string& a : e.entity.aliases)
        if (std::string k = NameKey(a); !k.empty()) expected.insert(keys::Join(k, id));
    std::set<std::string> found;
    Status s = Scan(keys::Cf::kAliases, [&](std::string_view key, std::string_view value) {
      found.emplace(key);
      if (value != codec::EncodeEmpty()) Problem("alias {}: unexpected value", Printable(key));
      if (expected.count(std::string(key))) return;
      std::size_t sep = key.rfind('\0');
      std::string entity(sep == std::string_view::npos ? std::string_view() : key.substr(sep + 1));
      if (!entities_.count(entity)) Problem("alias {}: points at missing entity {}", Printable(key), Printable(entity));
      else Problem("alias {}: entity {} has no such alias", Printable(key), Printable(entity));
    });
    for (const std::string& k : expected)
      if (!found.count(k)) Problem("alias {}: missing for entity {}", Printable(k), Printable(k.substr(k.rfind('\0') + 1)));
    r_.aliases = static_cast<std::int64_t>(found.size());
    return s;
  }

  Status Edges() {
    return Scan(keys::Cf::kEdges, [&](std::string_view key, std::string_view value) {
      codec::EdgeRecord r;
      if (Status s = codec::DecodeEdge(value, &r); !s.ok()) return Problem("edge {}: {}", Printable(key), s.message());
      const Edge& e = r.edge;
      if (e.id != key) Problem("edge {}: record names id {}", Printable(key), Printable(e.id));
      if (keys::EdgeId(e.subject_id, e.relation, e.object_id, e.date) != key)
        Problem("edge {}: id is not the hash of its subject, relation, object and date", Printable(key));
      if (!entities_.count(e.subject_id)) Problem("edge {}: subject {} is not stored", Printable(key), Printable(e.subject_id));
      if (!entities_.count(e.object_id)) Problem("edge {}: object {} is not stored", Printable(key), Printable(e.object_id));
      edges_.emplace(std::string(key), std::move(r));
    });
  }

  Status Evidence() {
    Status s = Scan(keys::Cf::kEvidence, [&](std::string_view key, std::string_view value) {
      ++r_.evidence;
      std::size_t sep = key.find('\0');
      std::string_view doc;
      int sentence = 0;
      if (sep == std::string_view::npos || !keys::ParseEvidenceTail(key.substr(sep + 1), &doc, &sentence))
        return Problem("evidence {}: malformed key", Printable(key));
      std::string edge(key.substr(0, sep));
      codec::EvidenceRecord ev;
      if (Status st = codec::DecodeEvidence(value, &ev); !st.ok())
        return Problem("evidence {} in {} sentence {}: {}", edge, Printable(doc), sentence, st.message());
      if (!edges_.count(edge)) Problem("evidence of edge {} in {} sentence {}: the edge is not stored", edge, Printable(doc), sentence);
      if (!docs_.count(std::string(doc)))
        Problem("evidence of edge {} in {} sentence {}: the document is not stored", edge, Printable(doc), sentence);
      evidence_keys_.emplace(std::string(doc), edge, sentence);
      EvidenceSum& sum = sums_[edge];
      if (sum.mentions == 0) {
        sum.first_doc = doc;
        sum.first_sentence = sentence;
        sum.first_mode = ev.mode;
        sum.first_predicate = ev.predicate;
      }
      ++sum.mentions;
      sum.docs.emplace(doc);
      ++sum.modality_counts[keys::ModalityCode(ev.evidence.modality)];
      for (const std::string& a : ev.evidence.attributed_to)
        if (!a.empty()) ++sum.attributions[a];
      sum.stated += ev.evidence.date_source == "text";
      // Evidence sits on the edge of the date it gives, except article-dated evidence (NearbyHome).
      std::optional<Date> day = Date::Parse(ev.evidence.date);
      auto edge_it = edges_.find(edge);
      if (ev.evidence.date_source == "article" && day && day->full())
        article_dated_.push_back({edge, std::string(doc), sentence, *day});
      else if (edge_it != edges_.end() && edge_it->second.edge.date != ev.evidence.date)
        Problem("evidence of edge {} in {} sentence {}: gives date \"{}\" but the edge is dated \"{}\"", edge, Printable(doc),
                sentence, ev.evidence.date, edge_it->second.edge.date);
    });
    for (const ArticleDated& a : article_dated_) {
      auto edge_it = edges_.find(a.edge);
      if (edge_it == edges_.end()) continue;  // reported above
      const Edge& e = edge_it->second.edge;
      std::string home = NearbyHome(a.day, [&](const std::string& date) {
        auto sum = sums_.find(keys::EdgeId(e.subject_id, e.relation, e.object_id, date));
        return sum != sums_.end() && sum->second.stated > 0;
      });
      if (home != e.date)
        Problem("evidence of edge {} in {} sentence {}: reported on {}, so it belongs on {}, not {}", a.edge, Printable(a.doc),
                a.sentence, a.day.ToString(), home, e.date);
    }
    for (const auto& [id, r] : edges_) {
      const Edge& e = r.edge;
      auto it = sums_.find(id);
      if (it == sums_.end()) {
        Problem("edge {}: has no evidence", id);
        continue;
      }
      const EvidenceSum& sum = it->second;
      if (e.mentions != sum.mentions) Problem("edge {}: {} mentions but {} evidence rows", id, e.mentions, sum.mentions);
      if (e.articles != static_cast<std::int64_t>(sum.docs.size()))
        Problem("edge {}: {} articles but evidence from {} documents", id, e.articles, sum.docs.size());
      if (r.modality_counts != sum.modality_counts) Problem("edge {}: modality counts disagree with its evidence", id);
      if (r.attributions != sum.attributions) Problem("edge {}: attributions disagree with its evidence", id);
      if (r.stated != sum.stated) Problem("edge {}: {} stated-date evidence but {} rows", id, r.stated, sum.stated);
      bool any = std::any_of(sum.modality_counts.begin(), sum.modality_counts.end(), [](std::int64_t n) { return n > 0; });
      if (Modality strongest = StrongestModality(sum.modality_counts); any && e.modality != strongest)
        Problem("edge {}: modality {} but its evidence's strongest is {}", id, ModalityName(e.modality), ModalityName(strongest));
      if (r.rep_doc != sum.first_doc || r.rep_sentence != sum.first_sentence || e.mode != sum.first_mode ||
          e.predicate != sum.first_predicate)
        Problem("edge {}: mode and predicate are not those of its first evidence ({} sentence {})", id,
                Printable(sum.first_doc), sum.first_sentence);
    }
    return s;
  }

  Status DocEdges() {
    std::set<std::tuple<std::string, std::string, int>> listed;
    std::set<std::pair<std::string, std::string>> named;  // (entity, doc) an edge of the doc names
    Status s = Scan(keys::Cf::kDocEdges, [&](std::string_view key, std::string_view value) {
      std::size_t sep = key.find('\0');
      if (sep == std::string_view::npos) return Problem("doc_edges {}: malformed key", Printable(key));
      std::string doc(key.substr(0, sep)), edge(key.substr(sep + 1));
      std::vector<int> sentences;
      if (Status st = codec::DecodeSentences(value, &sentences); !st.ok())
        return Problem("doc_edges {}: {}", Printable(key), st.message());
      if (!docs_.count(doc)) Problem("doc_edges {}: document {} is not stored", Printable(key), Printable(doc));
      auto e = edges_.find(edge);
      if (e == edges_.end()) {
        Problem("doc_edges {}: edge {} is not stored", Printable(key), Printable(edge));
      } else {
        named.emplace(e->second.edge.subject_id, doc);
        named.emplace(e->second.edge.object_id, doc);
      }
      for (int sentence : sentences) {
        listed.emplace(doc, edge, sentence);
        if (!evidence_keys_.count({doc, edge, sentence}))
          Problem("doc_edges {}: sentence {} has no evidence row", Printable(key), sentence);
      }
    });
    for (const auto& [doc, edge, sentence] : evidence_keys_)
      if (!listed.count({doc, edge, sentence}))
        Problem("evidence of edge {} in {} sentence {}: not listed in doc_edges", edge, Printable(doc), sentence);
    for (const auto& [entity, doc] : named)
      if (!entity_docs_.count({entity, doc}))
        Problem("entity_docs: document {} names entity {} in an edge but has no sighting of it", Printable(doc), Printable(entity));
    for (const auto& [entity, doc] : entity_docs_)
      if (!named.count({entity, doc}))
        Problem("entity_docs: document {} has a sighting of entity {} but no edge naming it", Printable(doc), Printable(entity));
    return s;
  }

  Status Indexes() {
    using Expected = std::map<std::string, std::string>;  // key -> edge id
    std::array<Expected, 5> expected;
    for (const auto& [id, r] : edges_) {
      const Edge& e = r.edge;
      expected[0].emplace(keys::IndexKey(keys::RelationPrefix(e.relation), e.date, id), id);
      expected[1].emplace(keys::IndexKey(keys::ActorRelationPrefix(e.subject_id, keys::Side::kSubject, e.relation), e.date, id), id);
      expected[1].emplace(keys::IndexKey(keys::ActorRelationPrefix(e.object_id, keys::Side::kObject, e.relation), e.date, id), id);
    }
    // Families retired in schema 3 must stay empty; an entry there is a problem like any stray key.
    const keys::Cf families[] = {keys::Cf::kIdxRelation, keys::Cf::kIdxActorRelation, keys::Cf::kIdxSubject,
                                 keys::Cf::kIdxObject, keys::Cf::kIdxDate};
    for (std::size_t i = 0; i < std::size(families); ++i) {
      std::string_view family = keys::kFamilyNames[static_cast<std::size_t>(families[i])];
      std::set<std::string> found;
      Status s = Scan(families[i], [&](std::string_view key, std::string_view value) {
        ++r_.index_entries;
        found.emplace(key);
        if (value != codec::EncodeEmpty()) Problem("{} {}: unexpected value", family, Printable(key));
        if (expected[i].count(std::string(key))) return;
        // Which edge it meant: the id is after the last \0 (ids hold none).
        std::size_t sep = key.rfind('\0');
        std::string edge(sep == std::string_view::npos ? std::string_view() : key.substr(sep + 1));
        if (!edges_.count(edge)) Problem("{} {}: points at missing edge {}", family, Printable(key), Printable(edge));
        else Problem("{} {}: disagrees with edge {}", family, Printable(key), Printable(edge));
      });
      if (!s.ok()) return s;
      for (const auto& [key, edge] : expected[i])
        if (!found.count(key)) Problem("edge {}: no {} entry", edge, family);
    }
    return Status::Ok();
  }

  // entity_links: per (entity, counterpart), the edges between them by relation and direction and
  // the documents with evidence on any of them, recomputed from the edges and their evidence.
  Status Links() {
    struct Want {
      codec::LinkRecord link;
      std::set<std::string> docs;
    };
    std::map<std::string, Want> want;
    using L = codec::LinkRecord;
    for (const auto& [id, r] : edges_) {
      const Edge& e = r.edge;
      const std::uint8_t rel = keys::RelationCode(e.relation);
      const bool symmetric = IsSymmetric(e.relation);
      const std::set<std::string>* docs = nullptr;
      if (auto it = sums_.find(id); it != sums_.end()) docs = &it->second.docs;
      // Every edge between two entities adds to both their records, whichever way it points.
      auto add = [&](const std::string& a, const std::string& b, int direction) {
        Want& w = want[keys::Join(a, b)];
        ++w.link.edges[rel][symmetric ? L::kBoth : direction];
        if (docs) w.docs.insert(docs->begin(), docs->end());
      };
      add(e.subject_id, e.object_id, L::kOut);
      if (e.subject_id != e.object_id) add(e.object_id, e.subject_id, L::kIn);
    }
    std::set<std::string> found;
    Status s = Scan(keys::Cf::kEntityLinks, [&](std::string_view key, std::string_view value) {
      found.emplace(key);
      codec::LinkRecord have;
      if (Status st = codec::DecodeLink(value, &have); !st.ok()) return Problem("entity link {}: {}", Printable(key), st.message());
      auto it = want.find(std::string(key));
      if (it == want.end()) return Problem("entity link {}: no edge joins the two", Printable(key));
      if (have.edges != it->second.link.edges) Problem("entity link {}: edge counts disagree with the edges", Printable(key));
      if (have.docs != static_cast<std::int64_t>(it->second.docs.size()))
        Problem("entity link {}: {} documents but the edges' evidence comes from {}", Printable(key), have.docs,
                it->second.docs.size());
    });
    for (const auto& [key, w] : want)
      if (!found.count(key)) Problem("entity link {}: missing", Printable(key));
    return s;
  }

  Status Counters() {
    std::map<std::string, std::int64_t> want;
    auto add = [&](const std::string& counter, std::int64_t n) {
      if (n != 0) want[counter] += n;
    };
    add(keys::TotalCounter("documents"), static_cast<std::int64_t>(docs_.size()));
    for (const auto& [id, lang] : docs_) add(keys::LangCounter(lang), 1);
    add(keys::TotalCounter("entities"), static_cast<std::int64_t>(entities_.size()));
    for (const auto& [id, e] : entities_) add(keys::EntityTypeCounter(e.entity.type), 1);
    add(keys::TotalCounter("edges"), static_cast<std::int64_t>(edges_.size()));
    for (const auto& [id, e] : edges_) add(keys::RelationCounter(e.edge.relation), 1);
    add(keys::TotalCounter("evidence"), r_.evidence);

    std::map<std::string, std::int64_t> stored;
    bool schema = false;
    Status s = Scan(keys::Cf::kMeta, [&](std::string_view key, std::string_view value) {
      if (key == keys::kSchemaKey) {
        std::int64_t v = 0;
        schema = true;
        if (Status st = codec::DecodeCount(value, &v); !st.ok()) Problem("meta schema_version: {}", st.message());
        else if (v != keys::kSchemaVersion) Problem("meta schema_version is {}, expected {}", v, keys::kSchemaVersion);
        return;
      }
      if (!key.starts_with(keys::kCounterPrefix)) return;
      std::int64_t n = 0;
      if (Status st = codec::DecodeCount(value, &n); !st.ok()) return Problem("meta {}: {}", Printable(key), st.message());
      stored[std::string(key)] = n;
    });
    if (!schema) Problem("meta: no schema_version record");
    for (const auto& [counter, n] : want) {
      auto it = stored.find(counter);
      std::int64_t have = it == stored.end() ? 0 : it->second;
      if (have != n) Problem("meta {}: counter says {}, the store holds {}", counter, have, n);
    }
    for (const auto& [counter, n] : stored)
      if (!want.count(counter)) Problem("meta {}: counter says {}, the store holds 0", Printable(counter), n);
    return s;
  }

  const Db& db_;
  VerifyReport& r_;
  std::map<std::string, std::string> docs_;  // id -> lang
  std::map<std::string, codec::EntityRecord> entities_;
  std::map<std::string, std::int64_t> entity_doc_counts_;
  std::set<std::pair<std::string, std::string>> entity_docs_;  // (entity, doc)
  std::map<std::string, codec::EdgeRecord> edges_;
  std::map<std::string, EvidenceSum> sums_;
  std::vector<ArticleDated> article_dated_;
  std::set<std::tuple<std::string, std::string, int>> evidence_keys_;  // (doc, edge, sentence)
};

}  // namespace

Status VerifyStore(const Db& db, VerifyReport* report) {
  *report = VerifyReport();
  return Checker(db, report).Run();
}

}  // namespace jaal::store
