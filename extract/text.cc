// Segmentation with ICU: sentence breaks honour the danda and known abbreviations; tokens carry
// NFC text and lookup keys so Devanagari is never matched before normalization.
#include "text.h"

#include "jaal/extract/extractor.h"

#include <algorithm>
#include <atomic>
#include <iterator>
#include <string>
#include <unordered_set>

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <fmt/format.h>

#include "jaal/core/names.h"

namespace jaal::extract {
namespace {

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

bool IsSpace(UChar32 c) { return u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF; }

// Trims white space (including NBSP and zero-width space) at both ends of [begin, end).
void Trim(const icu::UnicodeString& s, int32_t& begin, int32_t& end) {
  while (begin < end && IsSpace(s.char32At(begin))) begin = s.moveIndex32(begin, 1);
  while (end > begin) {
    int32_t prev = s.moveIndex32(end, -1);
    if (!IsSpace(s.char32At(prev))) break;
    end = prev;
  }
}

// Argument search looks at every pair of tokens in a sentence, so a "sentence" of 50,000 words
// without punctuation (a scraped table, a list of names) would take minutes. Real sentences stay
// far below this (news rarely passes 80 tokens); a longer run is cut into pieces of at most this
// many tokens, preferably after a comma or other punctuation in the back half of each piece.
constexpr std::size_t kMaxSentenceTokens = 160;

void CutLongSentence(Sentence&& s, std::vector<Sentence>& out) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(s.text);
  // s.text starts at code point s.begin of the article.
  auto slice = [&](std::int64_t cp_begin, std::int64_t cp_end) {
    int32_t b = text.moveIndex32(0, static_cast<int32_t>(cp_begin - s.begin));
    int32_t e = text.moveIndex32(0, static_cast<int32_t>(cp_end - s.begin));
    return ToUtf8(icu::UnicodeString(text, b, e - b));
  };
  for (std::size_t from = 0; from < s.tokens.size();) {
    std::size_t to = std::min(s.tokens.size(), from + kMaxSentenceTokens);
    if (to < s.tokens.size())
      for (std::size_t k = to; k > from + kMaxSentenceTokens / 2; --k)
        if (!s.tokens[k - 1].word) {
          to = k;
          break;
        }
    Sentence piece;
    piece.line = s.line;
    piece.begin = s.tokens[from].begin;
    piece.end = s.tokens[to - 1].end;
    piece.text = slice(piece.begin, piece.end);
    piece.tokens.assign(std::make_move_iterator(s.tokens.begin() + static_cast<std::ptrdiff_t>(from)),
                        std::make_move_iterator(s.tokens.begin() + static_cast<std::ptrdiff_t>(to)));
    out.push_back(std::move(piece));
    from = to;
  }
}

}  // namespace

std::int64_t FindInvalidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  if (text.size() > static_cast<size_t>(INT32_MAX)) return static_cast<std::int64_t>(INT32_MAX);
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return start;
  }
  return -1;
}

struct Segmenter::Impl {
  static inline std::atomic<std::uint64_t> next_id{1};
  const std::uint64_t id = next_id++;  // identifies this segmenter to the per-thread clones
  std::unique_ptr<icu::BreakIterator> sentence_proto;
  std::unique_ptr<icu::BreakIterator> word_proto;
  const icu::Normalizer2* nfc = nullptr;
  std::unordered_set<std::string> abbreviations;  // whole words ending in "." that end no sentence
  std::unordered_set<std::string> initials;       // ... only next to another ("आई.", "के.")

  // The whitespace-separated word ending at `end`, without opening brackets or quotes: "(Dr." is "Dr.".
  static int32_t WordStart(const icu::UnicodeString& text, int32_t begin, int32_t end) {
    int32_t word = end;
    while (word > begin && !u_isUWhiteSpace(text.char32At(word - 1))) --word;
    while (word < end && (u_hasBinaryProperty(text.char32At(word), UCHAR_QUOTATION_MARK) ||
                          u_charType(text.char32At(word)) == U_START_PUNCTUATION ||
                          u_charType(text.char32At(word)) == U_DASH_PUNCTUATION))
      ++word;
    return word;
  }

