// Stored values decode to what was encoded, and bad bytes decode to Corruption, never a crash.
#include <doctest/doctest.h>

#include <random>

#include "codec.h"
#include "keys.h"

namespace jaal::store {
namespace {

codec::EdgeRecord SampleEdge() {
  codec::EdgeRecord r;
  r.edge.id = keys::EdgeId("Q1", Relation::kConsult, "Q2", "2024-06-19");
  r.edge.subject_id = "Q1";
  r.edge.relation = Relation::kConsult;
  r.edge.object_id = "Q2";
  r.edge.mode = "visit";
  r.edge.predicate = "met";
  r.edge.date = "2024-06-19";
  r.edge.modality = Modality::kClaimed;
  r.attributions = {{"KCNA", 2}, {"रॉयटर्स", 1}};
  r.modality_counts = {1, 2, 0, 0};
  r.edge.mentions = 3;
  r.edge.articles = 2;
  r.rep_doc = "doc-1";
  r.rep_sentence = 4;
  return r;
}

}  // namespace

TEST_CASE("an edge record survives encoding and decoding") {
  codec::EdgeRecord in = SampleEdge();
  codec::EdgeRecord out;
  REQUIRE(codec::DecodeEdge(codec::EncodeEdge(in), &out).ok());
  CHECK(out.edge.id == in.edge.id);
  CHECK(out.edge.relation == Relation::kConsult);
  CHECK(out.edge.modality == Modality::kClaimed);
  CHECK(out.edge.attributed_to == std::vector<std::string>{"KCNA", "रॉयटर्स"});
  CHECK(out.attributions == in.attributions);
  CHECK(out.modality_counts == in.modality_counts);
  CHECK(out.edge.mentions == 3);
  CHECK(out.edge.articles == 2);
  CHECK(out.rep_doc == "doc-1");
  CHECK(out.rep_sentence == 4);
}

TEST_CASE("evidence keeps negative-free spans, confidence and Devanagari text exactly") {
  codec::EvidenceRecord in;
  in.evidence.lang = "hi";
  in.evidence.span = {12, 250};
  in.evidence.text = "किम जोंग-उन ने पुतिन से मुलाक़ात की।";
  in.evidence.modality = Modality::kFuture;
  in.evidence.confidence = 0.875;
  in.mode = "visit";
  in.predicate = "met";
  codec::EvidenceRecord out;
  REQUIRE(codec::DecodeEvidence(codec::EncodeEvidence(in), &out).ok());
  CHECK(out.evidence.text == in.evidence.text);
  CHECK(out.evidence.span.end == 250);
  CHECK(out.evidence.confidence == 0.875);
  CHECK(out.evidence.modality == Modality::kFuture);
}

TEST_CASE("every truncation of a stored value decodes to Corruption") {
  std::string bytes = codec::EncodeEdge(SampleEdge());
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    codec::EdgeRecord out;
    Status s = codec::DecodeEdge(std::string_view(bytes).substr(0, n), &out);
    CHECK(s.code() == Status::Code::kCorruption);
  }
  codec::EdgeRecord out;
  CHECK(codec::DecodeEdge(bytes + "x", &out).code() == Status::Code::kCorruption);  // trailing garbage
}

TEST_CASE("a value with an unknown format byte is refused as corrupt") {
  std::string bytes = codec::EncodeCount(7);
  bytes[0] = static_cast<char>(codec::kValueFormat + 1);
  std::int64_t n = 0;
  Status s = codec::DecodeCount(bytes, &n);
  CHECK(s.code() == Status::Code::kCorruption);
  CHECK(s.message().find("format") != std::string::npos);
}

TEST_CASE("random bytes never crash any decoder") {
  std::mt19937 rng(42);
  for (int round = 0; round < 3000; ++round) {
    std::string bytes(rng() % 40, '\0');
    for (char& c : bytes) c = static_cast<char>(rng());
    if (!bytes.empty() && round % 2 == 0) bytes[0] = static_cast<char>(codec::kValueFormat);  // get past the first check
    DocumentInfo d;
    codec::EntityRecord e;
    codec::EdgeRecord g;
    codec::EvidenceRecord v;
    codec::Sighting si;
    std::vector<int> sentences;
    std::int64_t n = 0;
    // Only "no crash, no exception" is asserted; a lucky valid decode is fine.
    (void)codec::DecodeDocument(bytes, &d);
    (void)codec::DecodeEntity(bytes, &e);
    (void)codec::DecodeEdge(bytes, &g);
    (void)codec::DecodeEvidence(bytes, &v);
    (void)codec::DecodeSighting(bytes, &si);
    (void)codec::DecodeSentences(bytes, &sentences);
    (void)codec::DecodeCount(bytes, &n);
  }
  CHECK(true);
}

TEST_CASE("evidence keys split back into document and sentence") {
  std::string key = keys::EvidenceKey("e0123456789abcdef", "doc/1", 258);
  std::string_view doc;
  int sentence = -1;
  REQUIRE(keys::ParseEvidenceTail(std::string_view(key).substr(18), &doc, &sentence));
  CHECK(doc == "doc/1");
  CHECK(sentence == 258);
}

TEST_CASE("edge ids are stable and depend on subject, relation, object and date") {
  CHECK(keys::EdgeId("Q1", Relation::kConsult, "Q2", "2024") == keys::EdgeId("Q1", Relation::kConsult, "Q2", "2024"));
  CHECK(keys::EdgeId("Q1", Relation::kConsult, "Q2", "2024") != keys::EdgeId("Q2", Relation::kConsult, "Q1", "2024"));
  CHECK(keys::EdgeId("Q1", Relation::kConsult, "Q2", "2024") != keys::EdgeId("Q1", Relation::kAgree, "Q2", "2024"));
  CHECK(keys::EdgeId("Q1", Relation::kConsult, "Q2", "2024") != keys::EdgeId("Q1", Relation::kConsult, "Q2", "2025"));
  CHECK(keys::EdgeId("Q1", Relation::kConsult, "Q2", "").size() == 17);
}

TEST_CASE("every relation, modality and entity type has a stable code that round-trips") {
  for (int i = 0; i < kRelationCount; ++i) {
    auto r = static_cast<Relation>(i);
    CHECK(keys::RelationFromCode(keys::RelationCode(r)) == r);
  }
  for (Modality m : {Modality::kAsserted, Modality::kClaimed, Modality::kDenied, Modality::kFuture})
    CHECK(keys::ModalityFromCode(keys::ModalityCode(m)) == m);
  for (int i = 0; i <= static_cast<int>(EntityType::kUnknown); ++i) {
    auto t = static_cast<EntityType>(i);
    CHECK(keys::EntityTypeFromCode(keys::EntityTypeCode(t)) == t);
  }
  CHECK_FALSE(keys::RelationFromCode(200).has_value());
}

}  // namespace jaal::store
