// GraphStore::Verify: a store built through the API verifies clean after any history; each kind
// of damage written behind its back with raw RocksDB is named, and verifying changes nothing.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <rocksdb/db.h>

#include "codec.h"
#include "jaal/store/graph_store.h"
#include "keys.h"
#include "test_support.h"

namespace jaal::store {
namespace {

using jaal::testing::TempDir;
using Mode = GraphStore::Mode;

const ActorRef kModi{"Q1058", "Narendra Modi", "नरेंद्र मोदी", EntityType::kPerson};
const ActorRef kPutin{"Q7747", "Vladimir Putin", "व्लादिमीर पुतिन", EntityType::kPerson};
const ActorRef kIndia{"country:IN", "India", "भारत", EntityType::kCountry};
const ActorRef kRussia{"country:RU", "Russia", "रूस", EntityType::kCountry};

Triple Fact(const std::string& doc, const ActorRef& s, Relation r, const ActorRef& o, const std::string& date, int sentence,
            Modality m = Modality::kAsserted) {
  Triple t;
  t.doc = doc;
  t.lang = "en";
  t.subject = s;
  t.relation = r;
  t.predicate = "met";
  t.object = o;
  t.date = date;
  t.modality = m;
  t.sentence = sentence;
  t.span = {sentence * 10, sentence * 10 + 8};
  t.evidence = fmt::format("{} met {}", s.name, o.name);
  t.attributed_to = m == Modality::kClaimed ? std::vector<std::string>{"TASS"} : std::vector<std::string>{};
  t.confidence = 0.8;
  return t;
}

DocumentInfo Doc(const std::string& id, const std::string& hash) {
  return DocumentInfo{id, "en", "title", "2024-07-08", "test/" + id, hash, 0};
}

// Three articles, one replaced and one removed: every write path has run.
void BuildHistory(const std::string& dir) {
  auto store = GraphStore::Open(dir, Mode::kReadWrite);
  REQUIRE(store.ok());
  auto put = [&](const DocumentInfo& d, const std::vector<Triple>& t) { REQUIRE((*store)->PutArticle(d, t).ok()); };
  put(Doc("a", "1"), {Fact("a", kModi, Relation::kConsult, kPutin, "2024-07-08", 0),
                      Fact("a", kIndia, Relation::kCooperate, kRussia, "2024-07-09", 2, Modality::kClaimed)});
  put(Doc("b", "1"), {Fact("b", kModi, Relation::kConsult, kPutin, "2024-07-08", 1)});
  put(Doc("c", "1"), {Fact("c", kPutin, Relation::kThreaten, kIndia, "", 0)});
  put(Doc("a", "2"), {Fact("a", kModi, Relation::kConsult, kPutin, "2024-07-08", 3, Modality::kClaimed)});
  REQUIRE((*store)->RemoveArticle("c").ok());
}

VerifyReport Verify(const std::string& dir) {
  auto store = GraphStore::Open(dir, Mode::kReadOnly);
  REQUIRE_MESSAGE(store.ok(), store.status().message());
  VerifyReport report;
  Status s = (*store)->Verify(&report);
  REQUIRE_MESSAGE(s.ok(), s.message());
  return report;
}

bool Mentions(const VerifyReport& r, const std::string& text) {
  return std::any_of(r.problems.begin(), r.problems.end(),
                     [&](const std::string& p) { return p.find(text) != std::string::npos; });
}

// Raw RocksDB access to a closed store, for damage GraphStore would never write.
void Tamper(const std::string& dir, const std::function<void(rocksdb::DB*, const std::function<rocksdb::ColumnFamilyHandle*(keys::Cf)>&)>& fn) {
  rocksdb::DBOptions options;
  std::vector<std::string> names;
  REQUIRE(rocksdb::DB::ListColumnFamilies(options, dir, &names).ok());
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const std::string& n : names) families.emplace_back(n, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  REQUIRE(rocksdb::DB::Open(options, dir, families, &handles, &db).ok());
  fn(db, [&](keys::Cf cf) {
    auto name = keys::kFamilyNames[static_cast<std::size_t>(cf)];
    return handles[std::find(names.begin(), names.end(), name) - names.begin()];
  });
  for (auto* h : handles) REQUIRE(db->DestroyColumnFamilyHandle(h).ok());
  delete db;
}

}  // namespace

TEST_CASE("a store built through puts, a replace and a remove verifies consistent") {
  TempDir tmp;
  std::string dir = tmp / "store";
  BuildHistory(dir);
  VerifyReport r = Verify(dir);
  CHECK_MESSAGE(r.consistent(), fmt::format("{}", fmt::join(r.problems, "\n")));
  CHECK(r.documents == 2);
  CHECK(r.edges == 1);  // the replace took India-Russia out, the remove Putin-India
  CHECK(r.index_entries == 3);  // idx_relation and both ends in idx_actor_relation  // subject, object, relation, date and the actor-relation key of each end
  CHECK(r.evidence == 2);
}

TEST_CASE("an empty store verifies consistent") {
  TempDir tmp;
  std::string dir = tmp / "store";
  { REQUIRE(GraphStore::Open(dir, Mode::kReadWrite).ok()); }
  CHECK(Verify(dir).consistent());
}

TEST_CASE("a deleted index entry, a stray one and one that disagrees with its edge are each reported") {
  TempDir tmp;
  std::string dir = tmp / "store";
  BuildHistory(dir);
  const std::string edge = keys::EdgeId(kModi.id, Relation::kConsult, kPutin.id, "2024-07-08");
  const std::string ghost = keys::EdgeId(kModi.id, Relation::kAssault, kPutin.id, "2024-07-08");
  Tamper(dir, [&](rocksdb::DB* db, const auto& cf) {
    rocksdb::WriteOptions w;
    REQUIRE(db->Delete(w, cf(keys::Cf::kIdxActorRelation),
                       keys::IndexKey(keys::ActorRelationPrefix(kModi.id, keys::Side::kSubject, Relation::kConsult), "2024-07-08", edge))
                .ok());
    REQUIRE(db->Put(w, cf(keys::Cf::kIdxRelation), keys::IndexKey(keys::RelationPrefix(Relation::kAssault), "2024-07-08", ghost),
                    codec::EncodeEmpty())
                .ok());
    // The right edge under the wrong date.
    REQUIRE(db->Put(w, cf(keys::Cf::kIdxRelation), keys::IndexKey(keys::RelationPrefix(Relation::kConsult), "1999-01-01", edge),
                    codec::EncodeEmpty())
                .ok());
    // A key in a family retired in schema 3.
    REQUIRE(db->Put(w, cf(keys::Cf::kIdxDate), keys::IndexKey("", "2024-07-08", edge), codec::EncodeEmpty()).ok());
  });
  VerifyReport r = Verify(dir);
  CHECK_FALSE(r.consistent());
  CHECK_MESSAGE(Mentions(r, "edge " + edge + ": no idx_actor_relation entry"), fmt::format("{}", fmt::join(r.problems, "\n")));
  CHECK(Mentions(r, "points at missing edge " + ghost));
  CHECK(Mentions(r, "1999-01-01"));  // the wrong-date idx_relation entry
  CHECK(Mentions(r, "disagrees with edge " + edge));
  CHECK(Mentions(r, "idx_date"));
  CHECK(r.problems.size() == 4);
  CHECK(Verify(dir).problems == r.problems);  // verifying wrote nothing, not even a repair
}

TEST_CASE("missing evidence, a wrong counter, an orphan alias and a dangling doc_edges row are each reported") {
  TempDir tmp;
  std::string dir = tmp / "store";
  BuildHistory(dir);
  const std::string edge = keys::EdgeId(kModi.id, Relation::kConsult, kPutin.id, "2024-07-08");
  Tamper(dir, [&](rocksdb::DB* db, const auto& cf) {
    rocksdb::WriteOptions w;
    REQUIRE(db->Delete(w, cf(keys::Cf::kEvidence), keys::EvidenceKey(edge, "b", 1)).ok());
    REQUIRE(db->Put(w, cf(keys::Cf::kMeta), keys::TotalCounter("edges"), codec::EncodeCount(7)).ok());
    REQUIRE(db->Put(w, cf(keys::Cf::kAliases), keys::Join("nobody", "Q0"), codec::EncodeEmpty()).ok());
    REQUIRE(db->Put(w, cf(keys::Cf::kDocEdges), keys::Join("zz", edge), codec::EncodeSentences({4})).ok());
  });
  VerifyReport r = Verify(dir);
  std::string all = fmt::format("{}", fmt::join(r.problems, "\n"));
  CHECK_MESSAGE(Mentions(r, "edge " + edge + ": 2 mentions but 1 evidence rows"), all);
  CHECK_MESSAGE(Mentions(r, "edge " + edge + ": 2 articles but evidence from 1 documents"), all);
  CHECK_MESSAGE(Mentions(r, "doc_edges b\\0" + edge + ": sentence 1 has no evidence row"), all);
  CHECK_MESSAGE(Mentions(r, "meta n/edges: counter says 7, the store holds 1"), all);
  CHECK_MESSAGE(Mentions(r, "alias nobody\\0Q0: points at missing entity Q0"), all);
  CHECK_MESSAGE(Mentions(r, "doc_edges zz\\0" + edge + ": document zz is not stored"), all);
}

TEST_CASE("an entity link that disagrees with the edges, a stray one and a missing one are each reported") {
  TempDir tmp;
  std::string dir = tmp / "store";
  BuildHistory(dir);
  Tamper(dir, [&](rocksdb::DB* db, const auto& cf) {
    rocksdb::WriteOptions w;
    codec::LinkRecord wrong;
    wrong.edges[keys::RelationCode(Relation::kConsult)][codec::LinkRecord::kBoth] = 2;
    wrong.docs = 1;
    REQUIRE(db->Put(w, cf(keys::Cf::kEntityLinks), keys::Join(kModi.id, kPutin.id), codec::EncodeLink(wrong)).ok());
    REQUIRE(db->Delete(w, cf(keys::Cf::kEntityLinks), keys::Join(kPutin.id, kModi.id)).ok());
    REQUIRE(db->Put(w, cf(keys::Cf::kEntityLinks), keys::Join(kIndia.id, kRussia.id), codec::EncodeLink(wrong)).ok());
  });
  VerifyReport r = Verify(dir);
  std::string all = fmt::format("{}", fmt::join(r.problems, "\n"));
  CHECK_MESSAGE(Mentions(r, "entity link Q1058\\0Q7747: edge counts disagree with the edges"), all);
  CHECK_MESSAGE(Mentions(r, "entity link Q1058\\0Q7747: 1 documents but the edges' evidence comes from 2"), all);
  CHECK_MESSAGE(Mentions(r, "entity link Q7747\\0Q1058: missing"), all);
  CHECK_MESSAGE(Mentions(r, "entity link country:IN\\0country:RU: no edge joins the two"), all);
  CHECK(r.problems.size() == 4);
}

TEST_CASE("an undecodable record is reported with its key instead of stopping the check") {
  TempDir tmp;
  std::string dir = tmp / "store";
  BuildHistory(dir);
  Tamper(dir, [&](rocksdb::DB* db, const auto& cf) {
    REQUIRE(db->Put(rocksdb::WriteOptions(), cf(keys::Cf::kEntities), kModi.id, "\x01\xff").ok());
  });
  VerifyReport r = Verify(dir);
  CHECK(Mentions(r, "entity Q1058: bad entity value"));
  CHECK(Mentions(r, "subject Q1058 is not stored"));  // the edges that name it are flagged too
}

}  // namespace jaal::store
