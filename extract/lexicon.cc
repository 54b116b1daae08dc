// Loading the lexicon: plain TSV files users can edit, checked line by line.
#include "lexicon.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "jaal/core/names.h"

namespace jaal::extract {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> SplitOn(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    out.emplace_back(s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> SplitList(std::string_view s) {
  std::vector<std::string> out;
  for (const std::string& part : SplitOn(s, '|')) {
    std::string_view t = TrimView(part);
    if (!t.empty()) out.emplace_back(t);
  }
  return out;
}

// FNV-1a: a cheap, stable digest of the data files.
void Mix(std::uint64_t& h, std::string_view data) {
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ULL;
  }
}

struct TsvRow {
  int line = 0;
  std::vector<std::string> cells;
};

// Reads a TSV file: `#` comments and blank lines skipped; every row must have between
// min_cols and max_cols cells.
Result<std::vector<TsvRow>> ReadTsv(const fs::path& path, size_t min_cols, size_t max_cols, std::uint64_t& digest) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(fmt::format("{}: cannot open", path.string()));
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string content = buffer.str();
  Mix(digest, path.filename().string());
  Mix(digest, content);
  if (std::int64_t bad = FindInvalidUtf8(content); bad >= 0)
    return Status::InvalidArgument(fmt::format("{}: invalid UTF-8 at byte {}", path.string(), bad));
  std::vector<TsvRow> rows;
  int line_no = 0;
  for (const std::string& line : SplitOn(content, '\n')) {
    ++line_no;
    std::string_view l = TrimView(line);
    if (l.empty() || l.front() == '#') continue;
    TsvRow row{line_no, SplitOn(std::string_view(line).substr(0, line.find_last_not_of("\r") + 1), '\t')};
    for (auto& c : row.cells) c = std::string(TrimView(c));
    if (row.cells.size() < min_cols || row.cells.size() > max_cols)
      return Status::InvalidArgument(fmt::format("{}:{}: expected {} to {} tab-separated columns, found {}",
                                                 path.string(), line_no, min_cols, max_cols, row.cells.size()));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<fs::path> TsvFilesIn(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return files;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

bool HasUpper(std::string_view s) {
  for (char c : s)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

std::string RowError(const fs::path& p, int line, std::string_view what) {
  return fmt::format("{}:{}: {}", p.string(), line, what);
}

}  // namespace

std::optional<Lang> ParseLang(std::string_view code) {
  if (code == "en") return Lang::kEn;
  if (code == "hi") return Lang::kHi;
  return std::nullopt;
}

// ---- PhraseTable --------------------------------------------------------------------------

void PhraseTable::Add(const std::vector<Token>& tokens, int value, bool case_sensitive) {
  Phrase p;
  p.value = value;
  for (const Token& t : tokens) {
    if (!t.word) continue;
    p.keys.push_back(t.key);
    CaseRule rule = CaseRule::kAny;
    if (case_sensitive && !t.devanagari) {
      if (t.all_caps) rule = CaseRule::kAllCaps;
      else if (t.capitalized) rule = CaseRule::kInitialCap;
    }
    p.cases.push_back(rule);
  }
  if (p.keys.empty()) return;
  if (!by_first_.count(p.keys.front())) {
    // Keep the filter at >= 16 bits per first key; it is rebuilt when it doubles.
    if ((by_first_.size() + 1) * 16 > filter_.size() * 64) {
      filter_.assign(std::max<size_t>(8, filter_.size() * 2), 0);
      for (const auto& [key, phrases] : by_first_) AddToFilter(std::hash<std::string_view>{}(key));
    }
    AddToFilter(std::hash<std::string_view>{}(p.keys.front()));
  }
  auto& bucket = by_first_[p.keys.front()];
  for (const Phrase& q : bucket)
    if (q.keys == p.keys && q.value == value) return;
  bucket.push_back(std::move(p));
  std::stable_sort(bucket.begin(), bucket.end(),
                   [](const Phrase& a, const Phrase& b) { return a.keys.size() > b.keys.size(); });
}

namespace {

// Punctuation that may sit inside a name without breaking it: "Jong-un", "U.S.", "al-Sadr".
bool IsNameJoiner(const Token& t) {
  return !t.word && (t.text == "-" || t.text == "." || t.text == "\u2010" || t.text == "'" || t.text == "\u2019");
}

bool CaseOk(CaseRule rule, const Token& t) {
  switch (rule) {
    case CaseRule::kAny: return true;
    case CaseRule::kInitialCap: return t.capitalized;
    case CaseRule::kAllCaps: return t.all_caps || (t.capitalized && t.text.size() <= 1);
  }
  return true;
}

// Matches phrase `p` at tokens[i]; returns the index past the match or 0.
size_t MatchPhrase(const Phrase& p, const std::vector<Token>& tokens, size_t i) {
  size_t j = i;
  for (size_t k = 0; k < p.keys.size(); ++k) {
    // Joiners inside a name: "Jong-un", "U.S."; and the full stop of an initial, "George W. Bush".
    // Hindi text also spaces a name's hyphens: "जैश - ए - मोहम्मद", and a short form's full stop: "उ. कोरिया".
    if (k > 0)
      while (j < tokens.size() && IsNameJoiner(tokens[j]) && j + 1 < tokens.size() && tokens[j + 1].word &&
             (tokens[j + 1].begin == tokens[j].end ||
              (tokens[j].text == "-" && tokens[j + 1].devanagari && j > 0 && tokens[j - 1].devanagari) ||
              (tokens[j].text == "." && j > 0 && (tokens[j - 1].capitalized || tokens[j - 1].devanagari) &&
               tokens[j - 1].end - tokens[j - 1].begin <= 3)))
        ++j;
    if (j >= tokens.size() || !tokens[j].word || tokens[j].key != p.keys[k] || !CaseOk(p.cases[k], tokens[j]))
      return 0;
    // A possessive ends a name: "Russia's defence minister" cannot continue the name past "Russia".
    if (tokens[j].possessive && k + 1 < p.keys.size()) return 0;
    ++j;
  }
  // The full stop of a closing initial is the name's: "The U.S. imposed ..." (the verb follows the name).
  if (j < tokens.size() && tokens[j].text == "." && j > i && tokens[j].begin == tokens[j - 1].end && tokens[j - 1].capitalized &&
      (tokens[j - 1].text.find('.') != std::string::npos || (tokens[j - 1].text.size() == 1 && j - 1 > i && tokens[j - 2].text == ".")))
    ++j;
  return j;
}

}  // namespace

void PhraseTable::AddToFilter(std::size_t hash) {
  size_t bit = hash & (filter_.size() * 64 - 1);  // the size is a power of two
  filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

const std::vector<Phrase>* PhraseTable::Bucket(const Token& first) const {
  std::size_t h = KeyHashOf(first);
  if (filter_.empty()) return nullptr;
  size_t bit = h & (filter_.size() * 64 - 1);
  if (((filter_[bit / 64] >> (bit % 64)) & 1U) == 0) return nullptr;
  auto it = by_first_.find(KeyRef{first.key, h});
  return it == by_first_.end() ? nullptr : &it->second;
}

std::optional<std::pair<int, size_t>> PhraseTable::Match(const std::vector<Token>& tokens, size_t i) const {
  if (i >= tokens.size() || !tokens[i].word) return std::nullopt;
  const std::vector<Phrase>* bucket = Bucket(tokens[i]);
  if (bucket == nullptr) return std::nullopt;
  for (const Phrase& p : *bucket)
    if (size_t end = MatchPhrase(p, tokens, i)) return std::make_pair(p.value, end);
  return std::nullopt;
}

std::vector<std::pair<int, size_t>> PhraseTable::MatchAll(const std::vector<Token>& tokens, size_t i) const {
  std::vector<std::pair<int, size_t>> out;
  if (i >= tokens.size() || !tokens[i].word) return out;
  const std::vector<Phrase>* bucket = Bucket(tokens[i]);
  if (bucket == nullptr) return out;
  for (const Phrase& p : *bucket)
    if (size_t end = MatchPhrase(p, tokens, i)) out.emplace_back(p.value, end);
  return out;
}

void Grammar::FillClassMask(const Token& t) const {
  auto it = class_starts.find(PhraseTable::KeyRef{t.key, PhraseTable::KeyHashOf(t)});
  t.class_mask = it == class_starts.end() ? std::bitset<kMaxWordClasses>{} : it->second;
  t.class_mask_of = this;
}

bool Grammar::MatchClass(WordClass c, const std::vector<Token>& tokens, size_t i, size_t* end) const {
  auto m = classes[static_cast<size_t>(c)].Match(tokens, i);
  if (m && end) *end = m->second;
  return m.has_value();
}

// ---- Lexicon ------------------------------------------------------------------------------

void Lexicon::AddActorName(int actor, std::string_view name, bool as_place) {
  // "भारतीय" -> "भारतीयों", "रूसी" -> "रूसियों": one-word Hindi demonyms of places also name them in
  // the oblique plural ("भारतीयों पर से प्रतिबंध हटाया").
  EntityType type = actors_[actor].type;
  if (!as_place && (type == EntityType::kCountry || type == EntityType::kRegion) && name.find(' ') == std::string_view::npos)
    for (const auto& [suffix, plural] : grammar_[static_cast<size_t>(Lang::kHi)].demonym_plurals)
      if (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix) {
        std::string inflected = std::string(name.substr(0, name.size() - suffix.size())) + plural;
        actor_names_.Add(segmenter_->Tokenize(inflected), actor, false);
        break;
      }
  std::vector<Token> toks = segmenter_->Tokenize(name);
  // English names are case-sensitive so "US" is not "us" and "Chad" is not "chad".
  bool case_sensitive = HasUpper(name);
  (as_place ? place_names_ : actor_names_).Add(toks, actor, case_sensitive);
  std::vector<std::string> keys;
  std::vector<const Token*> words_read;
  for (const Token& t : toks)
    if (t.word) keys.push_back(t.key), words_read.push_back(&t);
  if (keys.empty()) return;
  // "Juan Carlos I", "Ferdinand Marcos Jr.", "चार्ल्स तृतीय": a regnal number or generation is no
  // name word (a bare "I" would be the king), nor the last name.
  if (actors_[actor].type == EntityType::kPerson)
    while (keys.size() >= 2 && GenerationSuffix(*words_read[keys.size() - 1])) keys.pop_back();
  auto& known = name_keys_[actor];
  if (std::find(known.begin(), known.end(), keys) == known.end()) known.push_back(keys);
  // Persons are also found by one word of their name once the full name was seen, or by date.
  if (actors_[actor].type == EntityType::kPerson && keys.size() >= 2 && !as_place) {
    std::vector<std::string> words = {keys.front(), keys.back()};
    // The two-word key always comes with keys[0] on its own: FindMentions relies on that.
    if (keys.size() >= 3) words.push_back(keys[0] + " " + keys[1]);
    for (const std::string& k : words) {
      auto& v = persons_by_name_word_[k];
      if (std::find(v.begin(), v.end(), actor) == v.end()) v.push_back(actor);
    }
  }
}

bool Lexicon::GenerationSuffix(const Token& word) const {
  // Roman numerals in capitals only: "Benedict XVI" ends in one, "Li Xi" in a surname.
  bool roman = !word.text.empty() && word.text.size() <= 4 && word.text.find_first_not_of("IVX") == std::string::npos;
  if (roman) return true;
  std::vector<Token> toks = segmenter_->Tokenize(word.key);
  for (const Grammar& g : grammar_)
    if (size_t e = 0; g.Is(WordClass::kNameSuffix, toks, 0, &e) && e == toks.size()) return true;
  return false;
}

const std::vector<int>* Lexicon::PersonsWithNameWord(const std::string& key) const {
  auto it = persons_by_name_word_.find(key);
  return it == persons_by_name_word_.end() ? nullptr : &it->second;
}

std::optional<int> Lexicon::FindActorById(std::string_view id) const {
  auto it = actor_by_id_.find(std::string(id));
  if (it == actor_by_id_.end()) return std::nullopt;
  return it->second;
}

// Word by word from the persons whose two names have as many words ("स्कॉट मॉरिसन" / "Scott
// Morrison"). Spellings are compared without case ("al"/"Al") and must be plain ASCII; letter names
// ("डी", "जे") are initials, spelt by LatinLabel itself.
void Lexicon::LearnNameSpellings() {
  auto words = [](const std::string& name) {
    std::vector<std::string> out;
    std::string w;
    for (char c : name + " ") {
      if (c == ' ' || c == '-') {
        if (!w.empty()) out.push_back(w);
        w.clear();
      } else {
        w += c;
      }
    }
    return out;
  };
  // Devanagari key -> lower-case spelling -> (count, the most common cased form and its count)
  struct Spelling {
    int count = 0;
    std::map<std::string, int> forms;
  };
  std::unordered_map<std::string, std::map<std::string, Spelling>> counts;
  for (const ActorEntry& a : actors_) {
    if (a.type != EntityType::kPerson || a.name_hi.empty()) continue;
    std::vector<std::string> en = words(a.name_en), hi = words(a.name_hi);
    if (en.size() != hi.size()) continue;
    for (size_t i = 0; i < en.size(); ++i) {
      const std::string& latin = en[i];
      bool ascii_word = latin.size() > 1 && std::all_of(latin.begin(), latin.end(), [](char c) {
                          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'';
                        });
      if (!ascii_word || LatinLetterNamed(hi[i])) continue;
      std::string lower = latin;
      for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      Spelling& sp = counts[NameKey(hi[i])][lower];
      ++sp.count;
      ++sp.forms[latin];
    }
  }
  // One person's spelling may be theirs alone ("हुसैन" is Hossein for one Iranian, Hussain for
  // most); a spelling is learnt when two persons share it and no other is as common.
  for (const auto& [hi, spellings] : counts) {
    int best = 0, second = 0;
    const Spelling* spelling = nullptr;
    for (const auto& [lower, sp] : spellings) {
      if (sp.count > best) second = best, best = sp.count, spelling = &sp;
      else second = std::max(second, sp.count);
    }
    if (best < 2 || best <= second) continue;
    auto form = std::max_element(spelling->forms.begin(), spelling->forms.end(),
                                 [](const auto& x, const auto& y) { return x.second < y.second; });
    name_spellings_[hi] = form->first;
  }
}

Status Lexicon::LoadActors(const std::string& dir) {
  std::uint64_t h = 1469598103934665603ULL;
  fs::path root(dir);
  std::vector<std::pair<int, std::vector<std::string>>> pending_aliases;
  for (const fs::path& p : TsvFilesIn(root / "actors")) {
    auto rows = ReadTsv(p, 4, 6, h);
    if (!rows.ok()) return rows.status();
    for (const TsvRow& r : *rows) {
      ActorEntry a;
      a.id = r.cells[0];
      auto type = ParseEntityType(r.cells[1]);
      if (a.id.empty()) return Status::InvalidArgument(RowError(p, r.line, "empty actor id"));
      if (!type) return Status::InvalidArgument(RowError(p, r.line, fmt::format("unknown actor type '{}'", r.cells[1])));
      if (actor_by_id_.count(a.id)) return Status::InvalidArgument(RowError(p, r.line, fmt::format("duplicate actor id '{}'", a.id)));
      a.type = *type;
      a.name_en = r.cells[2];
      a.name_hi = r.cells[3];
      if (a.name_en.empty()) return Status::InvalidArgument(RowError(p, r.line, "actor without an English name"));
      if (r.cells.size() > 5) a.wikidata = r.cells[5];
      a.known_by_surname = p.filename().string().rfind("officeholders", 0) != 0;
      int idx = static_cast<int>(actors_.size());
      actor_by_id_[a.id] = idx;
      actors_.push_back(std::move(a));
      name_keys_.emplace_back();
      std::vector<std::string> names = {actors_[idx].name_en};
      if (!actors_[idx].name_hi.empty()) names.push_back(actors_[idx].name_hi);
      if (r.cells.size() > 4)
        for (auto& al : SplitList(r.cells[4])) names.push_back(al);
      pending_aliases.emplace_back(idx, std::move(names));
    }
  }
  // Extra aliases by id (e.g. hand-curated additions to the ICU-generated country list).
  for (const fs::path& p : TsvFilesIn(root)) {
    std::string name = p.filename().string();
    if (name.size() < 11 || name.substr(name.size() - 11) != "aliases.tsv") continue;
    auto rows = ReadTsv(p, 2, 2, h);
    if (!rows.ok()) return rows.status();
    for (const TsvRow& r : *rows) {
      auto idx = FindActorById(r.cells[0]);
      if (!idx) return Status::InvalidArgument(RowError(p, r.line, fmt::format("unknown actor id '{}'", r.cells[0])));
      pending_aliases.emplace_back(*idx, SplitList(r.cells[1]));
    }
  }
  for (auto& [idx, names] : pending_aliases)
    for (const std::string& n : names) AddActorName(idx, n, false);
  LearnNameSpellings();
  // Hand-written spellings outrank the learnt ones.
  if (fs::exists(root / "name_spellings.tsv")) {
    auto rows = ReadTsv(root / "name_spellings.tsv", 2, 2, h);
    if (!rows.ok()) return rows.status();
    std::set<std::string> hand_spelt;
    for (const TsvRow& r : *rows) {
      // One Devanagari word, and a spelling of Latin letters (apostrophes and hyphens inside).
      auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
      const std::string& latin = r.cells[1];
      bool ok = !latin.empty() && letter(latin.front()) &&
                std::all_of(latin.begin(), latin.end(), [&](char c) { return letter(c) || c == '\'' || c == '-'; });
      if (!ok)
        return Status::InvalidArgument(RowError(root / "name_spellings.tsv", r.line,
                                                fmt::format("spelling '{}' is not plain Latin letters", latin)));
      if (r.cells[0].empty() || r.cells[0].find(' ') != std::string::npos || static_cast<unsigned char>(r.cells[0][0]) < 0xE0)
        return Status::InvalidArgument(RowError(root / "name_spellings.tsv", r.line,
                                                fmt::format("'{}' is not one Devanagari word", r.cells[0])));
      auto [it, added] = name_spellings_.try_emplace(NameKey(r.cells[0]), latin);
      if (!added && it->second != latin) {
        if (hand_spelt.count(it->first))
          return Status::InvalidArgument(RowError(root / "name_spellings.tsv", r.line,
                                                  fmt::format("'{}' is spelt '{}' above", r.cells[0], it->second)));
        it->second = latin;  // over a learnt spelling
      }
      hand_spelt.insert(it->first);
    }
  }

  // name<TAB>actor_id files: places stand for their actor, cities only locate.
  auto read_names = [&](const fs::path& file, auto add) -> Status {
    if (!fs::exists(file)) return Status::Ok();
    auto rows = ReadTsv(file, 2, 2, h);
    if (!rows.ok()) return rows.status();
    for (const TsvRow& r : *rows) {
      auto idx = FindActorById(r.cells[1]);
      if (!idx) return Status::InvalidArgument(RowError(file, r.line, fmt::format("unknown actor id '{}'", r.cells[1])));
      add(r.cells[0], *idx);
    }
    return Status::Ok();
  };
  if (Status st = read_names(root / "places.tsv", [&](const std::string& name, int idx) { AddActorName(idx, name, true); });
      !st.ok())
    return st;
  if (Status st = read_names(root / "cities.tsv",
                             [&](const std::string& name, int idx) {
                               city_names_.Add(segmenter_->Tokenize(name), idx, HasUpper(name));
                             });
      !st.ok())
    return st;
  if (fs::exists(root / "titles.tsv")) {
    auto rows = ReadTsv(root / "titles.tsv", 3, 5, h);
    if (!rows.ok()) return rows.status();
    std::unordered_map<std::string, int> by_key;
    for (const TsvRow& r : *rows) {
      auto [it, added] = by_key.try_emplace(r.cells[0], static_cast<int>(title_list_.size()));
      if (added) title_list_.push_back({r.cells[0], r.cells.size() > 3 ? r.cells[3] : "official", ""});
      TitleEntry& t = title_list_[it->second];
      std::vector<std::string> forms = SplitList(r.cells[2]);
      if (r.cells[1] == "en" && t.label_en.empty() && !forms.empty()) t.label_en = forms.front();
      if (r.cells.size() > 4 && r.cells[4] == "state") t.state_office = true;
      if (r.cells.size() > 4 && r.cells[4] == "post") t.posted = true;
      for (const std::string& f : forms) titles_.Add(segmenter_->Tokenize(f), it->second, false);
    }
    if (fs::exists(root / "roles.tsv")) {
      auto role_rows = ReadTsv(root / "roles.tsv", 4, 5, h);
      if (!role_rows.ok()) return role_rows.status();
      for (const TsvRow& r : *role_rows) {
        RoleEntry role;
        auto person = FindActorById(r.cells[0]);
        auto title = by_key.find(r.cells[1]);
        auto org = FindActorById(r.cells[2]);
        auto from = r.cells[3].empty() ? std::optional<Date>(Date{}) : Date::Parse(r.cells[3]);
        auto to = (r.cells.size() < 5 || r.cells[4].empty()) ? std::optional<Date>(Date{}) : Date::Parse(r.cells[4]);
        if (!person || !org || title == by_key.end() || !from || !to) {
          // A role naming an actor the lexicon lacks is a data error worth fixing, but one bad
          // row must not stop a user's build: it is skipped.
          continue;
        }
        role.person = *person;
        role.title = title->second;
        role.org = *org;
        role.from = *from;
        role.to = *to;
        roles_.push_back(role);
      }
    }
  }
  if (fs::exists(root / "chambers.tsv") && !title_list_.empty()) {
    auto rows = ReadTsv(root / "chambers.tsv", 3, 4, h);
    if (!rows.ok()) return rows.status();
    for (const TsvRow& r : *rows) {
      ChamberEntry c;
      for (size_t t = 0; t < title_list_.size(); ++t)
        if (title_list_[t].key == r.cells[0]) c.title = static_cast<int>(t);
      auto country = FindActorById(r.cells[1]);
      auto body = FindActorById(r.cells[2]);
      if (c.title < 0 || !country || !body)
        return Status::InvalidArgument(RowError(root / "chambers.tsv", r.line, "unknown office, country or body id"));
      c.country = *country;
      c.body = *body;
      if (r.cells.size() > 3)
        for (const std::string& id : SplitList(r.cells[3])) {
          auto region = FindActorById(id);
          if (!region)
            return Status::InvalidArgument(RowError(root / "chambers.tsv", r.line, fmt::format("unknown region id '{}'", id)));
          c.regions.push_back(*region);
        }
      chambers_.push_back(std::move(c));
    }
  }
  roles_of_.assign(actors_.size(), {});
  roles_in_.clear();
  for (const RoleEntry& r : roles_) {
    roles_of_[static_cast<size_t>(r.person)].push_back(std::cref(r));
    roles_in_[{r.title, r.org}].push_back(std::cref(r));
  }
  Mix(h, "actors");
  digest_ += fmt::format("{:016x}", h);
  return Status::Ok();
}

namespace {

const std::map<std::string, WordClass, std::less<>>& WordClassNames() {
  static const std::map<std::string, WordClass, std::less<>> kNames = {
      {"negation", WordClass::kNegation},         {"future", WordClass::kFuture},
      {"speech", WordClass::kSpeech},             {"claim", WordClass::kClaim},
      {"deny", WordClass::kDeny},                 {"clause_break", WordClass::kClauseBreak},
      {"coordination", WordClass::kCoordination}, {"be", WordClass::kBe},
      {"preposition", WordClass::kPreposition},   {"locative", WordClass::kLocative},
      {"stop", WordClass::kStop},                 {"agent_marker", WordClass::kAgentMarker},
      {"passive_agent", WordClass::kPassiveAgent},{"genitive", WordClass::kGenitive},
      {"according_to", WordClass::kAccordingTo},  {"light_verb", WordClass::kLightVerb},
      {"pronoun_subject", WordClass::kPronounSubject}, {"pronoun_object", WordClass::kPronounObject},
      {"pronoun_genitive", WordClass::kPronounGenitive}, {"pronoun_other", WordClass::kPronounOther},
      {"anaphor_title", WordClass::kAnaphorTitle},  {"agent_noun", WordClass::kAgentNoun},
      {"auxiliary", WordClass::kAuxiliary},        {"passive_aux", WordClass::kPassiveAux},
      {"support_verb", WordClass::kSupportVerb},   {"prospective", WordClass::kProspective},
      {"office_modifier", WordClass::kOfficeModifier}, {"statement_noun", WordClass::kStatementNoun},
      {"government_noun", WordClass::kGovernmentNoun}, {"become", WordClass::kBecome},
      {"control_verb", WordClass::kControlVerb},   {"non_person_word", WordClass::kNonPersonWord},
      {"honorific", WordClass::kHonorific},       {"non_state_noun", WordClass::kNonStateNoun},
      {"indefinite", WordClass::kIndefinite},     {"peer_title", WordClass::kPeerTitle},
      {"cancel", WordClass::kCancel},             {"kin_noun", WordClass::kKinNoun},
      {"casualty", WordClass::kCasualty},         {"victim_noun", WordClass::kVictimNoun},
      {"count_word", WordClass::kCountWord},     {"responsibility", WordClass::kResponsibility},
      {"topic_noun", WordClass::kTopicNoun},      {"condition", WordClass::kCondition},
      {"consequence", WordClass::kConsequence},    {"participle", WordClass::kParticiple},
      {"claim_noun", WordClass::kClaimNoun},      {"speaker_pronoun", WordClass::kSpeakerPronoun},
      {"led_by", WordClass::kLedBy},              {"verb_follower", WordClass::kVerbFollower},
      {"office_compound", WordClass::kOfficeCompound}, {"passive_participle", WordClass::kPassiveParticiple},
      {"rebel_noun", WordClass::kRebelNoun},       {"place_noun", WordClass::kPlaceNoun},
      {"document_noun", WordClass::kDocumentNoun},
      {"body_noun", WordClass::kBodyNoun},
      {"time_period", WordClass::kTimePeriod},   {"time_determiner", WordClass::kTimeDeterminer},
      {"subordinator", WordClass::kSubordinator}, {"meeting_adjunct", WordClass::kMeetingAdjunct},
      {"contrast", WordClass::kContrast},
      {"conjunctive", WordClass::kConjunctive},  {"adverbial_participle", WordClass::kAdverbialParticiple},
      {"article", WordClass::kArticle},          {"definite_article", WordClass::kDefiniteArticle},
      {"name_suffix", WordClass::kNameSuffix},  {"again", WordClass::kAgain},
      {"causative_light_verb", WordClass::kCausativeLightVerb}, {"intensifier", WordClass::kIntensifier},
      {"copula", WordClass::kCopula}, {"also", WordClass::kAlso},
      {"presence_adverb", WordClass::kPresenceAdverb}, {"perfect", WordClass::kPerfect},
      {"quantifier", WordClass::kQuantifier}, {"relative", WordClass::kRelative},
      {"pronoun_plural", WordClass::kPronounPlural}, {"purpose", WordClass::kPurpose},
      {"former", WordClass::kFormer}, {"continue", WordClass::kContinue}, {"direction", WordClass::kDirection},
      {"finding", WordClass::kFinding}, {"complementizer", WordClass::kComplementizer},
      {"post_preposition", WordClass::kPostPreposition}, {"stance_prefix", WordClass::kStancePrefix},
      {"not_actor", WordClass::kNotActor}, {"pronoun_we", WordClass::kPronounWe},
      {"thing_noun", WordClass::kThingNoun}, {"hypothetical_adjective", WordClass::kHypotheticalAdjective},
      {"ending_verb", WordClass::kEndingVerb}, {"team_noun", WordClass::kTeamNoun},
      {"reciprocal", WordClass::kReciprocal}, {"homeward", WordClass::kHomeward},
      {"help_task", WordClass::kHelpTask}, {"time_subordinator", WordClass::kTimeSubordinator},
      {"became_participle", WordClass::kBecameParticiple}, {"asset_noun", WordClass::kAssetNoun},
      {"speech_context", WordClass::kSpeechContext}, {"plot_noun", WordClass::kPlotNoun},
      {"relative_pronoun", WordClass::kRelativePronoun}, {"removal_verb", WordClass::kRemovalVerb},
      {"relative_agent", WordClass::kRelativeAgent}, {"relative_object", WordClass::kRelativeObject},
      {"relative_source", WordClass::kRelativeSource}, {"clause_subordinator", WordClass::kClauseSubordinator},
      {"help_verb", WordClass::kHelpVerb}, {"demand_word", WordClass::kDemandWord}, {"refusal_word", WordClass::kRefusalWord},
      {"pair_of_states", WordClass::kPairOfStates}, {"pair_of_leaders", WordClass::kPairOfLeaders},
      {"pair_of_groups", WordClass::kPairOfGroups}, {"pair_of_sides", WordClass::kPairOfSides}, {"level_noun", WordClass::kLevelNoun}, {"stop_verb", WordClass::kStopVerb}, {"nonstate_office", WordClass::kNonStateOffice}, {"person_noun", WordClass::kPersonNoun}, {"not_name_word", WordClass::kNotNameWord},
      {"pair_opener", WordClass::kPairOpener},
  };
  return kNames;
}

std::optional<int> ParseIntCell(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

Status Lexicon::LoadGrammar(const std::string& dir, Lang lang) {
  std::uint64_t h = 1469598103934665603ULL;
  fs::path p = fs::path(dir) / "grammar" / (lang == Lang::kEn ? "en.tsv" : "hi.tsv");
  auto rows = ReadTsv(p, 2, 2, h);
  if (!rows.ok()) return rows.status();
  Grammar& g = grammar_[static_cast<size_t>(lang)];
  for (const TsvRow& r : *rows) {
    const std::string& cls = r.cells[0];
    std::vector<std::string> forms = SplitList(r.cells[1]);
    auto add_all = [&](PhraseTable& table, int value) {
      for (const std::string& f : forms) table.Add(segmenter_->Tokenize(f), value, false);
    };
    if (auto it = WordClassNames().find(cls); it != WordClassNames().end()) {
      add_all(g.classes[static_cast<size_t>(it->second)], 1);
      for (const std::string& f : forms)
        for (const Token& t : segmenter_->Tokenize(f))
          if (t.word) {
            g.class_starts[t.key].set(static_cast<size_t>(it->second));
            break;
          }
    } else if (cls == "marker") {
      for (const std::string& f : forms) {
        g.markers.Add(segmenter_->Tokenize(f), static_cast<int>(g.marker_names.size()), false);
        g.marker_names.push_back(f);
      }
    } else if (cls == "demonym_plural") {
      for (const std::string& f : forms) {
        size_t arrow = f.find('>');
        if (arrow == std::string::npos)
          return Status::InvalidArgument(RowError(p, r.line, fmt::format("'{}' is not suffix>replacement", f)));
        g.demonym_plurals.emplace_back(f.substr(0, arrow), f.substr(arrow + 1));
      }
    } else if (cls == "future_suffix") {
      for (const std::string& f : forms) g.future_suffixes.push_back(f);
    } else if (size_t colon = cls.find(':'); colon != std::string::npos) {
      std::string name = cls.substr(0, colon);
      auto n = ParseIntCell(std::string_view(cls).substr(colon + 1));
      if (!n) return Status::InvalidArgument(RowError(p, r.line, fmt::format("bad number in '{}'", cls)));
      if (name == "month") add_all(g.months, *n);
      else if (name == "weekday") add_all(g.weekdays, *n);
      else if (name == "relative_day") add_all(g.relative_days, *n + 1000);
      else if (name == "relative_event_day") add_all(g.relative_event_days, *n + 1000);
      else return Status::InvalidArgument(RowError(p, r.line, fmt::format("unknown word class '{}'", cls)));
    } else {
      return Status::InvalidArgument(RowError(p, r.line, fmt::format("unknown word class '{}'", cls)));
    }
  }
  // "को भी", "पर भी" (with "also") mark what "को", "पर" mark: one name for both, so patterns
  // that list "को" take them.
  for (std::string& name : g.marker_names) {
    std::vector<Token> words = segmenter_->Tokenize(name);
    if (words.size() < 2 || !g.Is(WordClass::kAlso, words, words.size() - 1)) continue;
    std::string base;
    for (size_t i = 0; i + 1 < words.size(); ++i) base += (base.empty() ? "" : " ") + words[i].text;
    if (std::find(g.marker_names.begin(), g.marker_names.end(), base) != g.marker_names.end()) name = base;
  }
  digest_ += fmt::format("{:016x}", h);
  return Status::Ok();
}

Status Lexicon::LoadPatterns(const std::string& dir, Lang lang) {
  std::uint64_t h = 1469598103934665603ULL;
  fs::path p = fs::path(dir) / "patterns" / (lang == Lang::kEn ? "en.tsv" : "hi.tsv");
  auto rows = ReadTsv(p, 5, 7, h);
  if (!rows.ok()) return rows.status();
  Grammar& g = grammar_[static_cast<size_t>(lang)];
  for (const TsvRow& r : *rows) {
    PatternEntry e;
    auto rel = ParseRelation(r.cells[0]);
    if (!rel || *rel == Relation::kRole)
      return Status::InvalidArgument(RowError(p, r.line, fmt::format("unknown PLOVER relation '{}'", r.cells[0])));
    e.relation = *rel;
    e.mode = r.cells[1] == "-" ? "" : r.cells[1];
    e.predicate = r.cells[2];
    for (const std::string& m : SplitList(r.cells[4])) e.object_markers.push_back(m);
    if (r.cells.size() > 5) {
      for (const std::string& f : SplitOn(r.cells[5], ',')) {
        std::string_view flag = TrimView(f);
        if (flag.empty()) continue;
        if (flag == "sym") e.symmetric_pairs = true;
        else if (flag == "nominal") e.nominal = true;
        else if (flag == "loc") e.location_object = true;
        else if (flag == "reverse") e.reverse = true;
        else if (flag == "before") e.object_before = true;
        else if (flag == "lv") e.light_verb = true;
        else if (flag == "after") e.subject_after = true;
        else if (flag == "participle") e.participle = true;
        else if (flag == "first") e.first_object = true;
        else if (flag == "attribute") e.attribute = true;
        else if (flag == "victim") e.victim = true;
        else if (flag == "doer") e.genitive_doer = true;
        else if (flag == "demand") e.demand = true;
        else if (flag == "closing") e.closing = true;
        else if (flag == "party_words") e.party_words = true;
        else if (flag == "causative") e.causative = true;
        else if (flag == "blame") e.blame = true;
        else if (flag == "envoy") e.envoy = true;
        else if (flag == "advice") e.advice = true;
        else if (flag == "speaker_words") e.speaker_words = true;
        else if (flag == "own") e.sentence_doer = true;
        else if (flag == "other") e.names_other = true;
        else return Status::InvalidArgument(RowError(p, r.line, fmt::format("unknown pattern flag '{}'", flag)));
      }
    }
    if (r.cells.size() > 6)
      for (const std::string& w : SplitList(r.cells[6])) {
        // "!responsible": a word that, after the trigger, makes it another event.
        if (!w.empty() && w.front() == '!') e.exclude.Add(segmenter_->Tokenize(w.substr(1)), 1, false);
        else e.context.Add(segmenter_->Tokenize(w), 1, false);
      }
    int idx = static_cast<int>(g.patterns.size());
    g.patterns.push_back(std::move(e));
    for (const std::string& form : SplitList(r.cells[3])) g.triggers.Add(segmenter_->Tokenize(form), idx, false);
  }
  digest_ += fmt::format("{:016x}", h);
  return Status::Ok();
}

Result<std::unique_ptr<Lexicon>> Lexicon::Load(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Status::NotFound(fmt::format("lexicon directory {} does not exist", dir));
  std::unique_ptr<Lexicon> lex(new Lexicon());
  std::uint64_t h = 1469598103934665603ULL;
  std::vector<std::string> abbreviations, initials;
  if (fs::exists(fs::path(dir) / "abbreviations.tsv")) {
    auto rows = ReadTsv(fs::path(dir) / "abbreviations.tsv", 1, 2, h);
    if (!rows.ok()) return rows.status();
    for (const TsvRow& r : *rows) {
      bool initial = r.cells.size() > 1 && r.cells[1] == "initial";
      if (r.cells.size() > 1 && !initial)
        return Status::InvalidArgument(RowError(fs::path(dir) / "abbreviations.tsv", r.line,
                                                fmt::format("unknown kind '{}' (only 'initial')", r.cells[1])));
      (initial ? initials : abbreviations).push_back(r.cells[0]);
    }
  }
  auto seg = Segmenter::Create(abbreviations, initials);
  if (!seg.ok()) return seg.status();
  lex->segmenter_ = std::move(seg).value();
  if (fs::exists(fs::path(dir) / "furniture.tsv")) {
    auto rows = ReadTsv(fs::path(dir) / "furniture.tsv", 2, 2, h);
    if (!rows.ok()) return rows.status();
    for (const TsvRow& r : *rows) {
      std::vector<Token> toks = lex->segmenter_->Tokenize(r.cells[1]);
      std::string lower;
      for (const Token& t : toks) lower += t.lower + " ";
      if (!lower.empty()) lower.pop_back();
      if (r.cells[0] == "line") lex->furniture_.exact.push_back(lower);
      else if (r.cells[0] == "prefix") lex->furniture_.prefixes.push_back(lower);
      else if (r.cells[0] == "stop") lex->furniture_.stops.push_back(lower);
      else if (r.cells[0] == "short") lex->furniture_.short_prefixes.push_back(lower);
      else return Status::InvalidArgument(RowError(fs::path(dir) / "furniture.tsv", r.line,
                                                   fmt::format("unknown furniture kind '{}'", r.cells[0])));
    }
  }
  lex->digest_ = fmt::format("{:016x}", h);
  // Grammar first: actor names take its inflection rules (Hindi demonym plurals).
  for (Lang l : {Lang::kEn, Lang::kHi}) {
    if (Status s = lex->LoadGrammar(dir, l); !s.ok()) return s;
    if (Status s = lex->LoadPatterns(dir, l); !s.ok()) return s;
  }
  if (Status s = lex->LoadActors(dir); !s.ok()) return s;
  return lex;
}

}  // namespace jaal::extract
