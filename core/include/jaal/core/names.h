// One key per name however it is spelled or cased, so "Kim Jong Un", "kim jong-un" and the
// Hindi spellings with and without nukta land on the same alias entry.
#pragma once

#include <string>
#include <string_view>

namespace jaal {

/// A lookup key for an NFC name: ASCII lowered, ASCII punctuation and spaces dropped, Latin
/// diacritics left as they are (callers fold them first when they must), Devanagari nukta and
/// ZWJ/ZWNJ dropped and candrabindu folded into anusvara. Example: NameKey("Kim Jong-un") == "kimjongun".
std::string NameKey(std::string_view nfc_name);

}  // namespace jaal
