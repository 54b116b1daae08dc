// The write path: replace and remove subtract a document with the same commutative rules that add one, so any history equals a clean build.
#include "article_batch.h"

#include <algorithm>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "jaal/core/names.h"

namespace jaal::store {
namespace {

// asserted > claimed > future > denied: a fact someone states outweighs one they report.
int Strength(Modality m) {
  switch (m) {
    case Modality::kAsserted: return 3;
    case Modality::kClaimed: return 2;
    case Modality::kFuture: return 1;
    case Modality::kDenied: return 0;
  }
  return 0;
}

void InsertSorted(std::vector<std::string>& into, const std::string& value) {
  if (value.empty()) return;
  auto it = std::lower_bound(into.begin(), into.end(), value);
  if (it == into.end() || *it != value) into.insert(it, value);
}

std::set<std::string> AliasKeys(const Entity& e) {
  std::set<std::string> out;
  for (const std::string& a : e.aliases) {
    std::string k = NameKey(a);
    if (!k.empty()) out.insert(keys::Join(k, e.id));
  }
  return out;
}

codec::EdgeRecord EmptyEdge(const Edge& proto) {
  codec::EdgeRecord r;
  r.edge.id = proto.id;
  r.edge.subject_id = proto.subject_id;
  r.edge.relation = proto.relation;
  r.edge.object_id = proto.object_id;
  r.edge.date = proto.date;
  return r;
}

bool SameFact(const Edge& a, const Edge& b) {
  return a.subject_id == b.subject_id && a.relation == b.relation && a.object_id == b.object_id && a.date == b.date;
}


std::vector<std::string> Keys(const std::map<std::string, std::int64_t>& m) {
  std::vector<std::string> out;
  out.reserve(m.size());
  for (const auto& [k, n] : m) out.push_back(k);
  return out;
}

void Decrement(std::map<std::string, std::int64_t>& m, const std::string& key) {
  auto it = m.find(key);
  if (it != m.end() && --it->second <= 0) m.erase(it);
}

}  // namespace

Modality StrongestModality(const std::array<std::int64_t, 4>& counts) {
  std::optional<Modality> best;
  for (std::uint8_t code = 0; code < counts.size(); ++code) {
    Modality m = *keys::ModalityFromCode(code);
    if (counts[code] > 0 && (!best || Strength(m) > Strength(*best))) best = m;
  }
  return best.value_or(Modality::kAsserted);
}

void FoldEvidence(codec::EdgeRecord& r, const std::string& doc, int sentence, const codec::EvidenceRecord& ev,
                  bool first_of_doc) {
  Edge& e = r.edge;
  // Mode and predicate come from the evidence with the smallest (doc, sentence) key: a choice
  // that does not depend on which document arrived first.
  if (e.mentions == 0 || std::tie(doc, sentence) < std::tie(r.rep_doc, r.rep_sentence)) {
    r.rep_doc = doc;
    r.rep_sentence = sentence;
    e.mode = ev.mode;
    e.predicate = ev.predicate;
  }
  ++r.modality_counts[keys::ModalityCode(ev.evidence.modality)];
  e.modality = StrongestModality(r.modality_counts);
  for (const std::string& a : ev.evidence.attributed_to)
    if (!a.empty()) ++r.attributions[a];
  e.attributed_to = Keys(r.attributions);
  ++e.mentions;
  if (first_of_doc) ++e.articles;
}

void UnfoldEvidence(codec::EdgeRecord& r, const codec::EvidenceRecord& ev) {
  Edge& e = r.edge;
  auto& count = r.modality_counts[keys::ModalityCode(ev.evidence.modality)];
  if (count > 0) --count;
  e.modality = StrongestModality(r.modality_counts);
  for (const std::string& a : ev.evidence.attributed_to) Decrement(r.attributions, a);
  e.attributed_to = Keys(r.attributions);
  --e.mentions;
}

void FoldSighting(codec::EntityRecord& r, const std::string& doc, const codec::Sighting& s) {
  // Each field comes from the smallest doc id that supplies it, for the same reason as above.
  if (!s.name.empty() && (r.name_doc.empty() || doc < r.name_doc)) {
    r.entity.name = s.name;
    r.name_doc = doc;
  }
  if (!s.name_hi.empty() && (r.name_hi_doc.empty() || doc < r.name_hi_doc)) {
    r.entity.name_hi = s.name_hi;
    r.name_hi_doc = doc;
  }
  if (s.type != EntityType::kUnknown && (r.type_doc.empty() || doc < r.type_doc)) {
    r.entity.type = s.type;
    r.type_doc = doc;
  }
  for (const std::string& a : s.aliases)
    if (!a.empty()) ++r.alias_docs[a];
  r.entity.aliases = Keys(r.alias_docs);
  ++r.docs;
}

void UnfoldSighting(codec::EntityRecord& r, const codec::Sighting& s) {
  for (const std::string& a : s.aliases) Decrement(r.alias_docs, a);
  r.entity.aliases = Keys(r.alias_docs);
  --r.docs;
}

void ArticleBatch::Put(keys::Cf cf, const std::string& key, const std::string& value) {
  rocksdb::Status s = batch_.Put(db_.cf(cf), key, value);
  if (!s.ok() && batch_status_.ok()) batch_status_ = db_.Error(s, "stage write");
}

void ArticleBatch::Delete(keys::Cf cf, const std::string& key) {
  rocksdb::Status s = batch_.Delete(db_.cf(cf), key);
  if (!s.ok() && batch_status_.ok()) batch_status_ = db_.Error(s, "stage delete");
}

Status ArticleBatch::LoadEdge(const std::string& id, EdgeWork& w) {
  if (w.loaded) return Status::Ok();
  w.loaded = true;
  std::string value;
  bool found = false;
  if (Status s = db_.Get(keys::Cf::kEdges, id, &value, &found); !s.ok()) return s;
  if (!found) return Status::Ok();
  codec::EdgeRecord r;
  if (Status s = codec::DecodeEdge(value, &r); !s.ok()) return s.WithContext(fmt::format("store {}: edge {}", db_.dir, id));
  w.stored = std::move(r);
  return Status::Ok();
}

Status ArticleBatch::Remove(const DocumentInfo& old) {
  removed_doc_ = old.id;
  std::set<std::pair<std::string, std::string>> pairs;  // (subject, object) of every edge the document supports
  const std::string prefix = keys::Prefix(old.id);
  std::unique_ptr<rocksdb::Iterator> it = db_.NewIterator(keys::Cf::kDocEdges);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    std::string edge_id = it->key().ToString().substr(prefix.size());
    std::vector<int> sentences;
    if (Status s = codec::DecodeSentences(std::string_view(it->value().data(), it->value().size()), &sentences); !s.ok())
      return s.WithContext(fmt::format("store {}: document {} edge {}", db_.dir, old.id, edge_id));
    for (int sentence : sentences) Delete(keys::Cf::kEvidence, keys::EvidenceKey(edge_id, old.id, sentence));
    Delete(keys::Cf::kDocEdges, it->key().ToString());
    EdgeWork& w = edges_[edge_id];
    w.loses_evidence = true;
    w.removed_sentences = sentences;
    if (Status s = LoadEdge(edge_id, w); !s.ok()) return s;
    if (!w.stored)
      return Status::Corruption(fmt::format("store {}: document {} lists edge {} that is not stored", db_.dir, old.id, edge_id));
    entities_[w.stored->edge.subject_id].loses_doc = true;
    entities_[w.stored->edge.object_id].loses_doc = true;
    pairs.emplace(w.stored->edge.subject_id, w.stored->edge.object_id);
  }
  if (!it->status().ok()) return db_.Error(it->status(), fmt::format("scan edges of document {}", old.id));
  CountLinkDocs(pairs, -1);
  for (const auto& [entity_id, w] : entities_)
    if (w.loses_doc) Delete(keys::Cf::kEntityDocs, keys::Join(entity_id, old.id));
  Delete(keys::Cf::kDocuments, old.id);
  Count(keys::TotalCounter("documents"), -1);
  Count(keys::LangCounter(old.lang), -1);
  return Status::Ok();
}

