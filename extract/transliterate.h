// Readable Latin labels for Hindi names the lexicon does not know ("किम जोंग-उन" -> "Kim Jong-un"),
// so one person named in both scripts can meet on one key.
#pragma once

#include <string>
#include <string_view>

namespace jaal::extract {

/// Latin label of a Devanagari name: ICU's Devanagari-Latin transliteration after Hindi schwa
/// deletion (word-final and VC_CV medial schwas are dropped), folded to ASCII and capitalised per
/// word. Latin input is returned unchanged. Thread-safe.
std::string LatinLabel(std::string_view nfc_name);

}  // namespace jaal::extract