  // Every "."-ended part of text[word, end) is an initial or abbreviation ("आई.एस.आई.", "के.जी.").
  bool DottedRun(const icu::UnicodeString& text, int32_t word, int32_t end, bool need_two) const {
    int parts = 0;
    for (int32_t part = word; part < end;) {
      int32_t dot = text.indexOf(u'.', part);
      if (dot < 0 || dot >= end) return false;
      std::string utf8;
      icu::UnicodeString(text, part, dot + 1 - part).toUTF8String(utf8);
      if (!initials.count(utf8) && !abbreviations.count(utf8)) return false;
      ++parts;
      part = dot + 1;
    }
    return parts >= (need_two ? 2 : 1);
  }

  // Does text[begin, end) end in a word after which no sentence ends? An abbreviation as a whole word
  // ("Dr.", "U.S.", "डॉ."): ICU's own filter matches suffixes, so "A." kept "the USA." from ending a
  // sentence. An initial only in a run of them ("आई.एस.आई.", "बी. के. अग्निहोत्री"): alone, "आई." is
  // the verb that ends "... सामने आई.".
  bool EndsWithAbbreviation(const icu::UnicodeString& text, int32_t begin, int32_t end) const {
    while (end > begin && u_isUWhiteSpace(text.char32At(end - 1))) --end;
    if (end <= begin || text.charAt(end - 1) != u'.') return false;
    int32_t word = WordStart(text, begin, end);
    std::string utf8;
    icu::UnicodeString(text, word, end - word).toUTF8String(utf8);
    if (abbreviations.count(utf8) || DottedRun(text, word, end, true)) return true;
    if (!initials.count(utf8)) return false;
    // A neighbouring word that is an initial too: the one before, or the one after the break.
    int32_t before_end = word;
    while (before_end > begin && u_isUWhiteSpace(text.char32At(before_end - 1))) --before_end;
    if (before_end > begin && text.charAt(before_end - 1) == u'.' &&
        DottedRun(text, WordStart(text, begin, before_end), before_end, false))
      return true;
    int32_t next = end;
    while (next < text.length() && u_isUWhiteSpace(text.char32At(next))) ++next;
    int32_t next_dot = text.indexOf(u'.', next);
    return next_dot > next && DottedRun(text, next, next_dot + 1, false);
  }

  // BreakIterators are not thread-safe; each thread clones the prototypes once.
  std::pair<icu::BreakIterator*, icu::BreakIterator*> ThreadIterators() const {
    thread_local std::uint64_t owner = 0;
    thread_local std::unique_ptr<icu::BreakIterator> sentence, word;
    if (owner != id) {
      sentence.reset(sentence_proto->clone());
      word.reset(word_proto->clone());
      owner = id;
    }
    return {sentence.get(), word.get()};
  }

  std::string Nfc(const icu::UnicodeString& s) const {
    UErrorCode status = U_ZERO_ERROR;
    if (nfc->isNormalized(s, status) && U_SUCCESS(status)) return ToUtf8(s);
    status = U_ZERO_ERROR;
    icu::UnicodeString out = nfc->normalize(s, status);
    return U_SUCCESS(status) ? ToUtf8(out) : ToUtf8(s);
  }

