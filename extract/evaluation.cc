// The reference scorer's rules in C++: symmetric CONSULT/AGREE/COOPERATE, alias mapping,
// optional gold facts, per-language typed and untyped scores.
#include "jaal/extract/evaluation.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include <fmt/format.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "jaal/core/json.h"

namespace jaal::extract {
namespace {

bool SymmetricLabel(const std::string& r) { return r == "CONSULT" || r == "AGREE" || r == "COOPERATE"; }

using Key = std::tuple<std::string, std::string, std::string>;  // subject, relation, object

}  // namespace

std::string ScoreKey(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  if (U_SUCCESS(status)) u = nfkd->normalize(u, status);
  u.foldCase();
  icu::UnicodeString kept;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    int32_t cat = U_GET_GC_MASK(c);
    if ((cat & (U_GC_L_MASK | U_GC_N_MASK)) != 0) kept.append(c);
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

Result<AliasTable> ReadAliasTable(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IoError(fmt::format("{}: cannot open", path));
  AliasTable table;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    std::string canon = ScoreKey(line.substr(0, tab));
    table[canon] = canon;
    if (tab == std::string::npos) continue;
    std::stringstream rest(line.substr(tab + 1));
    std::string alias;
    while (std::getline(rest, alias, '|')) {
      std::string k = ScoreKey(alias);
      if (!k.empty()) table.emplace(k, canon);
    }
  }
  return table;
}

Result<std::vector<GoldDocument>> ReadGold(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IoError(fmt::format("{}: cannot open", path));
  std::vector<GoldDocument> docs;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto v = json::Parse(line);
    std::string where = fmt::format("{}:{}", path, line_no);
    if (!v.ok()) return v.status().WithContext(where);
    const json::Value* doc = v->Find("doc");
    const json::Value* triples = v->Find("triples");
    if (!doc || !doc->is_string() || !triples || !triples->is_array())
      return Status::InvalidArgument(fmt::format("{}: expected \"doc\" and \"triples\"", where));
    GoldDocument g;
    g.doc = doc->as_string();
    if (const json::Value* lang = v->Find("lang"); lang && lang->is_string()) g.lang = lang->as_string();
    else g.lang = "?";
    for (const json::Value& t : triples->as_array()) {
      const json::Value *s = t.Find("s"), *o = t.Find("o"), *r = t.Find("r"), *req = t.Find("req");
      if (!s || !o || !r || !s->is_string() || !o->is_string() || !r->is_array())
        return Status::InvalidArgument(fmt::format("{}: a triple needs \"s\", \"r\" (a list) and \"o\"", where));
      GoldTriple gt{s->as_string(), o->as_string(), {}, !(req && req->is_bool() && !req->as_bool())};
      for (const json::Value& label : r->as_array())
        if (label.is_string()) gt.relations.push_back(label.as_string());
      g.triples.push_back(std::move(gt));
    }
    docs.push_back(std::move(g));
  }
  return docs;
}

EvalReport Evaluate(const std::vector<GoldDocument>& gold, const std::vector<Triple>& system, const AliasTable& aliases) {
  auto canon = [&](const std::string& n) {
    std::string k = ScoreKey(n);
    auto it = aliases.find(k);
    return it == aliases.end() ? k : it->second;
  };
  std::map<std::string, std::set<Key>> by_doc;
  for (const Triple& t : system)
    by_doc[t.doc].insert({canon(t.subject.name), std::string(RelationName(t.relation)), canon(t.object.name)});

  EvalReport report;
  for (bool typed : {true, false}) {
    std::map<std::string, Score>& scores = typed ? report.typed : report.untyped;
    for (const GoldDocument& g : gold) {
      Score& s = scores[g.lang];
      std::set<Key> sys = by_doc[g.doc];
      if (!typed) {
        std::set<Key> pairs;
        for (const auto& [a, r, b] : sys) pairs.insert({a, "*", b});
        sys = pairs;
      }
      auto matches = [&](const Key& k, const GoldTriple& gt) {
        const auto& [a, r, b] = k;
        std::string gs = canon(gt.subject), go = canon(gt.object);
        bool label_ok = !typed || std::find(gt.relations.begin(), gt.relations.end(), r) != gt.relations.end();
        if (!label_ok) return false;
        if (a == gs && b == go) return true;
        bool symmetric = typed ? SymmetricLabel(r)
                               : std::any_of(gt.relations.begin(), gt.relations.end(), SymmetricLabel);
        return symmetric && a == go && b == gs;
      };
      for (const Key& k : sys) {
        bool ok = std::any_of(g.triples.begin(), g.triples.end(), [&](const GoldTriple& gt) { return matches(k, gt); });
        s.tp_system += ok;
        ++s.n_system;
        if (typed && !ok)
          report.errors.push_back(fmt::format("FP  {}: {} -{}-> {}", g.doc, std::get<0>(k), std::get<1>(k), std::get<2>(k)));
      }
      for (const GoldTriple& gt : g.triples) {
        if (!gt.required) continue;
        bool ok = std::any_of(sys.begin(), sys.end(), [&](const Key& k) { return matches(k, gt); });
        s.tp_gold += ok;
        ++s.n_gold;
        if (typed && !ok) {
          std::string labels;
          for (const std::string& r : gt.relations) labels += (labels.empty() ? "" : "|") + r;
          report.errors.push_back(fmt::format("FN  {}: {} -{}-> {}", g.doc, gt.subject, labels, gt.object));
        }
      }
    }
    Score all;
    for (const auto& [lang, s] : scores) {
      all.tp_system += s.tp_system;
      all.n_system += s.n_system;
      all.tp_gold += s.tp_gold;
      all.n_gold += s.n_gold;
    }
    scores["all"] = all;
  }
  std::sort(report.errors.begin(), report.errors.end());
  return report;
}

}  // namespace jaal::extract
