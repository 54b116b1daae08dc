// Readable Latin labels for Hindi names the lexicon does not know ("किम जोंग-उन" -> "Kim Jong-un"),
// so one person named in both scripts can meet on one key.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace jaal::extract {

/// A Devanagari name word's NameKey -> how the news spells it in Latin letters ("स्कॉट" -> "Scott").
using NameSpellings = std::unordered_map<std::string, std::string>;

/// The Latin letter a Devanagari letter name stands for in initials ("पी" -> "P"), or null.
const char* LatinLetterNamed(std::string_view devanagari);

/// A Devanagari word that spells two or more Latin letters by their names ("एएनपी" -> "ANP"), or
/// nullopt: how Hindi writes abbreviations.
std::optional<std::string> SpelledLetters(std::string_view devanagari_word);

/// Latin label of a Devanagari name, in ASCII: initials as their letters ("पी." -> "P.", and "जी" -> "G." before
/// another word), each word as
/// `known` spells it, else ICU's Devanagari-Latin transliteration after Hindi schwa deletion
/// (the word-final schwa is dropped, except after Sanskrit clusters, and VC_CV medial schwas), folded to ASCII and capitalised. Latin input is
/// returned unchanged. Thread-safe.
std::string LatinLabel(std::string_view nfc_name, const NameSpellings* known = nullptr);

}  // namespace jaal::extract