  // Word tokens of text[begin, end); `cp_of` maps a UTF-16 index to a code point offset.
  // Stops early once more(new token) is false; a null `more` reads to the end.
  void AppendTokens(const icu::UnicodeString& text, int32_t begin, int32_t end, std::int64_t cp_base,
                    std::vector<Token>& tokens, const std::function<bool(const Token&)>* more = nullptr) const {
    icu::BreakIterator* words = ThreadIterators().second;
    icu::UnicodeString piece(text, begin, end - begin);
    words->setText(piece);
    std::int64_t cp = cp_base;
    int32_t prev = words->first();
    for (int32_t next = words->next(); next != icu::BreakIterator::DONE; prev = next, next = words->next()) {
      // A read-only alias into `piece`: no copy per token (truncate only shortens it).
      icu::UnicodeString w(false, piece.getBuffer() + prev, next - prev);
      std::int64_t tok_begin = cp;
      bool all_space = true, has_alnum = false, deva = false;
      // ASCII (most English words) needs none of ICU's property tables, and NFC and lower-casing
      // leave it as it is; `folds`: some code point changes when lower-cased.
      bool ascii = true, folds = false;
      int letters = 0, uppers = 0;
      const char16_t* buf = w.getBuffer();
      for (int32_t i = 0, n = w.length(); i < n;) {
        UChar32 c;
        U16_NEXT(buf, i, n, c);
        ++cp;
        if (c < 0x80) {
          bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
          if (!(c == ' ' || (c >= '\t' && c <= '\r'))) all_space = false;
          if (upper || lower || (c >= '0' && c <= '9')) has_alnum = true;
          if (upper || lower) {
            ++letters;
            if (upper) ++uppers, folds = true;
          }
          continue;
        }
        ascii = false;
        if (!IsSpace(c)) all_space = false;
        int8_t type = u_charType(c);
        if (u_isalnum(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK) has_alnum = true;
        if (u_isalpha(c)) {
          ++letters;
          if (u_isupper(c)) ++uppers;
        }
        if (u_tolower(c) != c) folds = true;
        UErrorCode st = U_ZERO_ERROR;
        if (uscript_getScript(c, &st) == USCRIPT_DEVANAGARI) deva = true;
      }
      if (all_space) continue;
      Token t;
      t.begin = tok_begin;
      t.end = cp;
      t.word = has_alnum;
      t.devanagari = deva;
      UChar32 first = w.char32At(0);
      t.capitalized = first < 0x80 ? (first >= 'A' && first <= 'Z') : (u_isupper(first) || u_istitle(first));
      // English possessive: "Russia's" -> "Russia" marked possessive ("NATO's" is still all capitals).
      int32_t n = w.length();
      if (!deva && n > 2 && buf[n - 1] == u's' && (buf[n - 2] == u'\'' || buf[n - 2] == u'\u2019')) {
        w.truncate(n - 2);
        t.end -= 2;
        t.possessive = true;
        --letters;
      }
      t.all_caps = letters >= 2 && uppers == letters;
      // Hindi headlines write a colon as a visarga after their label ("नेपालः चुनाव आज"): ending
      // the first word of a sentence, before a space, it is split off as ":" (elsewhere it is a
      // letter: "पुनः", "अंततः").
      bool visarga_colon = deva && tokens.empty() && n >= 4 && buf[n - 1] == u'\u0903' &&
                           (next >= piece.length() || IsSpace(piece.char32At(next)));
      if (visarga_colon) {
        w.truncate(n - 1);
        t.end -= 1;
      }
      // Scraped English often loses the apostrophe: "Israel s capital" is "Israel's capital".
      if (!deva && w.length() == 1 && buf[0] == u's' && !tokens.empty() && tokens.back().word && !tokens.back().devanagari &&
          tokens.back().end + 1 == tok_begin && !tokens.back().possessive) {
        tokens.back().possessive = true;
        continue;
      }
      if (ascii) {
        t.text.assign(buf, buf + w.length());  // every code unit < 0x80
        t.lower = t.text;
        if (folds)
          for (char& c : t.lower)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      } else {
        t.text = Nfc(w);
        if (folds) {
          icu::UnicodeString lower(w);
          lower.toLower(icu::Locale::getRoot());
          t.lower = Nfc(lower);
        } else {
          t.lower = t.text;  // NFC(lower(w)) == NFC(w)
        }
      }
      t.key = t.word ? NameKey(t.lower) : std::string();
      t.key_hash = std::hash<std::string_view>{}(t.key);
      tokens.push_back(std::move(t));
      if (more && !(*more)(tokens.back())) return;
      if (visarga_colon) {
        Token colon;
        colon.begin = cp - 1;
        colon.end = cp;
        colon.text = colon.lower = ":";
        colon.key_hash = std::hash<std::string_view>{}(colon.key);
        tokens.push_back(std::move(colon));
        if (more && !(*more)(tokens.back())) return;
      }
    }
  }
};

Result<std::unique_ptr<Segmenter>> Segmenter::Create(const std::vector<std::string>& abbreviations,
                                                     const std::vector<std::string>& initials) {
  auto impl = std::make_unique<Impl>();
  UErrorCode status = U_ZERO_ERROR;
  impl->nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return Status::Unsupported(fmt::format("ICU NFC unavailable: {}", u_errorName(status)));
  std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) return Status::Unsupported(fmt::format("ICU sentence breaks unavailable: {}", u_errorName(status)));
  impl->sentence_proto = std::move(base);
  impl->abbreviations.insert(abbreviations.begin(), abbreviations.end());
  impl->initials.insert(initials.begin(), initials.end());
  impl->word_proto.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) return Status::Unsupported(fmt::format("ICU word breaks unavailable: {}", u_errorName(status)));
  std::unique_ptr<Segmenter> seg(new Segmenter());
  seg->impl_ = std::move(impl);
  return seg;
}

