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
  if (ev.evidence.date_source == "text") ++r.stated;
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
  if (ev.evidence.date_source == "text") --r.stated;
  --e.mentions;
}

std::string NearbyHome(const Date& day, const std::function<bool(const std::string&)>& stated) {
  for (long back : {1, 2}) {
    std::string date = day.AddDays(-back).ToString();
    if (stated(date)) return date;
  }
  return day.ToString();
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
  ops_.push_back({cf, key, value});
}

void ArticleBatch::Delete(keys::Cf cf, const std::string& key) {
  ops_.push_back({cf, key, std::nullopt});
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
    EdgeWork& w = edges_[edge_id];
    for (int sentence : sentences) {
      const std::string key = keys::EvidenceKey(edge_id, old.id, sentence);
      std::string value;
      bool found = false;
      if (Status s = db_.Get(keys::Cf::kEvidence, key, &value, &found); !s.ok()) return s;
      if (!found)
        return Status::Corruption(fmt::format("store {}: evidence of edge {} in {} sentence {} is missing", db_.dir,
                                              edge_id, old.id, sentence));
      codec::EvidenceRecord ev;
      if (Status s = codec::DecodeEvidence(value, &ev); !s.ok())
        return s.WithContext(fmt::format("store {}: evidence of edge {} in {}", db_.dir, edge_id, old.id));
      w.leaving.emplace(DocSentence(old.id, sentence), std::move(ev));
      Delete(keys::Cf::kEvidence, key);
    }
    Delete(keys::Cf::kDocEdges, it->key().ToString());
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
  struct Staged {
    Edge fact;  // with the date the triple gives
    std::string fact_key;  // the undated edge id: which fact, whatever its date
    codec::EvidenceRecord ev;
    int sentence = 0;
    std::optional<Date> floating_day;  // article-dated to a full day: its edge is chosen in Commit
  };
  std::vector<Staged> staged;
  staged.reserve(triples.size());
  // (fact, sentence) pairs whose date the sentence states, fact written as its undated edge id
  std::set<std::pair<std::string, int>> stated;
  for (std::size_t i = 0; i < triples.size(); ++i) {
    const Triple& t = triples[i];
    auto where = [&](const Status& s) { return s.WithContext(fmt::format("document {} triple {}", doc.id, i + 1)); };
    if (Status s = keys::CheckKeyPart("subject id", t.subject.id); !s.ok()) return where(s);
    if (Status s = keys::CheckKeyPart("object id", t.object.id); !s.ok()) return where(s);
    if (Status s = keys::CheckKeyPart("date", t.date, /*allow_empty=*/true); !s.ok()) return where(s);
    if (t.sentence < 0) return where(Status::InvalidArgument(fmt::format("negative sentence index {}", t.sentence)));
    if (t.date_source != "" && t.date_source != "text" && t.date_source != "article")
      return where(Status::InvalidArgument(fmt::format("date source \"{}\" is none of text, article or empty", t.date_source)));

    Staged& st = staged.emplace_back();
    // "A met B" and "B met A" are one fact: symmetric relations are stored in id order.
    const bool swap = IsSymmetric(t.relation) && t.object.id < t.subject.id;
    st.fact.subject_id = swap ? t.object.id : t.subject.id;
    st.fact.relation = t.relation;
    st.fact.object_id = swap ? t.subject.id : t.object.id;
    st.fact.date = t.date;
    st.sentence = t.sentence;
    Evidence& ev = st.ev.evidence;
    ev.doc = doc.id;
    ev.lang = t.lang.empty() ? doc.lang : t.lang;
    ev.sentence = t.sentence;
    ev.span = t.span;
    ev.text = t.evidence;
    ev.modality = t.modality;
    ev.attributed_to = t.attributed_to;
    std::sort(ev.attributed_to.begin(), ev.attributed_to.end());
    ev.confidence = t.confidence;
    ev.date = t.date;
    ev.date_source = t.date_source;
    st.ev.mode = t.mode;
    st.ev.predicate = t.predicate;
    std::optional<Date> day = Date::Parse(t.date);
    if (t.date_source == "article" && day && day->full()) st.floating_day = day;
    if (t.date_source == "text" && !t.date.empty()) {
      st.fact_key = keys::EdgeId(st.fact.subject_id, t.relation, st.fact.object_id, "");
      stated.emplace(st.fact_key, t.sentence);
    } else if (st.floating_day) {
      st.fact_key = keys::EdgeId(st.fact.subject_id, t.relation, st.fact.object_id, "");
    }

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
  for (Staged& st : staged) {
    pairs.emplace(st.fact.subject_id, st.fact.object_id);
    if (st.floating_day) {
      // A sentence that dates a fact and also reports it undated mentions it once: the dated way.
      // Deciding this before any edge is chosen keeps the result independent of build order.
      if (stated.count({st.fact_key, st.sentence})) continue;
      floating_.push_back({st.fact, *st.floating_day, st.sentence, std::move(st.ev)});
      continue;
    }
    EdgeWork* w = nullptr;
    if (Status s = Work(st.fact, st.fact.date, &w); !s.ok()) return s;
    // One evidence per (edge, document, sentence): a sentence that states a fact twice is one mention.
    w->arriving.emplace(DocSentence(doc.id, st.sentence), std::move(st.ev));
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

Status ArticleBatch::Work(const Edge& fact, const std::string& date, EdgeWork** work, std::string* id_out) {
  std::string id = keys::EdgeId(fact.subject_id, fact.relation, fact.object_id, date);
  EdgeWork& w = edges_[id];
  if (w.proto.id.empty()) {
    w.proto = fact;
    w.proto.id = id;
    w.proto.date = date;
  }
  if (Status s = LoadEdge(id, w); !s.ok()) return s;
  *work = &w;
  if (id_out) *id_out = std::move(id);
  return Status::Ok();
}

namespace {

// Stated-date evidence on an edge before and after the batch. Moved evidence is never stated.
bool StatedBefore(const std::optional<codec::EdgeRecord>& stored) { return stored && stored->stated > 0; }

template <typename Work>
bool StatedAfter(const Work& w) {
  std::int64_t n = w.stored ? w.stored->stated : 0;
  for (const auto& [key, ev] : w.leaving) n -= ev.evidence.date_source == "text";
  for (const auto& [key, ev] : w.arriving) n += ev.evidence.date_source == "text";
  return n > 0;
}

}  // namespace

Status ArticleBatch::Home(const Edge& fact, const Date& day, bool after, std::string* home) {
  Status status;
  *home = NearbyHome(day, [&](const std::string& date) {
    EdgeWork* w = nullptr;
    if (!status.ok()) return false;
    if (status = Work(fact, date, &w); !status.ok()) return false;
    return after ? StatedAfter(*w) : StatedBefore(w->stored);
  });
  return status;
}

Status ArticleBatch::ResolveNearbyDates() {
  // A stated date that appears or disappears on day d changes where reports of days d+1 and d+2 belong.
  std::map<std::string, std::pair<Edge, Date>> affected;  // edge id of the fact on that day -> (fact, day)
  for (auto& [id, w] : edges_) {  // LoadEdge adds no entries, so the walk is safe
    if (Status s = LoadEdge(id, w); !s.ok()) return s;
    if (StatedBefore(w.stored) == StatedAfter(w)) continue;
    const Edge& fact = w.stored ? w.stored->edge : w.proto;
    std::optional<Date> d = Date::Parse(fact.date);
    if (!d || !d->full()) continue;
    for (long ahead : {1, 2}) {
      Date day = d->AddDays(ahead);
      affected.try_emplace(keys::EdgeId(fact.subject_id, fact.relation, fact.object_id, day.ToString()), fact, day);
    }
  }
  for (const auto& [key, fact_day] : affected) {
    const auto& [fact, day] = fact_day;
    std::string before, after;
    if (Status s = Home(fact, day, false, &before); !s.ok()) return s;
    if (Status s = Home(fact, day, true, &after); !s.ok()) return s;
    if (before != after)
      if (Status s = MoveArticleEvidence(fact, day, before, after); !s.ok()) return s;
  }
  for (Floating& f : floating_) {
    std::string home;
    if (Status s = Home(f.fact, f.day, true, &home); !s.ok()) return s;
    EdgeWork* w = nullptr;
    if (Status s = Work(f.fact, home, &w); !s.ok()) return s;
    w->arriving.emplace(DocSentence(added_doc_, f.sentence), std::move(f.ev));
  }
  return Status::Ok();
}

Status ArticleBatch::MoveArticleEvidence(const Edge& fact, const Date& day, const std::string& from_date,
                                         const std::string& to_date) {
  std::string from_id, to_id;
  EdgeWork* from = nullptr;
  EdgeWork* to = nullptr;
  if (Status s = Work(fact, from_date, &from, &from_id); !s.ok()) return s;
  if (Status s = Work(fact, to_date, &to, &to_id); !s.ok()) return s;
  // Usually there is nothing to move: the old home is not stored, or all its evidence states its date.
  if (!from->stored || from->stored->edge.mentions == from->stored->stated) return Status::Ok();
  const std::string reported = day.ToString();
  const std::string prefix = keys::Prefix(from_id);
  std::unique_ptr<rocksdb::Iterator> it = db_.NewIterator(keys::Cf::kEvidence);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    std::string_view doc;
    int sentence = 0;
    if (!keys::ParseEvidenceTail(std::string_view(it->key().data(), it->key().size()).substr(prefix.size()), &doc, &sentence))
      return Status::Corruption(fmt::format("store {}: malformed evidence key under edge {}", db_.dir, from_id));
    if (doc == removed_doc_ || doc == added_doc_) continue;  // leaving, or placed by Add
    codec::EvidenceRecord ev;
    if (Status s = codec::DecodeEvidence(std::string_view(it->value().data(), it->value().size()), &ev); !s.ok())
      return s.WithContext(fmt::format("store {}: evidence of edge {} in {}", db_.dir, from_id, doc));
    if (ev.evidence.date_source != "article" || ev.evidence.date != reported) continue;
    const DocSentence key(std::string(doc), sentence);
    Delete(keys::Cf::kEvidence, keys::EvidenceKey(from_id, doc, sentence));
    Put(keys::Cf::kEvidence, keys::EvidenceKey(to_id, doc, sentence), codec::EncodeEvidence(ev));
    moved_out_[{key.first, from_id}].insert(sentence);
    moved_in_[{key.first, to_id}].insert(sentence);
    from->leaving.emplace(key, ev);
    from->moved = true;
    to->arriving.emplace(key, std::move(ev));
    to->moved = true;
  }
  if (!it->status().ok()) return db_.Error(it->status(), fmt::format("scan evidence of edge {}", from_id));
  return Status::Ok();
}

Status ArticleBatch::StageEvidenceIndex() {
  for (const auto& [edge_id, w] : edges_) {
    std::vector<int> sentences;
    for (const auto& [key, ev] : w.arriving) {
      if (key.first != added_doc_) continue;
      Put(keys::Cf::kEvidence, keys::EvidenceKey(edge_id, added_doc_, key.second), codec::EncodeEvidence(ev));
      sentences.push_back(key.second);
    }
    if (!sentences.empty()) Put(keys::Cf::kDocEdges, keys::Join(added_doc_, edge_id), codec::EncodeSentences(sentences));
  }
  // Moved evidence: its document's list of sentences per edge follows it.
  std::set<std::pair<std::string, std::string>> touched;
  for (const auto& [doc_edge, sentences] : moved_out_) touched.insert(doc_edge);
  for (const auto& [doc_edge, sentences] : moved_in_) touched.insert(doc_edge);
  for (const auto& [doc, edge_id] : touched) {
    const std::string key = keys::Join(doc, edge_id);
    std::string value;
    bool found = false;
    if (Status s = db_.Get(keys::Cf::kDocEdges, key, &value, &found); !s.ok()) return s;
    std::vector<int> stored;
    if (found)
      if (Status s = codec::DecodeSentences(value, &stored); !s.ok())
        return s.WithContext(fmt::format("store {}: document {} edge {}", db_.dir, doc, edge_id));
    std::set<int> next(stored.begin(), stored.end());
    if (auto out = moved_out_.find({doc, edge_id}); out != moved_out_.end())
      for (int sentence : out->second) next.erase(sentence);
    if (auto in = moved_in_.find({doc, edge_id}); in != moved_in_.end()) next.insert(in->second.begin(), in->second.end());
    if (next.empty()) Delete(keys::Cf::kDocEdges, key);
    else Put(keys::Cf::kDocEdges, key, codec::EncodeSentences({next.begin(), next.end()}));
  }
  return Status::Ok();
}

Status ArticleBatch::RecountEdge(const std::string& id, const Edge& fact, const EdgeWork& w, codec::EdgeRecord& next) {
  std::map<DocSentence, codec::EvidenceRecord> after;
  const std::string prefix = keys::Prefix(id);
  std::unique_ptr<rocksdb::Iterator> it = db_.NewIterator(keys::Cf::kEvidence);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    std::string_view key(it->key().data(), it->key().size());
    std::string_view doc;
    int sentence = 0;
    if (!keys::ParseEvidenceTail(key.substr(prefix.size()), &doc, &sentence))
      return Status::Corruption(fmt::format("store {}: malformed evidence key under edge {}", db_.dir, id));
    DocSentence at(std::string(doc), sentence);
    if (doc == removed_doc_ || w.leaving.count(at)) continue;  // deleted or moved out in this very batch
    codec::EvidenceRecord ev;
    if (Status s = codec::DecodeEvidence(std::string_view(it->value().data(), it->value().size()), &ev); !s.ok())
      return s.WithContext(fmt::format("store {}: evidence of edge {} in {}", db_.dir, id, doc));
    after.emplace(std::move(at), std::move(ev));
  }
  if (!it->status().ok()) return db_.Error(it->status(), fmt::format("scan evidence of edge {}", id));
  for (const auto& [at, ev] : w.arriving) after.insert_or_assign(at, ev);
  next = EmptyEdge(fact);
  const std::string* last_doc = nullptr;
  for (const auto& [at, ev] : after) {
    FoldEvidence(next, at.first, at.second, ev, !last_doc || *last_doc != at.first);
    last_doc = &at.first;
  }
  return Status::Ok();
}

Status ArticleBatch::CommitEdge(const std::string& id, EdgeWork& w) {
  if (Status s = LoadEdge(id, w); !s.ok()) return s;
  if (w.stored && !w.proto.id.empty() && !SameFact(w.stored->edge, w.proto))
    return Status::Aborted(fmt::format("store {}: edge id {} collides for two different facts", db_.dir, id));
  const Edge& fact = w.stored ? w.stored->edge : w.proto;
  codec::EdgeRecord next = w.stored ? *w.stored : EmptyEdge(fact);
  // Taking evidence out of the aggregate is exact unless the leaving evidence supplied mode and
  // predicate, or a document that stays gains or loses evidence here; only then is the rest read back.
  const bool recount = w.moved || (w.stored && w.leaving.count(DocSentence(w.stored->rep_doc, w.stored->rep_sentence)));
  if (recount) {
    if (Status s = RecountEdge(id, fact, w, next); !s.ok()) return s;
  } else {
    // Without moves only the removed document leaves, wholly, and only the added one arrives.
    for (const auto& [at, ev] : w.leaving) UnfoldEvidence(next, ev);
    if (!w.leaving.empty()) --next.edge.articles;
    bool first = true;
    for (const auto& [at, ev] : w.arriving) {
      FoldEvidence(next, at.first, at.second, ev, first);
      first = false;
    }
  }

  const int old_mentions = w.stored ? w.stored->edge.mentions : 0;
  Count(keys::TotalCounter("evidence"), next.edge.mentions - old_mentions);
  const Edge& e = next.edge;
  std::vector<std::pair<keys::Cf, std::string>> index = {
      {keys::Cf::kIdxRelation, keys::IndexKey(keys::RelationPrefix(e.relation), e.date, id)},
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
  if (Status s = ResolveNearbyDates(); !s.ok()) return s;
  if (Status s = StageEvidenceIndex(); !s.ok()) return s;
  for (auto& [id, w] : edges_)
    if (Status s = CommitEdge(id, w); !s.ok()) return s;
  for (auto& [id, w] : entities_)
    if (Status s = CommitEntity(id, w); !s.ok()) return s;
  if (Status s = ApplyCounters(); !s.ok()) return s;
  if (Status s = ApplyLinks(); !s.ok()) return s;
  if (!db_.group) return Status::Aborted("an article batch committed outside an ArticleGroup");
  // Staged only now, when nothing can fail half-way: an article that fails leaves the group as it was.
  for (Op& op : ops_) db_.group->Stage(op.cf, std::move(op.key), std::move(op.value));
  return Status::Ok();
}

}  // namespace jaal::store