Status ArticleBatch::Add(const DocumentInfo& doc, const std::vector<Triple>& triples) {
  if (Status s = keys::CheckKeyPart("document id", doc.id); !s.ok()) return s;
  added_doc_ = doc.id;
  std::map<std::string, std::set<int>> sentences_by_edge;
  for (std::size_t i = 0; i < triples.size(); ++i) {
    const Triple& t = triples[i];
    auto where = [&](const Status& s) { return s.WithContext(fmt::format("document {} triple {}", doc.id, i + 1)); };
    if (Status s = keys::CheckKeyPart("subject id", t.subject.id); !s.ok()) return where(s);
    if (Status s = keys::CheckKeyPart("object id", t.object.id); !s.ok()) return where(s);
    if (Status s = keys::CheckKeyPart("date", t.date, /*allow_empty=*/true); !s.ok()) return where(s);
    if (t.sentence < 0) return where(Status::InvalidArgument(fmt::format("negative sentence index {}", t.sentence)));

    // "A met B" and "B met A" are one fact: symmetric relations are stored in id order.
    const bool swap = IsSymmetric(t.relation) && t.object.id < t.subject.id;
    const std::string& subject_id = swap ? t.object.id : t.subject.id;
    const std::string& object_id = swap ? t.subject.id : t.object.id;
    std::string id = keys::EdgeId(subject_id, t.relation, object_id, t.date);
    EdgeWork& w = edges_[id];
    if (w.proto.id.empty()) {
      w.proto.id = id;
      w.proto.subject_id = subject_id;
      w.proto.relation = t.relation;
      w.proto.object_id = object_id;
      w.proto.date = t.date;
    }
    codec::EvidenceRecord ev;
    ev.evidence.doc = doc.id;
    ev.evidence.lang = t.lang.empty() ? doc.lang : t.lang;
    ev.evidence.sentence = t.sentence;
    ev.evidence.span = t.span;
    ev.evidence.text = t.evidence;
    ev.evidence.modality = t.modality;
    ev.evidence.attributed_to = t.attributed_to;
    std::sort(ev.evidence.attributed_to.begin(), ev.evidence.attributed_to.end());
    ev.evidence.confidence = t.confidence;
    ev.mode = t.mode;
    ev.predicate = t.predicate;
    // One evidence per (edge, document, sentence): a sentence that states a fact twice is one mention.
    if (w.added.emplace(t.sentence, std::move(ev)).second) sentences_by_edge[id].insert(t.sentence);

    for (const ActorRef* actor : {&t.subject, &t.object}) {
      std::optional<codec::Sighting>& seen = entities_[actor->id].added;
      if (!seen) seen.emplace();
      if (seen->name.empty()) seen->name = actor->name;
      if (seen->name_hi.empty()) seen->name_hi = actor->name_hi;
      if (seen->type == EntityType::kUnknown) seen->type = actor->type;
      InsertSorted(seen->aliases, actor->name);
      InsertSorted(seen->aliases, actor->name_hi);
    }
  }
  std::set<std::pair<std::string, std::string>> pairs;
  for (const auto& [edge_id, sentences] : sentences_by_edge) {
    const Edge& proto = edges_[edge_id].proto;
    pairs.emplace(proto.subject_id, proto.object_id);
    for (int sentence : sentences)
      Put(keys::Cf::kEvidence, keys::EvidenceKey(edge_id, doc.id, sentence), codec::EncodeEvidence(edges_[edge_id].added[sentence]));
    Put(keys::Cf::kDocEdges, keys::Join(doc.id, edge_id), codec::EncodeSentences({sentences.begin(), sentences.end()}));
  }
  CountLinkDocs(pairs, 1);
  for (const auto& [entity_id, w] : entities_)
    if (w.added) Put(keys::Cf::kEntityDocs, keys::Join(entity_id, doc.id), codec::EncodeSighting(*w.added));
  DocumentInfo stored = doc;
  stored.triples = static_cast<std::int64_t>(triples.size());
  Put(keys::Cf::kDocuments, doc.id, codec::EncodeDocument(stored));
  // The article's own progress marker: the last article whose batch committed.
  Put(keys::Cf::kMeta, std::string(keys::kLastArticleKey), codec::EncodeDocument(stored));
  Count(keys::TotalCounter("documents"), 1);
  Count(keys::LangCounter(doc.lang), 1);
  return Status::Ok();
}

