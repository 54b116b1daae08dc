// Hindi schwa deletion ahead of ICU transliteration: ICU alone writes "kima jōṅga-una".
#include "transliterate.h"

#include <atomic>
#include <memory>
#include <string_view>
#include <vector>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "jaal/core/names.h"

namespace jaal::extract {
namespace {

constexpr char16_t kVirama = 0x094D;
constexpr char16_t kAnusvara = 0x0902;
constexpr char16_t kCandrabindu = 0x0901;
constexpr char16_t kNukta = 0x093C;

bool IsConsonant(char16_t c) { return (c >= 0x0915 && c <= 0x0939) || (c >= 0x0958 && c <= 0x095F); }
bool IsVowelSign(char16_t c) { return (c >= 0x093E && c <= 0x094C) || c == 0x0962 || c == 0x0963; }
bool IsIndependentVowel(char16_t c) { return c >= 0x0904 && c <= 0x0914; }
bool IsLabial(char16_t c) { return c >= 0x092A && c <= 0x092E; }

// Whether a word ending in the consonants before+last (the last two of its final cluster) keeps
// its final schwa. Sanskrit clusters ending in य, र, व or a nasal do ("नरेंद्र" Narendra, "कृष्ण"
// Krishna), as do stop clusters ("गुप्त" Gupta); clusters opened by a liquid, nasal or sibilant are
// mostly English or Persian codas and do not ("मार्क" Mark, "डोनाल्ड" Donald, "ट्रम्प" Trump, "दोस्त"
// Dost, "हर्ष" Harsh), nor do doubled consonants ("भट्ट" Bhatt). A final "स" after a cluster is an
// English plural or "x" ("फॉक्स" Fox, "जोन्स" Jones).
bool FinalClusterKeepsSchwa(char16_t before, char16_t last) {
  auto is = [](char16_t c, std::u16string_view set) { return set.find(c) != std::u16string_view::npos; };
  if (last == u'स' || before == last) return false;
  if (is(last, u"यरव")) return true;
  if (is(last, u"नमण")) return !is(before, u"रल");
  return !is(before, u"रलनमणङसशष");
}

// One unit of a word: a consonant (with nukta) or a vowel, and whether it keeps a schwa.
struct Unit {
  icu::UnicodeString text;
  bool consonant = false;
  bool has_schwa = false;   // consonant followed by neither a vowel sign nor a virama
  bool nasal = false;       // spelled from an anusvara: not part of a real cluster
};

// Inserts viramas where Hindi speakers drop the inherent vowel, and spells the anusvara as a
// nasal consonant so "जोंग" reads "jong".
icu::UnicodeString DeleteSchwas(const icu::UnicodeString& word) {
  std::vector<Unit> units;
  for (int32_t i = 0; i < word.length(); ++i) {
    char16_t c = word.charAt(i);
    if (IsConsonant(c)) {
      Unit u{icu::UnicodeString(c), true, true};
      if (i + 1 < word.length() && word.charAt(i + 1) == kNukta) u.text.append(word.charAt(++i));
      if (i + 1 < word.length() && (IsVowelSign(word.charAt(i + 1)) || word.charAt(i + 1) == kVirama)) {
        u.has_schwa = false;
        u.text.append(word.charAt(++i));
      }
      units.push_back(u);
    } else if (c == kAnusvara || c == kCandrabindu) {
      char16_t next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
      Unit u{icu::UnicodeString(IsLabial(next) ? char16_t(0x092E) : char16_t(0x0928)), true, false, true};
      u.text.append(kVirama);
      units.push_back(u);
    } else {
      units.push_back(Unit{icu::UnicodeString(c), false, false});
    }
  }
  auto vowel_before = [&](size_t k) {  // is there a pronounced vowel just before unit k?
    if (k == 0) return false;
    const Unit& p = units[k - 1];
    if (!p.consonant) return IsIndependentVowel(p.text.charAt(0));
    return p.has_schwa || IsVowelSign(p.text.charAt(p.text.length() - 1));
  };
  // Word-final schwa is silent in Hindi, except after a consonant cluster ("नरेंद्र" Narendra).
  bool after_cluster = units.size() > 1 && units[units.size() - 2].consonant && !units[units.size() - 2].nasal &&
                       units[units.size() - 2].text.charAt(units[units.size() - 2].text.length() - 1) == kVirama;
  if (after_cluster) after_cluster = FinalClusterKeepsSchwa(units[units.size() - 2].text.charAt(0), units.back().text.charAt(0));
  if (units.size() > 1 && units.back().consonant && units.back().has_schwa && !after_cluster) {
    units.back().has_schwa = false;
    units.back().text.append(kVirama);
  }
  // Ohala's rule, right to left: a -> 0 / V C _ C V.
  for (size_t k = units.size(); k-- > 1;) {
    if (k + 1 >= units.size()) continue;
    Unit& u = units[k];
    const Unit& next = units[k + 1];
    bool next_is_cv = next.consonant && (next.has_schwa || IsVowelSign(next.text.charAt(next.text.length() - 1)));
    if (u.consonant && u.has_schwa && vowel_before(k) && next_is_cv) {
      u.has_schwa = false;
      u.text.append(kVirama);
    }
  }
  icu::UnicodeString out;
  for (const Unit& u : units) out.append(u.text);
  return out;
}

class Transliterators {
 public:
  static Transliterators& Get() {
    static Transliterators t;
    return t;
  }
  // Transliterators are not thread-safe; each thread clones the prototype.
  icu::Transliterator* ForThread() {
    if (!proto_) return nullptr;
    thread_local std::unique_ptr<icu::Transliterator> mine;
    if (!mine) mine.reset(proto_->clone());
    return mine.get();
  }

