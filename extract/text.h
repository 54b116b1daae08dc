// ICU at the edge of the extractor: UTF-8 checks, NFC, and sentence/word segmentation with
// offsets in code points of the original text, so evidence spans point into what the user has.
#pragma once

#include <bitset>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "jaal/core/status.h"

namespace jaal::extract {

// Room for the grammar's word classes (lexicon.h WordClass), one bit each.
inline constexpr std::size_t kMaxWordClasses = 128;

/// One word or punctuation mark of a sentence.
struct Token {
  std::int64_t begin = 0;  // code point offsets in the article text
  std::int64_t end = 0;
  std::string text;        // NFC
  std::string lower;       // NFC, lower-cased
  std::string key;         // NameKey(lower): what lexicon entries are matched on; "" for punctuation
  std::size_t key_hash = 0;  // std::hash of key: lexicon lookups run per word class, so hash once
  // Which grammar word classes have a form starting with this word, filled on first use by the
  // grammar named in class_mask_of (one lookup instead of one per class).
  mutable std::bitset<kMaxWordClasses> class_mask;
  mutable const void* class_mask_of = nullptr;
  bool word = false;       // has a letter or digit
  bool capitalized = false;// starts with an upper-case letter
  bool all_caps = false;   // two or more letters, all upper case
  bool devanagari = false;
  bool possessive = false; // English "'s" was split off this token
};

/// A sentence: its place in the article and its tokens.
struct Sentence {
  std::int64_t begin = 0;  // code point offsets in the article text
  std::int64_t end = 0;
  std::string text;        // as in the article (trimmed)
  int line = 0;            // 0-based line (paragraph) of the article it starts on
  std::vector<Token> tokens;
};

/// Byte offset of the first invalid UTF-8 sequence (overlong, surrogate, truncated, > U+10FFFF),
/// or -1 when `text` is valid.
std::int64_t FindInvalidUtf8(std::string_view text);

/// Sentence and word segmentation. Build once; Split is const and thread-safe.
class Segmenter {
 public:
  /// `abbreviations`: whole words ending in "." after which no sentence ends ("Dr.", "U.S.", "डॉ.");
  /// `initials`: such words only next to another initial or in a dotted run ("आई.एस.आई.", "बी. के.").
  static Result<std::unique_ptr<Segmenter>> Create(const std::vector<std::string>& abbreviations,
                                                   const std::vector<std::string>& initials = {});
  ~Segmenter();

  /// The sentences of the lines of `text` for which keep_line(line index, trimmed line) is true.
  template <typename KeepLine>
  std::vector<Sentence> Split(std::string_view text, KeepLine keep_line) const {
    std::vector<std::string> lines = Lines(text);
    std::vector<bool> keep(lines.size());
    for (size_t i = 0; i < lines.size(); ++i) keep[i] = keep_line(i, lines[i]);
    return SplitKept(text, keep);
  }

  /// The article's lines, trimmed, as the furniture filter sees them.
  static std::vector<std::string> Lines(std::string_view text);

  /// Tokens of a short text on its own (lexicon entries are tokenized exactly like articles).
  std::vector<Token> Tokenize(std::string_view text) const;

  /// The first tokens of `text`, exactly as Tokenize makes them, stopping after the first token
  /// for which more(token) is false: for callers that only look at how a long line starts.
  std::vector<Token> TokenizePrefix(std::string_view text, const std::function<bool(const Token&)>& more) const;

 private:
  Segmenter() = default;
  std::vector<Sentence> SplitKept(std::string_view text, const std::vector<bool>& keep) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace jaal::extract