Segmenter::~Segmenter() = default;

std::vector<std::string> Segmenter::Lines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(start, nl - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    lines.emplace_back(line);
    if (nl == text.size()) break;
    start = nl + 1;
  }
  return lines;
}

std::vector<Token> Segmenter::Tokenize(std::string_view text) const {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::vector<Token> tokens;
  impl_->AppendTokens(u, 0, u.length(), 0, tokens);
  return tokens;
}

std::vector<Token> Segmenter::TokenizePrefix(std::string_view text,
                                             const std::function<bool(const Token&)>& more) const {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::vector<Token> tokens;
  impl_->AppendTokens(u, 0, u.length(), 0, tokens, &more);
  return tokens;
}

std::vector<Sentence> Segmenter::SplitKept(std::string_view text, const std::vector<bool>& keep) const {
  std::vector<Sentence> sentences;
  icu::UnicodeString doc =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::BreakIterator* sent_iter = impl_->ThreadIterators().first;
  int32_t line_start = 0;
  std::int64_t cp_line_start = 0;
  for (size_t line = 0; line < keep.size() && line_start <= doc.length(); ++line) {
    int32_t line_end = doc.indexOf(u'\n', line_start);
    if (line_end < 0) line_end = doc.length();
    std::int64_t cp_line_len = doc.countChar32(line_start, line_end - line_start);
    if (keep[line]) {
      icu::UnicodeString line_text(doc, line_start, line_end - line_start);
      sent_iter->setText(line_text);
      int32_t prev = sent_iter->first();
      // Code points are counted on from the last sentence's end, not from the line's start:
      // a long paragraph of many sentences would be counted over and over.
      int32_t counted_to = 0;
      std::int64_t counted_cp = cp_line_start;
      for (int32_t next = sent_iter->next(); next != icu::BreakIterator::DONE; prev = next, next = sent_iter->next()) {
        // "Dr. Kim", "आई. एस. आई. के": the sentence goes on past an abbreviation.
        while (next < line_text.length() && impl_->EndsWithAbbreviation(line_text, prev, next)) {
          int32_t further = sent_iter->next();
          if (further == icu::BreakIterator::DONE) break;
          next = further;
        }
        int32_t b = prev, e = next;
        Trim(line_text, b, e);
        if (b >= e) continue;
        Sentence s;
        s.line = static_cast<int>(line);
        s.begin = counted_cp + line_text.countChar32(counted_to, b - counted_to);
        s.end = s.begin + line_text.countChar32(b, e - b);
        counted_to = e;
        counted_cp = s.end;
        s.text = ToUtf8(icu::UnicodeString(line_text, b, e - b));
        impl_->AppendTokens(line_text, b, e, s.begin, s.tokens);
        if (s.tokens.size() > kMaxSentenceTokens) {
          CutLongSentence(std::move(s), sentences);
        } else if (!s.tokens.empty()) {
          sentences.push_back(std::move(s));
        }
      }
    }
    cp_line_start += cp_line_len + 1;  // the newline
    line_start = line_end + 1;
  }
  return sentences;
}

}  // namespace jaal::extract

namespace jaal::extract {

int DisplayWidth(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(text.size());
  int width = 0;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      ++width;  // shown as one replacement character
      continue;
    }
    int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR || c == 0) continue;
    if (type == U_CONTROL_CHAR) continue;
    int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    width += (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

}  // namespace jaal::extract