Status ArticleBatch::RebuildEdge(const std::string& id, const Edge& fact, codec::EdgeRecord& next) {
  next = EmptyEdge(fact);
  const std::string prefix = keys::Prefix(id);
  std::unique_ptr<rocksdb::Iterator> it = db_.NewIterator(keys::Cf::kEvidence);
  std::string last_doc;
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    std::string_view key(it->key().data(), it->key().size());
    std::string_view doc;
    int sentence = 0;
    if (!keys::ParseEvidenceTail(key.substr(prefix.size()), &doc, &sentence))
      return Status::Corruption(fmt::format("store {}: malformed evidence key under edge {}", db_.dir, id));
    if (doc == removed_doc_) continue;  // being deleted in this very batch
    codec::EvidenceRecord ev;
    if (Status s = codec::DecodeEvidence(std::string_view(it->value().data(), it->value().size()), &ev); !s.ok())
      return s.WithContext(fmt::format("store {}: evidence of edge {} in {}", db_.dir, id, doc));
    FoldEvidence(next, std::string(doc), sentence, ev, doc != last_doc);
    last_doc = doc;
  }
  if (!it->status().ok()) return db_.Error(it->status(), fmt::format("scan evidence of edge {}", id));
  return Status::Ok();
}

Status ArticleBatch::CommitEdge(const std::string& id, EdgeWork& w) {
  if (Status s = LoadEdge(id, w); !s.ok()) return s;
  if (w.stored && !w.proto.id.empty() && !SameFact(w.stored->edge, w.proto))
    return Status::Aborted(fmt::format("store {}: edge id {} collides for two different facts", db_.dir, id));
  const Edge& fact = w.stored ? w.stored->edge : w.proto;
  codec::EdgeRecord next = w.stored ? *w.stored : EmptyEdge(fact);
  if (w.loses_evidence) {
    // Taking the document's evidence out of the aggregate is exact unless that document supplied
    // mode and predicate; only then are the remaining pieces read back.
    bool rebuild = w.stored->rep_doc == removed_doc_;
    for (int sentence : w.removed_sentences) {
      if (rebuild) break;
      std::string value;
      bool found = false;
      if (Status s = db_.Get(keys::Cf::kEvidence, keys::EvidenceKey(id, removed_doc_, sentence), &value, &found); !s.ok())
        return s;
      if (!found)
        return Status::Corruption(fmt::format("store {}: evidence of edge {} in {} sentence {} is missing", db_.dir, id,
                                              removed_doc_, sentence));
      codec::EvidenceRecord ev;
      if (Status s = codec::DecodeEvidence(value, &ev); !s.ok())
        return s.WithContext(fmt::format("store {}: evidence of edge {} in {}", db_.dir, id, removed_doc_));
      UnfoldEvidence(next, ev);
    }
    if (!w.removed_sentences.empty()) --next.edge.articles;
    if (rebuild) {
      if (Status s = RebuildEdge(id, fact, next); !s.ok()) return s;
    }
  }
  bool first = true;
  for (const auto& [sentence, ev] : w.added) {
    FoldEvidence(next, added_doc_, sentence, ev, first);
    first = false;
  }

  const int old_mentions = w.stored ? w.stored->edge.mentions : 0;
  Count(keys::TotalCounter("evidence"), next.edge.mentions - old_mentions);
  const Edge& e = next.edge;
  std::vector<std::pair<keys::Cf, std::string>> index = {
      {keys::Cf::kIdxSubject, keys::IndexKey(keys::Prefix(e.subject_id), e.date, id)},
      {keys::Cf::kIdxObject, keys::IndexKey(keys::Prefix(e.object_id), e.date, id)},
      {keys::Cf::kIdxRelation, keys::IndexKey(keys::RelationPrefix(e.relation), e.date, id)},
      {keys::Cf::kIdxDate, keys::IndexKey("", e.date, id)},
      {keys::Cf::kIdxActorRelation,
       keys::IndexKey(keys::ActorRelationPrefix(e.subject_id, keys::Side::kSubject, e.relation), e.date, id)},
      {keys::Cf::kIdxActorRelation,
       keys::IndexKey(keys::ActorRelationPrefix(e.object_id, keys::Side::kObject, e.relation), e.date, id)},
  };
  if (e.mentions == 0) {
    if (w.stored) {
      Delete(keys::Cf::kEdges, id);
      for (const auto& [cf, key] : index) Delete(cf, key);
      Count(keys::TotalCounter("edges"), -1);
      Count(keys::RelationCounter(e.relation), -1);
      CountLinkEdge(e, -1);
    }
    return Status::Ok();
  }
  Put(keys::Cf::kEdges, id, codec::EncodeEdge(next));
  if (!w.stored) {
    // Index keys depend only on subject, relation, object and date, which the id fixes: they are
    // written when the edge appears and deleted when it goes.
    for (const auto& [cf, key] : index) Put(cf, key, codec::EncodeEmpty());
    Count(keys::TotalCounter("edges"), 1);
    Count(keys::RelationCounter(e.relation), 1);
    CountLinkEdge(e, 1);
  }
  return Status::Ok();
}

