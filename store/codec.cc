// Compact value encoding whose decoder never trusts its input: every bad byte comes back as Corruption.
#include "codec.h"

#include <array>
#include <bit>
#include <cstring>

#include <fmt/format.h>

#include "keys.h"

namespace jaal::store::codec {
namespace {

// Where an evidence's date came from, as one byte: "" (undated), "text" (stated), "article".
constexpr std::array<std::string_view, 3> kDateSources = {"", "text", "article"};

std::uint8_t DateSourceCode(std::string_view source) {
  for (std::uint8_t i = 0; i < kDateSources.size(); ++i)
    if (kDateSources[i] == source) return i;
  return 0;  // ArticleBatch::Add refuses any other value before it gets here
}

class Writer {
 public:
  Writer() { out_.push_back(static_cast<char>(kValueFormat)); }
  Writer& U8(std::uint8_t v) {
    out_.push_back(static_cast<char>(v));
    return *this;
  }
  Writer& Varint(std::uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7F) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
    return *this;
  }
  Writer& Signed(std::int64_t v) {
    return Varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
  }
  Writer& Str(std::string_view s) {
    Varint(s.size());
    out_.append(s);
    return *this;
  }
  Writer& Strs(const std::vector<std::string>& v) {
    Varint(v.size());
    for (const std::string& s : v) Str(s);
    return *this;
  }
  Writer& Counts(const std::map<std::string, std::int64_t>& m) {
    Varint(m.size());
    for (const auto& [k, n] : m) Str(k).Signed(n);
    return *this;
  }
  Writer& Double(double d) {
    auto bits = std::bit_cast<std::uint64_t>(d);
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((bits >> (8 * i)) & 0xFF));
    return *this;
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

// Reads until the first failure; later reads are no-ops, and Finish reports the first problem.
class Reader {
 public:
  Reader(std::string_view in, const char* what) : in_(in), what_(what) {
    std::uint8_t v = 0;
    if (U8(&v) && v != kValueFormat) Fail(fmt::format("unknown value format {}", v));
  }
  bool U8(std::uint8_t* v) {
    if (!ok_) return false;
    if (pos_ >= in_.size()) return Fail("truncated");
    *v = static_cast<std::uint8_t>(in_[pos_++]);
    return true;
  }
  bool Varint(std::uint64_t* v) {
    if (!ok_) return false;
    std::uint64_t result = 0;
    for (int shift = 0; shift <= 63; shift += 7) {
      if (pos_ >= in_.size()) return Fail("truncated varint");
      auto byte = static_cast<std::uint8_t>(in_[pos_++]);
      if (shift == 63 && byte > 1) return Fail("varint overflows 64 bits");
      result |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if (!(byte & 0x80)) {
        *v = result;
        return true;
      }
    }
    return Fail("varint too long");
  }
  bool Signed(std::int64_t* v) {
    std::uint64_t u = 0;
    if (!Varint(&u)) return false;
    *v = static_cast<std::int64_t>(u >> 1) ^ -static_cast<std::int64_t>(u & 1);
    return true;
  }
  bool Int(int* v) {
    std::int64_t wide = 0;
    if (!Signed(&wide)) return false;
    if (wide < INT32_MIN || wide > INT32_MAX) return Fail("integer out of range");
    *v = static_cast<int>(wide);
    return true;
  }
  bool Str(std::string* s) {
    std::uint64_t n = 0;
    if (!Varint(&n)) return false;
    if (n > in_.size() - pos_) return Fail("string runs past the end");
    s->assign(in_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  // A list length; every element takes at least one byte, so a larger count is corrupt (and
  // would otherwise make us allocate whatever a bad byte says).
  bool Count(std::uint64_t* n) {
    if (!Varint(n)) return false;
    if (*n > in_.size() - pos_) return Fail("list longer than the value");
    return true;
  }
  bool Strs(std::vector<std::string>* v) {
    std::uint64_t n = 0;
    if (!Count(&n)) return false;
    v->assign(n, std::string());
    for (std::string& s : *v)
      if (!Str(&s)) return false;
    return true;
  }
  // Sorted distinct keys with positive counts; `keys` receives the keys in order.
  bool Counts(std::map<std::string, std::int64_t>* m, std::vector<std::string>* keys) {
    std::uint64_t n = 0;
    if (!Count(&n)) return false;
    m->clear();
    keys->clear();
    for (std::uint64_t i = 0; i < n; ++i) {
      std::string k;
      std::int64_t c = 0;
      if (!Str(&k) || !Signed(&c)) return false;
      if (c <= 0) return Fail("count not positive");
      if (!keys->empty() && k <= keys->back()) return Fail("keys out of order");
      keys->push_back(k);
      m->emplace_hint(m->end(), std::move(k), c);
    }
    return true;
  }
  bool Double(double* d) {
    if (!ok_) return false;
    if (in_.size() - pos_ < 8) return Fail("truncated number");
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(in_[pos_ + i])) << (8 * i);
    pos_ += 8;
    *d = std::bit_cast<double>(bits);
    return true;
  }
  bool Relation(jaal::Relation* r) {
    std::uint8_t c = 0;
    if (!U8(&c)) return false;
    auto v = keys::RelationFromCode(c);
    if (!v) return Fail(fmt::format("unknown relation code {}", c));
    *r = *v;
    return true;
  }
  bool Modality(jaal::Modality* m) {
    std::uint8_t c = 0;
    if (!U8(&c)) return false;
    auto v = keys::ModalityFromCode(c);
    if (!v) return Fail(fmt::format("unknown modality code {}", c));
    *m = *v;
    return true;
  }
  bool DateSource(std::string* source) {
    std::uint8_t c = 0;
    if (!U8(&c)) return false;
    if (c >= kDateSources.size()) return Fail(fmt::format("unknown date source code {}", c));
    source->assign(kDateSources[c]);
    return true;
  }
  bool Type(EntityType* t) {
    std::uint8_t c = 0;
    if (!U8(&c)) return false;
    auto v = keys::EntityTypeFromCode(c);
    if (!v) return Fail(fmt::format("unknown entity type code {}", c));
    *t = *v;
    return true;
  }
  bool Fail(std::string why) {
    if (ok_) {
      ok_ = false;
      error_ = std::move(why);
    }
    return false;
  }
  Status Finish() {
    if (ok_ && pos_ != in_.size()) Fail(fmt::format("{} unexpected trailing bytes", in_.size() - pos_));
    if (ok_) return Status::Ok();
    return Status::Corruption(fmt::format("bad {} value: {} at byte {} of {}", what_, error_, pos_, in_.size()));
  }

 private:
  std::string_view in_;
  const char* what_;
  std::size_t pos_ = 0;
  bool ok_ = true;
  std::string error_;
};

}  // namespace

std::string EncodeDocument(const DocumentInfo& d) {
  return Writer().Str(d.id).Str(d.lang).Str(d.title).Str(d.date).Str(d.source).Str(d.content_hash).Signed(d.triples).Take();
}

Status DecodeDocument(std::string_view bytes, DocumentInfo* d) {
  Reader r(bytes, "document");
  r.Str(&d->id) && r.Str(&d->lang) && r.Str(&d->title) && r.Str(&d->date) && r.Str(&d->source) &&
      r.Str(&d->content_hash) && r.Signed(&d->triples);
  return r.Finish();
}

std::string EncodeSighting(const Sighting& s) {
  return Writer().Str(s.name).Str(s.name_hi).U8(keys::EntityTypeCode(s.type)).Strs(s.aliases).Take();
}

Status DecodeSighting(std::string_view bytes, Sighting* s) {
  Reader r(bytes, "entity sighting");
  r.Str(&s->name) && r.Str(&s->name_hi) && r.Type(&s->type) && r.Strs(&s->aliases);
  return r.Finish();
}

std::string EncodeEntity(const EntityRecord& e) {
  return Writer()
      .Str(e.entity.id)
      .Str(e.entity.name)
      .Str(e.entity.name_hi)
      .U8(keys::EntityTypeCode(e.entity.type))
      .Counts(e.alias_docs)
      .Str(e.name_doc)
      .Str(e.name_hi_doc)
      .Str(e.type_doc)
      .Signed(e.docs)
      .Take();
}

Status DecodeEntity(std::string_view bytes, EntityRecord* e) {
  Reader r(bytes, "entity");
  r.Str(&e->entity.id) && r.Str(&e->entity.name) && r.Str(&e->entity.name_hi) && r.Type(&e->entity.type) &&
      r.Counts(&e->alias_docs, &e->entity.aliases) && r.Str(&e->name_doc) && r.Str(&e->name_hi_doc) && r.Str(&e->type_doc) &&
      r.Signed(&e->docs);
  return r.Finish();
}

std::string EncodeEdge(const EdgeRecord& r) {
  const Edge& e = r.edge;
  return Writer()
      .Str(e.id)
      .Str(e.subject_id)
      .U8(keys::RelationCode(e.relation))
      .Str(e.object_id)
      .Str(e.mode)
      .Str(e.predicate)
      .Str(e.date)
      .U8(keys::ModalityCode(e.modality))
      .Counts(r.attributions)
      .Signed(r.modality_counts[0])
      .Signed(r.modality_counts[1])
      .Signed(r.modality_counts[2])
      .Signed(r.modality_counts[3])
      .Signed(e.mentions)
      .Signed(e.articles)
      .Str(r.rep_doc)
      .Signed(r.rep_sentence)
      .Signed(r.stated)
      .Take();
}

Status DecodeEdge(std::string_view bytes, EdgeRecord* out) {
  Reader r(bytes, "edge");
  Edge& e = out->edge;
  r.Str(&e.id) && r.Str(&e.subject_id) && r.Relation(&e.relation) && r.Str(&e.object_id) && r.Str(&e.mode) &&
      r.Str(&e.predicate) && r.Str(&e.date) && r.Modality(&e.modality) &&
      r.Counts(&out->attributions, &e.attributed_to) && r.Signed(&out->modality_counts[0]) &&
      r.Signed(&out->modality_counts[1]) && r.Signed(&out->modality_counts[2]) && r.Signed(&out->modality_counts[3]) &&
      r.Int(&e.mentions) && r.Int(&e.articles) && r.Str(&out->rep_doc) && r.Int(&out->rep_sentence) && r.Signed(&out->stated);
  return r.Finish();
}

std::string EncodeEvidence(const EvidenceRecord& r) {
  const Evidence& e = r.evidence;
  return Writer()
      .Str(e.lang)
      .Signed(e.span.begin)
      .Signed(e.span.end)
      .Str(e.text)
      .U8(keys::ModalityCode(e.modality))
      .Strs(e.attributed_to)
      .Double(e.confidence)
      .Str(r.mode)
      .Str(r.predicate)
      .Str(e.date)
      .U8(DateSourceCode(e.date_source))
      .Take();
}

Status DecodeEvidence(std::string_view bytes, EvidenceRecord* out) {
  Reader r(bytes, "evidence");
  Evidence& e = out->evidence;
  r.Str(&e.lang) && r.Signed(&e.span.begin) && r.Signed(&e.span.end) && r.Str(&e.text) && r.Modality(&e.modality) &&
      r.Strs(&e.attributed_to) && r.Double(&e.confidence) && r.Str(&out->mode) && r.Str(&out->predicate) &&
      r.Str(&e.date) && r.DateSource(&e.date_source);
  return r.Finish();
}

std::string EncodeSentences(const std::vector<int>& sentences) {
  Writer w;
  w.Varint(sentences.size());
  for (int s : sentences) w.Signed(s);
  return w.Take();
}

Status DecodeSentences(std::string_view bytes, std::vector<int>* sentences) {
  Reader r(bytes, "document edge");
  std::uint64_t n = 0;
  sentences->clear();
  if (r.Count(&n)) {
    for (std::uint64_t i = 0; i < n; ++i) {
      int s = 0;
      if (!r.Int(&s)) break;
      sentences->push_back(s);
    }
  }
  return r.Finish();
}

bool LinkRecord::empty() const {
  if (docs != 0) return false;
  for (const auto& by_direction : edges)
    for (std::int64_t n : by_direction)
      if (n != 0) return false;
  return true;
}

std::string EncodeLink(const LinkRecord& l) {
  Writer w;
  std::uint64_t n = 0;
  for (const auto& by_direction : l.edges)
    for (std::int64_t c : by_direction) n += c != 0;
  w.Varint(n);
  for (std::size_t rel = 0; rel < l.edges.size(); ++rel)
    for (std::size_t dir = 0; dir < 3; ++dir)
      if (l.edges[rel][dir] != 0) w.U8(static_cast<std::uint8_t>(rel)).U8(static_cast<std::uint8_t>(dir)).Signed(l.edges[rel][dir]);
  return w.Signed(l.docs).Take();
}

Status DecodeLink(std::string_view bytes, LinkRecord* l) {
  Reader r(bytes, "entity link");
  *l = LinkRecord();
  std::uint64_t n = 0;
  int previous = -1;
  if (r.Count(&n)) {
    for (std::uint64_t i = 0; i < n; ++i) {
      std::uint8_t rel = 0, dir = 0;
      std::int64_t c = 0;
      if (!r.U8(&rel) || !r.U8(&dir) || !r.Signed(&c)) break;
      const int order = rel * 3 + dir;
      if (rel >= l->edges.size() || dir > 2 || c <= 0 || order <= previous) {
        r.Fail(fmt::format("bad edge count ({}, {}, {})", rel, dir, c));
        break;
      }
      previous = order;
      l->edges[rel][dir] = c;
    }
  }
  r.Signed(&l->docs);
  return r.Finish();
}

std::string EncodeCount(std::int64_t n) { return Writer().Signed(n).Take(); }

Status DecodeCount(std::string_view bytes, std::int64_t* n) {
  Reader r(bytes, "counter");
  r.Signed(n);
  return r.Finish();
}

std::string EncodeEmpty() { return Writer().Take(); }

}  // namespace jaal::store::codec
