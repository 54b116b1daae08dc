// Segmentation: where sentences end in Hindi and English, and what tokens carry.
#include <doctest/doctest.h>

#include "jaal/extract/extractor.h"
#include "text.h"

using namespace jaal::extract;

namespace {

std::vector<std::string> SentencesOf(const std::string& text) {
  auto seg = Segmenter::Create({"Dr.", "U.S.", "डॉ."});
  REQUIRE(seg.ok());
  std::vector<std::string> out;
  for (const Sentence& s : (*seg)->Split(text, [](size_t, const std::string&) { return true; })) out.push_back(s.text);
  return out;
}

}  // namespace

TEST_CASE("the danda ends a Hindi sentence and डॉ. does not") {
  auto s = SentencesOf("डॉ. शर्मा दिल्ली पहुंचे। उन्होंने बैठक की।");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "डॉ. शर्मा दिल्ली पहुंचे।");
  CHECK(s[1] == "उन्होंने बैठक की।");
}

TEST_CASE("a full stop after Devanagari ends a sentence, even without a space") {
  auto s = SentencesOf("वे मिले.बीबीसी ने बताया.");
  CHECK(s.size() == 2);
}

TEST_CASE("Dr. and U.S. do not end English sentences") {
  auto s = SentencesOf("Dr. Smith met U.S. officials. They talked.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Dr. Smith met U.S. officials.");
}

TEST_CASE("an abbreviation is a whole word: 'A.' does not keep 'the USA.' from ending a sentence") {
  auto seg = Segmenter::Create({"A.", "S.", "Dr."}, {"ए.", "आई.", "एस.", "बी.", "के.", "सी."});
  REQUIRE(seg.ok());
  auto split = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const Sentence& s : (*seg)->Split(text, [](size_t, const std::string&) { return true; })) out.push_back(s.text);
    return out;
  };
  CHECK(split("The summit was in the USA. Russia attacked Ukraine.").size() == 2);
  CHECK(split("Washington sent A. Smith to talks. They failed.").size() == 2);
  // Hindi sentences ending in "गए." are not the letter name "ए.".
  CHECK(split("वे घायल हो गए.प्रधानमंत्री ने कहा.").size() == 2);
  // Letter names with full stops, spaced or not, are one abbreviation.
  CHECK(split("संस्था सी.बी.आई. के दफ्तर में बैठक हुई।").size() == 1);
  CHECK(split("संस्था सी. बी. आई. के दफ्तर में बैठक हुई।").size() == 1);
  CHECK(split("राजदूत बी. के. शर्मा ने कहा कि हमला हुआ।").size() == 1);
  // Alone, an initial's name is a word that may end a sentence ("आई." = came).
  CHECK(split("यह बात सामने आई. अगले दिन बैठक हुई.").size() == 2);
  // Opening brackets, quotes and a no-break space do not hide an abbreviation.
  CHECK(split("He met (Dr. Smith) on Monday. They talked.").size() == 2);
  CHECK(split("He met Dr.\u00A0Smith on Monday. They talked.").size() == 2);
}

TEST_CASE("sentence spans count code points of the original text") {
  auto seg = Segmenter::Create({});
  REQUIRE(seg.ok());
  std::string text = "पहला वाक्य।\nदूसरा वाक्य।";
  auto sentences = (*seg)->Split(text, [](size_t, const std::string&) { return true; });
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[1].begin == 12);  // 11 code points, then the newline
  CHECK(sentences[1].line == 1);
}

TEST_CASE("tokens of decomposed and precomposed nukta spellings share a key") {
  auto seg = Segmenter::Create({});
  REQUIRE(seg.ok());
  auto a = (*seg)->Tokenize("\u095B\u0947\u0932");        // ज़ precomposed (not NFC)
  auto b = (*seg)->Tokenize("\u091C\u093C\u0947\u0932");  // ज + nukta
  auto c = (*seg)->Tokenize("\u091C\u0947\u0932");        // no nukta at all
  REQUIRE(a.size() == 1);
  CHECK(a[0].text == b[0].text);  // both NFC
  CHECK(a[0].key == c[0].key);
}

TEST_CASE("English possessives are split off and remembered") {
  auto seg = Segmenter::Create({});
  REQUIRE(seg.ok());
  auto t = (*seg)->Tokenize("Russia's minister");
  REQUIRE(t.size() == 2);
  CHECK(t[0].text == "Russia");
  CHECK(t[0].possessive);
  CHECK(t[0].capitalized);
}

TEST_CASE("invalid UTF-8 is found at the right byte") {
  CHECK(FindInvalidUtf8("ok") == -1);
  CHECK(FindInvalidUtf8("ab\xC0\xAF") == 2);        // overlong
  CHECK(FindInvalidUtf8("\xED\xA0\x80") == 0);      // surrogate
  CHECK(FindInvalidUtf8("क\xE0\xA4") == 3);         // truncated
}

TEST_CASE("display width gives non-spacing marks no column, as terminals do") {
  CHECK(DisplayWidth("abc") == 3);
  CHECK(DisplayWidth("क्ष") == 2);        // virama takes no column
  CHECK(DisplayWidth("जोंग") == 3);       // anusvara takes none; the spacing vowel sign ो does
  CHECK(DisplayWidth("ज़") == 1);          // nukta takes none
  CHECK(DisplayWidth("北京") == 4);       // wide characters take two
}

TEST_CASE("language is told by the script") {
  CHECK(DetectLanguage("उत्तर कोरिया के नेता") == "hi");
  CHECK(DetectLanguage("North Korea's leader") == "en");
  CHECK(DetectLanguage("Maharashtra में Devendra Fadnavis को तीसरी बार राज्य की कमान मिली") == "hi");
  CHECK(DetectLanguage("12345 !!") == "");
}

TEST_CASE("a visarga ending a Hindi headline's label is a colon") {
  auto seg = Segmenter::Create({});
  REQUIRE(seg.ok());
  auto toks = (*seg)->Tokenize("नेपालः चुनाव आज");
  REQUIRE(toks.size() == 4);
  CHECK(toks[0].text == "नेपाल");
  CHECK(toks[1].text == ":");
  CHECK_FALSE(toks[1].word);
  CHECK(toks[1].begin == 5);  // code points: the visarga's own position
  // Inside a word it stays ("दुःख"), and so it does in a short word ("अतः") or after the first word.
  CHECK((*seg)->Tokenize("दुःख").size() == 1);
  CHECK((*seg)->Tokenize("अतः वह").size() == 2);
  CHECK((*seg)->Tokenize("वह पुनः आया").size() == 3);
}