Status ArticleBatch::RebuildEntity(const std::string& id, codec::EntityRecord& next) {
  next = codec::EntityRecord();
  next.entity.id = id;
  const std::string prefix = keys::Prefix(id);
  std::unique_ptr<rocksdb::Iterator> it = db_.NewIterator(keys::Cf::kEntityDocs);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    std::string doc = it->key().ToString().substr(prefix.size());
    if (doc == removed_doc_) continue;
    codec::Sighting s;
    if (Status st = codec::DecodeSighting(std::string_view(it->value().data(), it->value().size()), &s); !st.ok())
      return st.WithContext(fmt::format("store {}: entity {} in {}", db_.dir, id, doc));
    FoldSighting(next, doc, s);
  }
  if (!it->status().ok()) return db_.Error(it->status(), fmt::format("scan documents of entity {}", id));
  return Status::Ok();
}

Status ArticleBatch::CommitEntity(const std::string& id, EntityWork& w) {
  std::optional<codec::EntityRecord> stored;
  {
    std::string value;
    bool found = false;
    if (Status s = db_.Get(keys::Cf::kEntities, id, &value, &found); !s.ok()) return s;
    if (found) {
      codec::EntityRecord r;
      if (Status s = codec::DecodeEntity(value, &r); !s.ok()) return s.WithContext(fmt::format("store {}: entity {}", db_.dir, id));
      stored = std::move(r);
    }
  }
  codec::EntityRecord next;
  next.entity.id = id;
  if (stored) next = *stored;
  if (w.loses_doc) {
    if (!stored) return Status::Corruption(fmt::format("store {}: document {} names entity {} that is not stored", db_.dir, removed_doc_, id));
    // As for edges: subtract the document's sighting, unless it supplied name, Hindi name or type.
    if (removed_doc_ == stored->name_doc || removed_doc_ == stored->name_hi_doc || removed_doc_ == stored->type_doc) {
      if (Status s = RebuildEntity(id, next); !s.ok()) return s;
    } else {
      std::string value;
      bool found = false;
      if (Status s = db_.Get(keys::Cf::kEntityDocs, keys::Join(id, removed_doc_), &value, &found); !s.ok()) return s;
      if (!found)
        return Status::Corruption(fmt::format("store {}: entity {} has no record of document {}", db_.dir, id, removed_doc_));
      codec::Sighting seen;
      if (Status s = codec::DecodeSighting(value, &seen); !s.ok())
        return s.WithContext(fmt::format("store {}: entity {} in {}", db_.dir, id, removed_doc_));
      UnfoldSighting(next, seen);
    }
  }
  if (w.added) FoldSighting(next, added_doc_, *w.added);

  // An entity no document names any more goes, with its aliases, exactly as if never added.
  const bool keep = next.docs > 0;
  std::set<std::string> old_aliases = stored ? AliasKeys(stored->entity) : std::set<std::string>{};
  std::set<std::string> new_aliases = keep ? AliasKeys(next.entity) : std::set<std::string>{};
  for (const std::string& k : old_aliases)
    if (!new_aliases.count(k)) Delete(keys::Cf::kAliases, k);
  for (const std::string& k : new_aliases)
    if (!old_aliases.count(k)) Put(keys::Cf::kAliases, k, codec::EncodeEmpty());
  if (stored) {
    Count(keys::TotalCounter("entities"), -1);
    Count(keys::EntityTypeCounter(stored->entity.type), -1);
  }
  if (keep) {
    Put(keys::Cf::kEntities, id, codec::EncodeEntity(next));
    Count(keys::TotalCounter("entities"), 1);
    Count(keys::EntityTypeCounter(next.entity.type), 1);
  } else if (stored) {
    Delete(keys::Cf::kEntities, id);
  }
  return Status::Ok();
}