 private:
  Transliterators() {
    UErrorCode status = U_ZERO_ERROR;
    proto_.reset(icu::Transliterator::createInstance("Devanagari-Latin", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) proto_.reset();
  }
  std::unique_ptr<icu::Transliterator> proto_;
};

// ISO 15919 letters to the spellings English-language news uses.
void Anglicize(icu::UnicodeString& s) {
  s.findAndReplace(u"ch", u"\u0001");  // छ, kept apart while च becomes "ch"
  s.findAndReplace(u"c", u"ch");
  s.findAndReplace(u"\u0001", u"chh");
  // व after श or स is "w" in names ("ईश्वर" Ishwar, "स्वामी" Swami), and after ज्ज or a first द
  // ("उज्ज्वल" Ujjwal, "द्विवेदी" Dwivedi). Not after other ज and द: schwa deletion joins compounds
  // there ("राजवीर" Rajvir, "अद्वैत" Advait).
  s.findAndReplace(u"śv", u"shw");
  s.findAndReplace(u"sv", u"sw");
  s.findAndReplace(u"jjv", u"jjw");
  if (s.startsWith(u"dv")) s.replace(0, 2, u"dw");
  s.findAndReplace(u"ś", u"sh");
  s.findAndReplace(u"ṣ", u"sh");
  s.findAndReplace(u"'", u"");
  s.findAndReplace(u"r\u0325", u"ri");  // ृ: "कृष्ण" Krishna, "पृथ्वी" Prithvi
  // फ in names in the news is mostly "f" (Farooq, Fahd, Faisal, Fox), seldom the Sanskrit "ph".
  s.findAndReplace(u"ph", u"f");
  // Creating a transliterator searches ICU's registry; once per thread is enough.
  thread_local std::unique_ptr<icu::Transliterator> ascii = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  if (ascii) ascii->transliterate(s);
}

}  // namespace

const char* LatinLetterNamed(std::string_view name) {
  static constexpr std::pair<std::string_view, const char*> kLetters[] = {
      {"ए", "A"},   {"बी", "B"},   {"सी", "C"},   {"डी", "D"},   {"ई", "E"},     {"एफ", "F"},    {"जी", "G"},
      {"एच", "H"},  {"आई", "I"},   {"जे", "J"},   {"के", "K"},   {"एल", "L"},    {"एम", "M"},    {"एन", "N"},
      {"ओ", "O"},   {"पी", "P"},   {"क्यू", "Q"}, {"आर", "R"},   {"एस", "S"},    {"टी", "T"},    {"यू", "U"},
      {"वी", "V"},  {"डब्ल्यू", "W"}, {"एक्स", "X"}, {"वाई", "Y"}, {"जेड", "Z"}};
  for (const auto& [devanagari, latin] : kLetters)
    if (devanagari == name) return latin;
  return nullptr;
}

std::optional<std::string> SpelledLetters(std::string_view word) {
  std::string letters;
  while (!word.empty()) {
    // The longest letter name that starts the rest ("एन" before "ए").
    size_t longest = 0;
    const char* letter = nullptr;
    for (size_t n = 1; n <= word.size() && n <= 18; ++n)
      if (const char* l = LatinLetterNamed(word.substr(0, n))) longest = n, letter = l;
    if (!letter) return std::nullopt;
    letters += letter;
    word.remove_prefix(longest);
  }
  if (letters.size() < 2) return std::nullopt;
  return letters;
}

std::string LatinLabel(std::string_view nfc_name, const NameSpellings* known) {
  icu::UnicodeString name = icu::UnicodeString::fromUTF8(
      icu::StringPiece(nfc_name.data(), static_cast<int32_t>(nfc_name.size())));
  bool devanagari = false;
  for (int32_t i = 0; i < name.length(); ++i)
    if (name.charAt(i) >= 0x0900 && name.charAt(i) <= 0x097F) devanagari = true;
  if (!devanagari) return std::string(nfc_name);
  icu::Transliterator* tr = Transliterators::Get().ForThread();
  if (!tr) return std::string(nfc_name);
  // Transliterate word by word (words split at spaces and hyphens, which are kept).
  icu::UnicodeString out;
  icu::UnicodeString word;
  // more_words: another word of the name follows after a space. initials_only: every word so far
  // was an initial.
  bool initials_only = true;
  auto flush = [&](bool more_words) {
    if (word.isEmpty()) return;
    // "पी. चिदंबरम": an initial is the name of a Latin letter; it is written as that letter. Without
    // the dot it is one only before another word ("जी एम सी बालयोगी", "वादिम ए पोपोव"): last, "जी"
    // is an honorific; after a name word "जी" is one too ("राम जी लाल") and "डी" is "de"
    // ("स्टाफ़न डी मिस्तुरा").
    bool dotted = word.endsWith(u".");
    bool particle = word == icu::UnicodeString(u"डी") || word == icu::UnicodeString(u"जी");
    if (dotted || (more_words && (initials_only || !particle))) {
      std::string utf8;
      icu::UnicodeString bare(word, 0, word.length() - (dotted ? 1 : 0));
      if (const char* letter = LatinLetterNamed(bare.toUTF8String(utf8))) {
        out.append(icu::UnicodeString::fromUTF8(letter)).append(u'.');
        word.remove();
        return;
      }
    }
    initials_only = false;
    if (known) {
      std::string utf8;
      if (auto it = known->find(NameKey(word.toUTF8String(utf8))); it != known->end()) {
        out.append(icu::UnicodeString::fromUTF8(it->second));
        word.remove();
        return;
      }
    }
    icu::UnicodeString w = DeleteSchwas(word);
    tr->transliterate(w);
    Anglicize(w);
    out.append(w);
    word.remove();
  };
  for (int32_t i = 0; i < name.length(); ++i) {
    char16_t c = name.charAt(i);
    if (c == u' ' || c == u'-') {
      flush(c == u' ' && i + 1 < name.length() && name.charAt(i + 1) != u' ');
      out.append(c);
    } else {
      word.append(c);
    }
  }
  flush(false);
  // Capitalise each space-separated word: "kim jong-un" -> "Kim Jong-un".
  bool start = true;
  for (int32_t i = 0; i < out.length(); ++i) {
    char16_t c = out.charAt(i);
    if (start && c >= u'a' && c <= u'z') out.setCharAt(i, static_cast<char16_t>(c - 32));
    start = c == u' ';
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

}  // namespace jaal::extract