Status ArticleBatch::ApplyCounters() {
  for (const auto& [key, delta] : deltas_) {
    if (delta == 0) continue;
    std::string value;
    bool found = false;
    if (Status s = db_.Get(keys::Cf::kMeta, key, &value, &found); !s.ok()) return s;
    std::int64_t current = 0;
    if (found)
      if (Status s = codec::DecodeCount(value, &current); !s.ok()) return s.WithContext(fmt::format("store {}: {}", db_.dir, key));
    std::int64_t next = current + delta;
    if (next < 0)
      return Status::Corruption(fmt::format("store {}: counter {} would drop below zero ({} {:+})", db_.dir, key, current, delta));
    if (next == 0) Delete(keys::Cf::kMeta, key);
    else Put(keys::Cf::kMeta, key, codec::EncodeCount(next));
  }
  return Status::Ok();
}

void ArticleBatch::CountLinkEdge(const Edge& e, std::int64_t delta) {
  const std::uint8_t rel = keys::RelationCode(e.relation);
  const bool symmetric = IsSymmetric(e.relation);
  using L = codec::LinkRecord;
  links_[keys::Join(e.subject_id, e.object_id)].edges[rel][symmetric ? L::kBoth : L::kOut] += delta;
  // A self-loop is one edge of the entity, counted once (as the subject), as `jaal entity` shows it.
  if (e.subject_id != e.object_id) links_[keys::Join(e.object_id, e.subject_id)].edges[rel][symmetric ? L::kBoth : L::kIn] += delta;
}

void ArticleBatch::CountLinkDocs(const std::set<std::pair<std::string, std::string>>& pairs, std::int64_t delta) {
  // "A acts on B" and "B acts on A" share one pair of link records: count each unordered pair once.
  std::set<std::pair<std::string, std::string>> unordered;
  for (const auto& [a, b] : pairs) unordered.emplace(std::min(a, b), std::max(a, b));
  for (const auto& [a, b] : unordered) {
    links_[keys::Join(a, b)].docs += delta;
    if (a != b) links_[keys::Join(b, a)].docs += delta;
  }
}

Status ArticleBatch::ApplyLinks() {
  for (const auto& [key, delta] : links_) {
    if (delta.empty()) continue;
    std::string value;
    bool found = false;
    if (Status s = db_.Get(keys::Cf::kEntityLinks, key, &value, &found); !s.ok()) return s;
    codec::LinkRecord next;
    if (found)
      if (Status s = codec::DecodeLink(value, &next); !s.ok())
        return s.WithContext(fmt::format("store {}: entity link {}", db_.dir, key.substr(0, key.find('\0'))));
    bool negative = (next.docs += delta.docs) < 0;
    for (std::size_t r = 0; r < next.edges.size(); ++r)
      for (std::size_t d = 0; d < 3; ++d) negative |= (next.edges[r][d] += delta.edges[r][d]) < 0;
    if (negative)
      return Status::Corruption(fmt::format("store {}: entity link {} -> {} would drop below zero", db_.dir,
                                            key.substr(0, key.find('\0')), key.substr(key.find('\0') + 1)));
    if (next.empty()) Delete(keys::Cf::kEntityLinks, key);
    else Put(keys::Cf::kEntityLinks, key, codec::EncodeLink(next));
  }
  return Status::Ok();
}

Status ArticleBatch::Commit() {
  for (auto& [id, w] : edges_)
    if (Status s = CommitEdge(id, w); !s.ok()) return s;
  for (auto& [id, w] : entities_)
    if (Status s = CommitEntity(id, w); !s.ok()) return s;
  if (Status s = ApplyCounters(); !s.ok()) return s;
  if (Status s = ApplyLinks(); !s.ok()) return s;
  if (!batch_status_.ok()) return batch_status_;
  rocksdb::WriteOptions options;  // WAL on; not synced per article: a crash loses whole articles, never half of one
  const std::string& doc = added_doc_.empty() ? removed_doc_ : added_doc_;
  return db_.Error(db_.db->Write(options, &batch_), fmt::format("write document {}", doc));
}

}  // namespace jaal::store
